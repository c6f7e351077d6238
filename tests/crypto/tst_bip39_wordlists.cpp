// SPDX-License-Identifier: GPL-3.0-or-later
// The wordlists compiled into the crypto layer are the reference lists: the files have the digests
// recorded in crypto/wordlists/README.md, and the embedded arrays hold the files' words in order.
#include "crypto/bip39.h"
#include "crypto/hash.h"

#include <QFile>
#include <QSet>
#include <QTest>

namespace carnet::crypto::detail {
extern const std::string_view kBip39English[2048];
extern const std::string_view kBip39French[2048];
} // namespace carnet::crypto::detail

using namespace carnet::crypto;

namespace {
QByteArray readWordlist(const char *name)
{
    QFile file(QStringLiteral(CARNET_SOURCE_DIR "/crypto/wordlists/") + QLatin1String(name));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

QList<QByteArray> linesOf(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QByteArray> lines = bytes.split('\n');
    if (!lines.isEmpty() && lines.last().isEmpty())
        lines.removeLast();
    return lines;
}

QByteArray fromView(std::string_view view)
{
    return QByteArray(view.data(), static_cast<qsizetype>(view.size()));
}
} // namespace

class Bip39Wordlists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fileDigests_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("sha256");
        QTest::newRow("english") << QStringLiteral("english.txt")
                                 << QStringLiteral("2f5eed53a4727b4bf8880d8f3f199efc90e58503646d9ff8eff3a2ed3b24dbda");
        QTest::newRow("french") << QStringLiteral("french.txt")
                                << QStringLiteral("0101d889f622a6064ca97cdb7368838dd5a13f13bbb0b3adfa74511403755898");
    }
    void fileDigests()
    {
        QFETCH(QString, file);
        QFETCH(QString, sha256);
        const QByteArray bytes = readWordlist(file.toLatin1().constData());
        QVERIFY(!bytes.isEmpty());
        const Hash32 digest = carnet::crypto::sha256(
            {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
        QCOMPARE(QString::fromStdString(toHex(digest)), sha256);
    }

    void embeddedEqualsFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("language");
        QTest::newRow("english") << QStringLiteral("english.txt") << int(Bip39Language::English);
        QTest::newRow("french") << QStringLiteral("french.txt") << int(Bip39Language::French);
    }
    void embeddedEqualsFiles()
    {
        QFETCH(QString, file);
        QFETCH(int, language);
        const QList<QByteArray> lines = linesOf(readWordlist(file.toLatin1().constData()));
        QCOMPARE(lines.size(), 2048);
        const std::string_view *embedded = language == int(Bip39Language::French) ? carnet::crypto::detail::kBip39French
                                                                                  : carnet::crypto::detail::kBip39English;
        const auto list = bip39Wordlist(static_cast<Bip39Language>(language));
        QCOMPARE(list.size(), std::size_t(2048));
        QSet<QByteArray> distinct;
        for (int i = 0; i < 2048; ++i) {
            QCOMPARE(fromView(embedded[i]), lines.at(i));
            // The public list is the NFKD form of the file's words (the reference files already are NFKD).
            const QString nfkd = QString::fromUtf8(lines.at(i)).normalized(QString::NormalizationForm_KD);
            QCOMPARE(QString::fromUtf8(fromView(list[std::size_t(i)])), nfkd);
            distinct.insert(lines.at(i));
        }
        QCOMPARE(distinct.size(), 2048);
    }

    void wellKnownPositions()
    {
        const auto en = bip39Wordlist(Bip39Language::English);
        const auto fr = bip39Wordlist(Bip39Language::French);
        QCOMPARE(en.front(), std::string_view("abandon"));
        QCOMPARE(en.back(), std::string_view("zoo"));
        QCOMPARE(fr.front(), std::string_view("abaisser"));
        QCOMPARE(fr.back(), std::string_view("zoologie"));
        // "élève" (index 642 in french.txt) is stored decomposed: e + U+0301, l, e + U+0300, v, e.
        QCOMPARE(QString::fromUtf8(fromView(fr[642])), QStringLiteral("e\u0301le\u0300ve"));
    }
};

QTEST_GUILESS_MAIN(Bip39Wordlists)
#include "tst_bip39_wordlists.moc"
