// SPDX-License-Identifier: GPL-3.0-or-later
// French phrases (tests/data/bip39/french.json, from python3-mnemonic): entropy <-> phrase, seeds,
// accents typed precomposed (NFC) or decomposed (NFKD), and phrases whose words are in both lists.
#include "crypto/bip39.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace carnet::crypto;

namespace {
QJsonObject document()
{
    QFile file(QStringLiteral(CARNET_TEST_DATA_DIR "/bip39/french.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

QByteArray bytesOf(const SecureBuffer &buffer)
{
    return QByteArray(buffer.asStringView().data(), static_cast<qsizetype>(buffer.size()));
}

std::string utf8(const QString &text)
{
    return text.toUtf8().toStdString();
}
} // namespace

class Bip39French : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void phrases_data()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<QString>("phraseNfc");
        QTest::addColumn<QString>("passphrase");
        QTest::addColumn<QByteArray>("seed");
        const QJsonArray rows = document().value(QStringLiteral("french")).toArray();
        QVERIFY2(rows.size() >= 8, "tests/data/bip39/french.json is missing or short");
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            QTest::addRow("%d", int(i)) << QByteArray::fromHex(row.value(QStringLiteral("entropy")).toString().toLatin1())
                                        << row.value(QStringLiteral("phrase")).toString()
                                        << row.value(QStringLiteral("phraseNfc")).toString()
                                        << row.value(QStringLiteral("passphrase")).toString()
                                        << QByteArray::fromHex(row.value(QStringLiteral("seed")).toString().toLatin1());
        }
    }
    void phrases()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QString, phrase);
        QFETCH(QString, phraseNfc);
        QFETCH(QString, passphrase);
        QFETCH(QByteArray, seed);
        QVERIFY(phrase != phraseNfc); // every vector has an accented word

        const ByteView entropyView(reinterpret_cast<const std::uint8_t *>(entropy.constData()),
                                   static_cast<std::size_t>(entropy.size()));
        QCOMPARE(QString::fromUtf8(bytesOf(mnemonicFromEntropy(entropyView, Bip39Language::French))), phrase);

        // Precomposed and decomposed input parse to the same entropy and give the same seed; the
        // passphrase is also normalised (the vector with "été à la forêt" is stored NFC).
        for (const QString &typed : {phrase, phraseNfc}) {
            const Bip39Parse parse = parseMnemonic(utf8(typed));
            QCOMPARE(parse.error, Bip39Error::None);
            QCOMPARE(parse.language, Bip39Language::French);
            QCOMPARE(bytesOf(parse.entropy), entropy);
            QCOMPARE(bytesOf(mnemonicToSeed(utf8(typed), utf8(passphrase))), seed);
            const QString decomposedPassphrase = passphrase.normalized(QString::NormalizationForm_D);
            QCOMPARE(bytesOf(mnemonicToSeed(utf8(typed), utf8(decomposedPassphrase))), seed);
        }

        // A mix of both forms in one phrase is still the same phrase.
        QStringList words = phrase.split(QLatin1Char(' '));
        for (qsizetype i = 0; i < words.size(); i += 2)
            words[i] = words[i].normalized(QString::NormalizationForm_C);
        const Bip39Parse mixed = parseMnemonic(utf8(words.join(QStringLiteral("\u00a0"))));
        QCOMPARE(mixed.error, Bip39Error::None);
        QCOMPARE(bytesOf(mixed.entropy), entropy);
    }

    void accentsMatter()
    {
        // "élève" without its accents is not a French word: a precise position is reported.
        const QJsonObject row = document().value(QStringLiteral("french")).toArray().at(0).toObject();
        QStringList words = row.value(QStringLiteral("phrase")).toString().split(QLatin1Char(' '));
        qsizetype accented = -1;
        for (qsizetype i = 0; i < words.size() && accented < 0; ++i) {
            if (words[i].normalized(QString::NormalizationForm_C) != words[i])
                accented = i;
        }
        QVERIFY(accented >= 0);
        QString stripped;
        for (const QChar c : words[accented]) {
            if (c.category() != QChar::Mark_NonSpacing)
                stripped.append(c);
        }
        words[accented] = stripped;
        const Bip39Parse parse = parseMnemonic(utf8(words.join(QLatin1Char(' '))));
        // Some French words without accents are other French (or English) words; then the checksum catches it.
        QVERIFY(parse.error == Bip39Error::UnknownWord || parse.error == Bip39Error::BadChecksum ||
                parse.error == Bip39Error::MixedLanguages);
        if (parse.error == Bip39Error::UnknownWord)
            QCOMPARE(parse.wordIndex, std::size_t(accented));
    }

    void wordsInBothLists_data()
    {
        QTest::addColumn<QString>("phrase");
        QTest::addColumn<bool>("englishValid");
        QTest::addColumn<bool>("frenchValid");
        QTest::addColumn<QByteArray>("entropyEnglish");
        QTest::addColumn<QByteArray>("entropyFrench");
        const QJsonArray cases =
            document().value(QStringLiteral("bothLists")).toObject().value(QStringLiteral("cases")).toArray();
        QVERIFY(cases.size() >= 4);
        for (qsizetype i = 0; i < cases.size(); ++i) {
            const QJsonObject c = cases.at(i).toObject();
            QTest::addRow("%d", int(i)) << c.value(QStringLiteral("phrase")).toString()
                                        << c.value(QStringLiteral("englishValid")).toBool()
                                        << c.value(QStringLiteral("frenchValid")).toBool()
                                        << QByteArray::fromHex(c.value(QStringLiteral("entropyEnglish")).toString().toLatin1())
                                        << QByteArray::fromHex(c.value(QStringLiteral("entropyFrench")).toString().toLatin1());
        }
    }
    void wordsInBothLists()
    {
        QFETCH(QString, phrase);
        QFETCH(bool, englishValid);
        QFETCH(bool, frenchValid);
        QFETCH(QByteArray, entropyEnglish);
        QFETCH(QByteArray, entropyFrench);
        const Bip39Parse parse = parseMnemonic(utf8(phrase));
        if (!englishValid && !frenchValid) {
            QCOMPARE(parse.error, Bip39Error::BadChecksum);
            return;
        }
        QCOMPARE(parse.error, Bip39Error::None);
        // When both lists accept the phrase, English (the language Carnet generates) wins.
        QCOMPARE(parse.language, englishValid ? Bip39Language::English : Bip39Language::French);
        QCOMPARE(bytesOf(parse.entropy), englishValid ? entropyEnglish : entropyFrench);
    }

    void mixedLanguages()
    {
        const QString french = document().value(QStringLiteral("french")).toArray().at(0).toObject()
                                   .value(QStringLiteral("phrase")).toString();
        QStringList words = french.split(QLatin1Char(' '));
        words[3] = QStringLiteral("zoo"); // English only
        const Bip39Parse parse = parseMnemonic(utf8(words.join(QLatin1Char(' '))));
        QCOMPARE(parse.error, Bip39Error::MixedLanguages);
        QVERIFY(!describe(parse).empty());
    }
};

QTEST_GUILESS_MAIN(Bip39French)
#include "tst_bip39_french.moc"
