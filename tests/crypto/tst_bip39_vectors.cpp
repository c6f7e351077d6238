// SPDX-License-Identifier: GPL-3.0-or-later
// The Trezor reference vectors (tests/data/bip39/vectors.json): entropy -> phrase, phrase -> entropy,
// phrase + "TREZOR" -> seed -> BIP-32 master key (xprv).
#include "crypto/bip32.h"
#include "crypto/bip39.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace carnet::crypto;

class Bip39Vectors : public QObject
{
    Q_OBJECT

private:
    static QJsonArray english()
    {
        QFile file(QStringLiteral(CARNET_TEST_DATA_DIR "/bip39/vectors.json"));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("english")).toArray();
    }

    static void addRows()
    {
        QTest::addColumn<QByteArray>("entropy");
        QTest::addColumn<QByteArray>("phrase");
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("xprv");
        const QJsonArray vectors = english();
        QVERIFY2(vectors.size() == 24, "tests/data/bip39/vectors.json: expected the 24 English vectors");
        for (qsizetype i = 0; i < vectors.size(); ++i) {
            const QJsonArray v = vectors.at(i).toArray();
            const QByteArray phrase = v.at(1).toString().toUtf8();
            QTest::addRow("%d %s", int(i), phrase.left(24).constData())
                << QByteArray::fromHex(v.at(0).toString().toLatin1()) << phrase
                << QByteArray::fromHex(v.at(2).toString().toLatin1()) << v.at(3).toString().toLatin1();
        }
    }

    static ByteView view(const QByteArray &bytes)
    {
        return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
    }

private Q_SLOTS:
    void entropyToPhrase_data() { addRows(); }
    void entropyToPhrase()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QByteArray, phrase);
        const SecureBuffer words = mnemonicFromEntropy(view(entropy), Bip39Language::English);
        QCOMPARE(QByteArray(words.asStringView().data(), static_cast<qsizetype>(words.size())), phrase);
    }

    void phraseToEntropy_data() { addRows(); }
    void phraseToEntropy()
    {
        QFETCH(QByteArray, entropy);
        QFETCH(QByteArray, phrase);
        const Bip39Parse parse = parseMnemonic(phrase.toStdString());
        QCOMPARE(parse.error, Bip39Error::None);
        QCOMPARE(parse.language, Bip39Language::English);
        QCOMPARE(parse.wordCount, static_cast<std::size_t>(phrase.count(' ') + 1));
        QCOMPARE(toHex(parse.entropy.view()), entropy.toHex().toStdString());
    }

    void phraseToSeed_data() { addRows(); }
    void phraseToSeed()
    {
        QFETCH(QByteArray, phrase);
        QFETCH(QByteArray, seed);
        const SecureBuffer computed = mnemonicToSeed(phrase.toStdString(), "TREZOR");
        QCOMPARE(toHex(computed.view()), seed.toHex().toStdString());
    }

    void seedToMasterKey_data() { addRows(); }
    void seedToMasterKey()
    {
        QFETCH(QByteArray, phrase);
        QFETCH(QByteArray, xprv);
        const SecureBuffer seed = mnemonicToSeed(phrase.toStdString(), "TREZOR");
        const auto master = ExtendedKey::fromSeed(seed.view());
        QVERIFY(master.has_value());
        const SecureBuffer serialised = master->toXprv();
        QCOMPARE(QByteArray(serialised.asStringView().data(), static_cast<qsizetype>(serialised.size())), xprv);
    }

    // White space is folded before the seed is computed: any run of Unicode white space is one space.
    void seedIgnoresWhiteSpaceLayout()
    {
        const QJsonArray v = english().at(0).toArray();
        const QString phrase = v.at(1).toString();
        QString spaced = QStringLiteral("\t ") + phrase + QStringLiteral(" \n");
        spaced.replace(QStringLiteral(" about"), QStringLiteral("\u3000\u00a0about"));
        spaced.replace(QStringLiteral("abandon abandon"), QStringLiteral("abandon\r\n  abandon"));
        const SecureBuffer seed = mnemonicToSeed(spaced.toUtf8().toStdString(), "TREZOR");
        QCOMPARE(QString::fromStdString(toHex(seed.view())), v.at(2).toString());
        QCOMPARE(parseMnemonic(spaced.toUtf8().toStdString()).error, Bip39Error::None);
    }

    // The passphrase matters (and is not white-space folded).
    void passphraseChangesSeed()
    {
        const std::string phrase = english().at(0).toArray().at(1).toString().toStdString();
        const std::string a = toHex(mnemonicToSeed(phrase, "TREZOR").view());
        const std::string b = toHex(mnemonicToSeed(phrase, "TREZOR ").view());
        const std::string c = toHex(mnemonicToSeed(phrase, "").view());
        QVERIFY(a != b);
        QVERIFY(a != c);
        QCOMPARE(mnemonicToSeed(phrase).size(), std::size_t(64));
    }
};

QTEST_GUILESS_MAIN(Bip39Vectors)
#include "tst_bip39_vectors.moc"
