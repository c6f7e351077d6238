// SPDX-License-Identifier: GPL-3.0-or-later
// BIP-32: the published test vectors 1-3 (tests/data/bip32/vectors.json), a BIP-44 Ethereum account
// checked against an independent wallet, and path parsing.
#include "crypto/bip32.h"
#include "crypto/ethaddress.h"
#include "crypto/misuse.h"

#include <botan/base58.h>

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace carnet::crypto;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

std::string_view sv(const QByteArray &text)
{
    return {text.constData(), static_cast<std::size_t>(text.size())};
}

int g_illegalArguments = 0;
void countIllegalArgument(const char *)
{
    ++g_illegalArguments;
}

ExtendedKey master(const QByteArray &seed)
{
    auto key = ExtendedKey::fromSeed(view(seed));
    if (!key)
        qFatal("seed does not give a master key");
    return std::move(*key);
}

// Bytes 5..8 of a decoded xpub/xprv: the parent's fingerprint.
QByteArray parentFingerprintOf(const QByteArray &xpub)
{
    const std::vector<std::uint8_t> raw = Botan::base58_check_decode(xpub.toStdString());
    return QByteArray(reinterpret_cast<const char *>(raw.data()) + 5, 4);
}

} // namespace

class Bip32Vectors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void published_data()
    {
        QTest::addColumn<QByteArray>("seed");
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("xpub");
        QTest::addColumn<QByteArray>("xprv");
        QFile file(QStringLiteral(CARNET_TEST_DATA_DIR "/bip32/vectors.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray vectors = QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("vectors")).toArray();
        QCOMPARE(vectors.size(), 3);
        int chains = 0;
        for (const QJsonValue &v : vectors) {
            const QJsonObject vector = v.toObject();
            const QByteArray seed = QByteArray::fromHex(vector.value(QStringLiteral("seed")).toString().toLatin1());
            for (const QJsonValue &c : vector.value(QStringLiteral("chains")).toArray()) {
                const QJsonObject chain = c.toObject();
                const QByteArray path = chain.value(QStringLiteral("path")).toString().toLatin1();
                QTest::addRow("%s %s", qPrintable(vector.value(QStringLiteral("name")).toString()), path.constData())
                    << seed << path << chain.value(QStringLiteral("xpub")).toString().toLatin1()
                    << chain.value(QStringLiteral("xprv")).toString().toLatin1();
                ++chains;
            }
        }
        QCOMPARE(chains, 14);
    }
    void published()
    {
        QFETCH(QByteArray, seed);
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, xpub);
        QFETCH(QByteArray, xprv);
        const ExtendedKey root = master(seed);
        const auto key = root.derivePath(sv(path));
        QVERIFY(key.has_value());
        QCOMPARE(QByteArray::fromStdString(key->toXpub()), xpub);
        const SecureBuffer secret = key->toXprv();
        QCOMPARE(QByteArray(secret.asStringView().data(), static_cast<qsizetype>(secret.size())), xprv);
        QCOMPARE(int(key->depth()), int(path.count('/')));

        // fromXprv reads the published serialisation back to the same node, which derives the same children.
        const auto parsed = ExtendedKey::fromXprv(sv(xprv));
        QVERIFY(parsed.has_value());
        QCOMPARE(parsed->toXpub(), key->toXpub());
        QCOMPARE(parsed->toXprv().asStringView(), secret.asStringView());
        QCOMPARE(parsed->childNumber(), key->childNumber());
        QCOMPARE(parsed->derivePath("m/7'/3")->toXpub(), key->derivePath("m/7'/3")->toXpub());
    }

    void xprvRefused_data()
    {
        // Payloads built from vector 1's m/0H (version ‖ depth ‖ parent ‖ child ‖ chain code ‖ 0x00 ‖ key),
        // each made invalid in one way, then Base58Check-encoded with a correct checksum unless noted;
        // the kinds are those of BIP-32's test vector 5.
        QTest::addColumn<QByteArray>("text");
        const QByteArray good = "xprv9uHRZZhk6KAJC1avXpDAp4MDc3sQKNxDiPvvkX8Br5ngLNv1TxvUxt4cV1rGL5hj6KCesnDYUhd7oWgT11eZG7XnxHrnYeSvkzY7d2bhkJ7";
        const std::vector<std::uint8_t> raw = Botan::base58_check_decode(good.toStdString());
        QCOMPARE(raw.size(), std::size_t{78});
        const auto encode = [](std::vector<std::uint8_t> payload) {
            return QByteArray::fromStdString(Botan::base58_check_encode(payload.data(), payload.size()));
        };
        auto changed = [&](std::size_t at, std::uint8_t value) {
            std::vector<std::uint8_t> p = raw;
            p[at] = value;
            return encode(p);
        };
        QTest::newRow("control") << encode(raw);
        QTest::newRow("xpub") << QByteArray("xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw");
        {
            std::vector<std::uint8_t> p = raw;
            const std::uint8_t tprv[] = {0x04, 0x35, 0x83, 0x94};
            std::copy(std::begin(tprv), std::end(tprv), p.begin());
            QTest::newRow("testnet tprv") << encode(p);
        }
        QTest::newRow("key byte 0x01") << changed(45, 0x01);
        QTest::newRow("key byte 0x04") << changed(45, 0x04);
        {
            std::vector<std::uint8_t> p = raw;
            std::fill(p.begin() + 46, p.end(), std::uint8_t{0});
            QTest::newRow("key zero") << encode(p);
            std::fill(p.begin() + 46, p.end(), std::uint8_t{0xff});
            QTest::newRow("key >= n") << encode(p);
        }
        {
            std::vector<std::uint8_t> p = raw;
            p[4] = 0; // depth 0 with m/0H's parent fingerprint and child number
            QTest::newRow("depth 0, parent set") << encode(p);
            std::fill(p.begin() + 5, p.begin() + 9, std::uint8_t{0});
            QTest::newRow("depth 0, child set") << encode(p);
        }
        {
            std::vector<std::uint8_t> p = raw;
            p.pop_back();
            QTest::newRow("77 bytes") << encode(p);
            p = raw;
            p.push_back(0);
            QTest::newRow("79 bytes") << encode(p);
        }
        QByteArray typo = good;
        typo[40] = typo[40] == 'a' ? 'b' : 'a';
        QTest::newRow("checksum") << typo;
        QTest::newRow("not base58") << QByteArray(good).replace('9', '0');
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("white space") << (good + ' ');
    }
    void xprvRefused()
    {
        QFETCH(QByteArray, text);
        const bool control = QByteArray(QTest::currentDataTag()) == "control";
        QCOMPARE(ExtendedKey::fromXprv(sv(text)).has_value(), control);
    }

    void stepwiseMatchesPath()
    {
        // Vector 1, m/0H/1/2H/2/1000000000 one derive() at a time.
        const ExtendedKey root = master(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
        const std::uint32_t steps[] = {0 | kHardened, 1, 2 | kHardened, 2, 1000000000};
        std::optional<ExtendedKey> key = root.derivePath("m");
        QVERIFY(key && key->toXpub() == root.toXpub());
        for (const std::uint32_t index : steps) {
            const std::array<std::uint8_t, 4> parent = key->fingerprint();
            key = key->derive(index);
            QVERIFY(key.has_value());
            QCOMPARE(key->childNumber(), index);
            const QByteArray xpub = QByteArray::fromStdString(key->toXpub());
            QCOMPARE(parentFingerprintOf(xpub), QByteArray(reinterpret_cast<const char *>(parent.data()), 4));
        }
        QCOMPARE(QByteArray::fromStdString(key->toXpub()),
                 QByteArray("xpub6H1LXWLaKsWFhvm6RVpEL9P4KfRZSW7abD2ttkWP3SSQvnyA8FSVqNTEcYFgJS2UaFcxupHiYkro49S8yGasTvXEYBVPamhGW6cFJodrTHy"));
        QCOMPARE(int(key->depth()), 5);
    }

    void masterFingerprint()
    {
        // The master fingerprint of vector 1 is the parent fingerprint serialised in its m/0H xpub.
        const ExtendedKey root = master(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
        const auto fp = root.fingerprint();
        QCOMPARE(QByteArray(reinterpret_cast<const char *>(fp.data()), 4),
                 parentFingerprintOf("xpub68Gmy5EdvgibQVfPdqkBBCHxA5htiqg55crXYuXoQRKfDBFA1WEjWgP6LHhwBZeNK1VTsfTFUHCdrfp1bgwQ9xv5ski8PX9rL2dZXvgGDnw"));
        QCOMPARE(int(root.depth()), 0);
        QCOMPARE(root.childNumber(), 0u);
    }

    void ethereumAccount_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::addColumn<QByteArray>("address");
        // Hardhat's published default accounts #0 and #1 for the phrase "test test test test test test
        // test test test test test junk" (also reproduced with ethers 6 HDNodeWallet.fromMnemonic).
        QTest::newRow("m/44'/60'/0'/0/0") << QByteArray("m/44'/60'/0'/0/0") << QByteArray("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266");
        QTest::newRow("m/44h/60h/0h/0/1") << QByteArray("m/44h/60h/0h/0/1") << QByteArray("0x70997970C51812dc3A010C7d01b50e0d17dc79C8");
    }
    void ethereumAccount()
    {
        QFETCH(QByteArray, path);
        QFETCH(QByteArray, address);
        // BIP-39 seed of the phrase (empty passphrase), from Debian's python3-mnemonic
        // (Mnemonic.to_seed) and ethers' Mnemonic.computeSeed(), which agree.
        const ExtendedKey root = master(QByteArray::fromHex(
            "9dfc3c64c2f8bede1533b6a79f8570e5943e0b8fd1cf77107adf7b72cef42185"
            "d564a3aee24cab43f80e3c4538087d70fc824eabbad596a23c97b6ee8322ccc0"));
        const auto account = root.derivePath(sv(path));
        QVERIFY(account.has_value());
        QCOMPARE(QByteArray::fromStdString(toChecksumAddress(addressOf(account->publicKey()))), address);
    }

    void hardenedMarkersAgree()
    {
        const ExtendedKey root = master(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
        const auto a = root.derivePath("m/0'/1/2147483647'");
        const auto b = root.derivePath("m/0h/1/2147483647h");
        const auto c = root.derivePath("m/0/1/2147483647'");
        QVERIFY(a && b && c);
        QCOMPARE(a->toXpub(), b->toXpub());
        QVERIFY(a->toXpub() != c->toXpub());
        QCOMPARE(a->childNumber(), 2147483647u | kHardened);
    }

    void malformedPaths_data()
    {
        QTest::addColumn<QByteArray>("path");
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("no m") << QByteArray("0/1");
        QTest::newRow("leading slash") << QByteArray("/0");
        QTest::newRow("upper M") << QByteArray("M/0");
        QTest::newRow("trailing slash") << QByteArray("m/0/");
        QTest::newRow("m/") << QByteArray("m/");
        QTest::newRow("empty segment") << QByteArray("m//0");
        QTest::newRow("m0") << QByteArray("m0");
        QTest::newRow("mm") << QByteArray("mm/0");
        QTest::newRow("backslash") << QByteArray("m\\0");
        QTest::newRow("negative") << QByteArray("m/-1");
        QTest::newRow("plus sign") << QByteArray("m/+1");
        QTest::newRow("space before") << QByteArray("m/ 1");
        QTest::newRow("space after") << QByteArray("m/1 ");
        QTest::newRow("hex") << QByteArray("m/0x1");
        QTest::newRow("letters") << QByteArray("m/1/a");
        QTest::newRow("leading zero") << QByteArray("m/01");
        QTest::newRow("marker only") << QByteArray("m/'");
        QTest::newRow("h only") << QByteArray("m/h");
        QTest::newRow("double marker") << QByteArray("m/1''");
        QTest::newRow("mixed markers") << QByteArray("m/1h'");
        QTest::newRow("upper H") << QByteArray("m/1H");
        QTest::newRow("marker before digits") << QByteArray("m/'1");
        QTest::newRow("2^31 hardened") << QByteArray("m/2147483648'");
        QTest::newRow("2^31 unmarked") << QByteArray("m/2147483648");
        QTest::newRow("2^32-1") << QByteArray("m/4294967295");
        QTest::newRow("2^32") << QByteArray("m/4294967296");
        QTest::newRow("11 digits") << QByteArray("m/10000000000");
        QTest::newRow("huge") << QByteArray("m/99999999999999999999999");
        QTest::newRow("embedded NUL") << QByteArray("m/0\0", 4);
        QByteArray deep = "m";
        for (int i = 0; i < 256; ++i)
            deep += "/0";
        QTest::newRow("depth 256") << deep;
    }
    void malformedPaths()
    {
        QFETCH(QByteArray, path);
        const ExtendedKey root = master(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
        QVERIFY(!root.derivePath(sv(path)).has_value());
    }

    void maximumDepth()
    {
        const ExtendedKey root = master(QByteArray::fromHex("000102030405060708090a0b0c0d0e0f"));
        QByteArray deep = "m";
        for (int i = 0; i < 255; ++i)
            deep += "/7";
        const auto key = root.derivePath(sv(deep));
        QVERIFY(key.has_value());
        QCOMPARE(int(key->depth()), 255);
        // One more level cannot be serialised: a misuse, reported.
        const auto previous = setIllegalArgumentHandler(&countIllegalArgument);
        g_illegalArguments = 0;
        QVERIFY(!key->derive(0).has_value());
        setIllegalArgumentHandler(previous);
        QCOMPARE(g_illegalArguments, 1);
    }

    void seedSizes_data()
    {
        QTest::addColumn<int>("size");
        QTest::addColumn<bool>("legal");
        QTest::newRow("0") << 0 << false;
        QTest::newRow("15") << 15 << false;
        QTest::newRow("16") << 16 << true;
        QTest::newRow("32") << 32 << true;
        QTest::newRow("64") << 64 << true;
        QTest::newRow("65") << 65 << false;
    }
    void seedSizes()
    {
        QFETCH(int, size);
        QFETCH(bool, legal);
        const auto previous = setIllegalArgumentHandler(&countIllegalArgument);
        g_illegalArguments = 0;
        const QByteArray seed(size, '\x5a');
        const auto key = ExtendedKey::fromSeed(view(seed));
        setIllegalArgumentHandler(previous);
        QCOMPARE(key.has_value(), legal);
        QCOMPARE(g_illegalArguments, legal ? 0 : 1);
    }
};

QTEST_GUILESS_MAIN(Bip32Vectors)
#include "tst_bip32_vectors.moc"
