// SPDX-License-Identifier: GPL-3.0-or-later
// Every message code of core/sync (node details, refusal reasons, record and round problems) through
// the app's renderer (qml/sync/messagewords.cpp) with the French catalogue the app ships: each has
// words, every placeholder is filled, every number shows, and none of it is left in English.
#include "qml/sync/messagewords.h"
#include "qml/translator.h"
#include "tests/core/messagesamples.h"

#include <QRegularExpression>
#include <QTest>

using namespace carnet::core::sync;
using carnet::qml::MessageWords;
using carnet::qml::Translator;

namespace {

QString describeSample(const Message &m)
{
    return encodeMessage(m);
}

/** Words that are English and not French: one of them in a French phrase means an untranslated part. */
const QStringList kEnglishWords = {
    QStringLiteral("the"),     QStringLiteral("of"),      QStringLiteral("and"),    QStringLiteral("node"),
    QStringLiteral("nodes"),   QStringLiteral("entry"),   QStringLiteral("entries"), QStringLiteral("block"),
    QStringLiteral("record"),  QStringLiteral("not"),     QStringLiteral("with"),   QStringLiteral("wallet"),
    QStringLiteral("answer"),  QStringLiteral("verify"),  QStringLiteral("can't"),  QStringLiteral("is"),
    QStringLiteral("are"),     QStringLiteral("was"),     QStringLiteral("has"),    QStringLiteral("have"),
    QStringLiteral("other"),   QStringLiteral("network"), QStringLiteral("disk"),   QStringLiteral("key"),
    QStringLiteral("sent"),    QStringLiteral("this"),    QStringLiteral("at"),     QStringLiteral("to"),
    QStringLiteral("error"),   QStringLiteral("contract"), QStringLiteral("contracts"), QStringLiteral("earlier"),
};

QStringList englishWordsIn(const QString &text)
{
    static const QRegularExpression word(QStringLiteral("[\\w']+"), QRegularExpression::UseUnicodePropertiesOption);
    QStringList found;
    for (const auto &match : word.globalMatch(text.toLower()))
        if (kEnglishWords.contains(match.captured()))
            found.append(match.captured());
    return found;
}

} // namespace

class TestMessageWords : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyCodeIsFrench()
    {
        const std::vector<Message> samples = carnet::core::test::sampleMessages();
        QVERIFY(samples.size() > static_cast<std::size_t>(MessageCode::End));
        std::vector<QString> english;
        for (const Message &m : samples)
            english.push_back(MessageWords::phrase(m));

        Translator translator;
        QVERIFY(translator.load(QStringLiteral("fr")));
        static const QRegularExpression placeholder(QStringLiteral("%\\d"));
        for (std::size_t i = 0; i < samples.size(); ++i) {
            const Message &m = samples[i];
            const QString where = describeSample(m);
            const QString french = MessageWords::phrase(m);
            QVERIFY2(!english[i].isEmpty() && !french.isEmpty(), qPrintable(where));
            QVERIFY2(french != english[i], qPrintable(where + QStringLiteral(": not translated: ") + french));
            QVERIFY2(!french.contains(placeholder), qPrintable(where + QStringLiteral(": ") + french));
            const QStringList words = englishWordsIn(french);
            QVERIFY2(words.isEmpty(), qPrintable(where + QStringLiteral(": English words ") + words.join(QLatin1Char(',')) +
                                                 QStringLiteral(" in: ") + french));
            // Every number argument shows (the HTTP status of NodeRpcFailed only with HttpStatus).
            const auto kinds = messageArgKinds(m.code);
            for (std::size_t a = 0; a < kinds.size(); ++a) {
                if (kinds[a] != ArgKind::Number)
                    continue;
                const auto n = std::get<std::uint64_t>(m.args[a]);
                if (m.code == MessageCode::NodeRpcFailed
                    && (std::get<carnet::core::ledger::RpcErrorKind>(m.args[1]) != carnet::core::ledger::RpcErrorKind::HttpStatus || n == 0))
                    continue;
                QVERIFY2(french.contains(QString::number(n)), qPrintable(where + QStringLiteral(": ") + french));
            }
            const QString sentence = MessageWords::sentence(m);
            QVERIFY2(sentence.at(0).isUpper() || !sentence.at(0).isLetter(), qPrintable(sentence));
        }
        // Distinct codes read differently (two codes sharing one sentence would hide which lie it was).
        QSet<QString> base;
        for (int c = 1; c < static_cast<int>(MessageCode::End); ++c) {
            const auto it = std::find_if(samples.begin(), samples.end(), [c](const Message &m) { return int(m.code) == c; });
            QVERIFY(it != samples.end());
            const QString french = MessageWords::phrase(*it);
            QVERIFY2(!base.contains(french), qPrintable(french));
            base.insert(french);
        }
        QVERIFY(translator.load(QStringLiteral("en")));
    }

    void noneAndMalformedMessages()
    {
        QVERIFY(MessageWords::phrase({}).isEmpty());
        QCOMPARE(MessageWords::phrase(Message{MessageCode::NodeBehind, {}}), MessageWords::phrase(message(MessageCode::Legacy)));
        QCOMPARE(MessageWords::phrase(decodeMessage(QStringLiteral("its author was not licensed at block 7"))),
                 MessageWords::phrase(message(MessageCode::Legacy)));
    }
};

QTEST_GUILESS_MAIN(TestMessageWords)
#include "tst_messagewords.moc"
