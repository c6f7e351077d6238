// SPDX-License-Identifier: GPL-3.0-or-later
// Ethereum addresses: Keccak-256 of the public key, and the EIP-55 mixed-case checksum.
#include "crypto/ethaddress.h"

#include <QTest>

#include <cctype>

using namespace carnet::crypto;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QByteArray toQt(const Address &address)
{
    return QByteArray(reinterpret_cast<const char *>(address.data()), static_cast<qsizetype>(address.size()));
}

std::string_view sv(const QByteArray &text)
{
    return {text.constData(), static_cast<std::size_t>(text.size())};
}

bool isSingleCase(const QByteArray &text)
{
    const QByteArray digits = text.mid(2);
    return digits == digits.toLower() || digits == digits.toUpper();
}

} // namespace

class Eip55Address : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Every example of the "Test Cases" section of EIP-55 (ethereum/ERCs ERCS/erc-55.md).
    void eipExamples_data()
    {
        QTest::addColumn<QByteArray>("checksummed");
        QTest::newRow("all caps 1") << QByteArray("0x52908400098527886E0F7030069857D2E4169EE7");
        QTest::newRow("all caps 2") << QByteArray("0x8617E340B3D01FA5F11F306F4090FD50E238070D");
        QTest::newRow("all lower 1") << QByteArray("0xde709f2102306220921060314715629080e2fb77");
        QTest::newRow("all lower 2") << QByteArray("0x27b1fdb04752bbc536007a920d24acb045561c26");
        QTest::newRow("normal 1") << QByteArray("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed");
        QTest::newRow("normal 2") << QByteArray("0xfB6916095ca1df60bB79Ce92cE3Ea74c37c5d359");
        QTest::newRow("normal 3") << QByteArray("0xdbF03B407c01E7cD3CBea99509d93f8DDDC8C6FB");
        QTest::newRow("normal 4") << QByteArray("0xD1220A0cf47c7B9Be7A2E6BA89F429762e7b9aDb");
    }
    void eipExamples()
    {
        QFETCH(QByteArray, checksummed);
        const QByteArray raw = QByteArray::fromHex(checksummed.mid(2));
        Address address{};
        std::copy(raw.cbegin(), raw.cend(), address.begin());
        QCOMPARE(QByteArray::fromStdString(toChecksumAddress(address)), checksummed);

        const auto parsed = parseAddress(sv(checksummed));
        QVERIFY(parsed.has_value());
        QCOMPARE(toQt(*parsed), raw);
        // Single-case spellings carry no checksum and are accepted.
        const QByteArray lower = "0x" + checksummed.mid(2).toLower();
        const QByteArray upper = "0x" + checksummed.mid(2).toUpper();
        QVERIFY(parseAddress(sv(lower)) == parsed);
        QVERIFY(parseAddress(sv(upper)) == parsed);
    }

    void flippedCaseIsRejected_data() { eipExamples_data(); }
    void flippedCaseIsRejected()
    {
        QFETCH(QByteArray, checksummed);
        int flipped = 0;
        for (qsizetype i = 2; i < checksummed.size(); ++i) {
            const char c = checksummed.at(i);
            if (!std::isalpha(static_cast<unsigned char>(c)))
                continue;
            QByteArray typo = checksummed;
            typo[i] = static_cast<char>(std::islower(static_cast<unsigned char>(c)) ? std::toupper(c) : std::tolower(c));
            if (isSingleCase(typo))
                QVERIFY(parseAddress(sv(typo)).has_value()); // no checksum left to check
            else
                QVERIFY2(!parseAddress(sv(typo)).has_value(), typo.constData());
            ++flipped;
        }
        QVERIFY(flipped > 0);
    }

    void malformedIsRejected_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray good = "0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed";
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("0x only") << QByteArray("0x");
        QTest::newRow("missing 0x") << good.mid(2);
        QTest::newRow("missing 0x, 42 digits") << (good.mid(2).toLower() + "00");
        QTest::newRow("0X prefix") << ("0X" + good.mid(2));
        QTest::newRow("39 digits") << good.left(41);
        QTest::newRow("41 digits") << (good + "0");
        QTest::newRow("20 digits") << good.left(22);
        QTest::newRow("non-hex g") << QByteArray("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beaeg");
        QTest::newRow("space") << QByteArray("0x5aaeb6053f3e94c9b9a09f33669435e7ef1beae ");
        QTest::newRow("leading space") << (" " + good.left(41));
        QTest::newRow("double 0x") << QByteArray("0x0x5aaeb6053f3e94c9b9a09f33669435e7ef1be");
        QTest::newRow("embedded NUL") << QByteArray("0x5aaeb6053f3e94c9b9a09f33669435e7ef1bea\0d", 42);
    }
    void malformedIsRejected()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!parseAddress(sv(text)).has_value());
    }

    void addressOfKnownKeys_data()
    {
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QByteArray>("address");
        // The web3.js documentation account (docs.web3js.org, privateKeyToAccount example).
        QTest::newRow("web3.js docs key")
            << QByteArray::fromHex("4c0883a69102937d6231471b5dbb6204fe5129617082792ae468d01a3f362318")
            << QByteArray("0x2c7536E3605D9C16a7a3D7b1898e529396a65c23");
        // Independent oracle: ethers 6.x computeAddress(<key>) run with node 20 in a scratch directory.
        QTest::newRow("key 1") << QByteArray::fromHex("0000000000000000000000000000000000000000000000000000000000000001")
                               << QByteArray("0x7E5F4552091A69125d5DfCb7b8C2659029395Bdf");
        QTest::newRow("key 2") << QByteArray::fromHex("0000000000000000000000000000000000000000000000000000000000000002")
                               << QByteArray("0x2B5AD5c4795c026514f8317c7a215E218DcCD6cF");
        QTest::newRow("key n-1") << QByteArray::fromHex("fffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364140")
                                 << QByteArray("0x80C0dbf239224071c59dD8970ab9d542E3414aB2");
    }
    void addressOfKnownKeys()
    {
        QFETCH(QByteArray, secret);
        QFETCH(QByteArray, address);
        const auto key = PrivateKey::fromBytes(view(secret));
        QVERIFY(key.has_value());
        const Address computed = addressOf(key->publicKey());
        QCOMPARE(QByteArray::fromStdString(toChecksumAddress(computed)), address);
        const auto parsed = parseAddress(sv(address));
        QVERIFY(parsed && *parsed == computed);
    }

    void randomRoundTrip()
    {
        for (int i = 0; i < 100; ++i) {
            const Address address = addressOf(PrivateKey::generate().publicKey());
            const std::string text = toChecksumAddress(address);
            QCOMPARE(text.size(), std::size_t{42});
            const auto parsed = parseAddress(text);
            QVERIFY(parsed && *parsed == address);
        }
    }
};

QTEST_GUILESS_MAIN(Eip55Address)
#include "tst_eip55_address.moc"
