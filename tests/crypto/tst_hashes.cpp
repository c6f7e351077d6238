// SPDX-License-Identifier: GPL-3.0-or-later
// Hashes and MACs: Keccak-256, SHA-256, RIPEMD-160 and HMAC-SHA256/512 against published vectors
// (sources cited per table), Wycheproof HMAC files, and Keccak-256 against Qt's own implementation.
#include "crypto/hash.h"
#include "crypto/random.h"
#include "wycheproof.h"

#include <QCryptographicHash>
#include <QTest>

using namespace carnet::crypto;
using carnet::test::loadWycheproof;

namespace {

ByteView view(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

QByteArray toQt(ByteView bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

const QByteArray kMillionA(1000000, 'a');

} // namespace

class HashesTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void keccak256Vectors_data();
    void keccak256Vectors();
    void keccak256MatchesQt();
    void sha256Vectors_data();
    void sha256Vectors();
    void ripemd160Vectors_data();
    void ripemd160Vectors();
    void hmacRfc4231_data();
    void hmacRfc4231();
    void hmacWycheproof_data();
    void hmacWycheproof();
    void hmacWycheproofFilesLoaded();
};

void HashesTest::keccak256Vectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    // Ethereum's empty-string hash (the empty trie/code hash constant).
    QTest::newRow("empty") << QByteArray()
                           << QByteArray::fromHex("c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470");
    QTest::newRow("abc") << QByteArray("abc")
                         << QByteArray::fromHex("4e03657aea45a94fc7d47ba826c8d667c0d1e6e33a64a036ec44f58fa12d6c45");
    // emn178/js-sha3 tests/test-keccak.js (keccak_256, ascii).
    QTest::newRow("quick brown fox")
        << QByteArray("The quick brown fox jumps over the lazy dog")
        << QByteArray::fromHex("4d741b6f1eb29cb2a9b9911c82f56fa8d73b04959d3d9d222895df6c0b28aa15");
    QTest::newRow("quick brown fox.")
        << QByteArray("The quick brown fox jumps over the lazy dog.")
        << QByteArray::fromHex("578951e24efd62a3d63a86f7cd19aaa53c898fe287d2552133220370240b572d");
    // Same source, "more than 128 bytes": 290 bytes, three Keccak-256 blocks (rate 136).
    QTest::newRow("long, three blocks")
        << QByteArray("The MD5 message-digest algorithm is a widely used cryptographic hash function producing a "
                      "128-bit (16-byte) hash value, typically expressed in text format as a 32 digit hexadecimal "
                      "number. MD5 has been utilized in a wide variety of cryptographic applications, and is also "
                      "commonly used to verify data integrity.")
        << QByteArray::fromHex("af20018353ffb50d507f1555580f5272eca7fdab4f8295db4b1a9ad832c93f6d");
}

void HashesTest::keccak256Vectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(toQt(keccak256(view(message))).toHex(), digest.toHex());
}

// Independent oracle: Qt's Keccak_256 is the original (pre-FIPS 202) Keccak, like Ethereum's.
void HashesTest::keccak256MatchesQt()
{
    const std::size_t lengths[] = {0, 1, 31, 32, 33, 135, 136, 137, 271, 272, 273, 1000, 4096, 65537};
    for (std::size_t length : lengths) {
        for (int draw = 0; draw < 4; ++draw) {
            const Bytes input = randomBytes(length);
            const QByteArray expected =
                QCryptographicHash::hash(toQt(input), QCryptographicHash::Keccak_256);
            QCOMPARE(toQt(keccak256(input)).toHex(), expected.toHex());
        }
    }
    // And it is not SHA3-256, whose padding differs.
    QVERIFY(toQt(keccak256({})) != QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha3_256));
}

void HashesTest::sha256Vectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    // FIPS 180-2 appendix B (B.1 one block, B.2 two blocks, B.3 one million 'a').
    QTest::newRow("FIPS 180-2 B.1 abc")
        << QByteArray("abc") << QByteArray::fromHex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QTest::newRow("FIPS 180-2 B.2 448 bits")
        << QByteArray("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
        << QByteArray::fromHex("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    QTest::newRow("FIPS 180-2 B.3 million a")
        << kMillionA << QByteArray::fromHex("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
    // NIST CSRC "Cryptographic Standards and Guidelines: Examples with Intermediate Values", SHA-256.
    QTest::newRow("empty") << QByteArray()
                           << QByteArray::fromHex("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QTest::newRow("896 bits")
        << QByteArray("abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrs"
                      "mnopqrstnopqrstu")
        << QByteArray::fromHex("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

void HashesTest::sha256Vectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(toQt(sha256(view(message))).toHex(), digest.toHex());
}

void HashesTest::ripemd160Vectors_data()
{
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("digest");
    // The RIPEMD-160 page of Bosselaers (homes.esat.kuleuven.be/~bosselae/ripemd160.html), test vectors.
    const struct
    {
        const char *name;
        QByteArray message;
        const char *digest;
    } rows[] = {
        {"empty", QByteArray(), "9c1185a5c5e9fc54612808977ee8f548b2258d31"},
        {"a", "a", "0bdc9d2d256b3ee9daae347be6f4dc835a467ffe"},
        {"abc", "abc", "8eb208f7e05d987a9b044a8e98c6b087f15a0bfc"},
        {"message digest", "message digest", "5d0689ef49d2fae572b881b123a85ffa21595f36"},
        {"a..z", "abcdefghijklmnopqrstuvwxyz", "f71c27109c692c1b56bbdceb5b9d2865b3708dbc"},
        {"448 bits", "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq",
         "12a053384a9c0c88e405a06c27dcf49ada62eb2b"},
        {"A..Za..z0..9", "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789",
         "b0e20b6e3116640286ed3a87a5713079b21f5189"},
        {"8 x 1234567890", QByteArray("1234567890").repeated(8), "9b752e45573d4b39f4dbd3323cab82bf63326bfb"},
        {"million a", kMillionA, "52783243c1697bdbe16d37f97f68f08325dc1528"},
    };
    for (const auto &row : rows)
        QTest::newRow(row.name) << row.message << QByteArray::fromHex(row.digest);
}

void HashesTest::ripemd160Vectors()
{
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, digest);
    QCOMPARE(toQt(ripemd160(view(message))).toHex(), digest.toHex());
}

void HashesTest::hmacRfc4231_data()
{
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("sha256");
    QTest::addColumn<QByteArray>("sha512");
    // RFC 4231 section 4, test cases 1-7. Case 5 publishes only the first 128 bits of each MAC.
    const QByteArray key131(131, '\xaa');
    QTest::newRow("case 1") << QByteArray(20, '\x0b') << QByteArray("Hi There")
                            << QByteArray::fromHex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7")
                            << QByteArray::fromHex("87aa7cdea5ef619d4ff0b4241a1d6cb02379f4e2ce4ec2787ad0b30545e17cde"
                                                   "daa833b7d6b8a702038b274eaea3f4e4be9d914eeb61f1702e696c203a126854");
    QTest::newRow("case 2") << QByteArray("Jefe") << QByteArray("what do ya want for nothing?")
                            << QByteArray::fromHex("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843")
                            << QByteArray::fromHex("164b7a7bfcf819e2e395fbe73b56e0a387bd64222e831fd610270cd7ea250554"
                                                   "9758bf75c05a994a6d034f65f8f0e6fdcaeab1a34d4a6b4b636e070a38bce737");
    QTest::newRow("case 3") << QByteArray(20, '\xaa') << QByteArray(50, '\xdd')
                            << QByteArray::fromHex("773ea91e36800e46854db8ebd09181a72959098b3ef8c122d9635514ced565fe")
                            << QByteArray::fromHex("fa73b0089d56a284efb0f0756c890be9b1b5dbdd8ee81a3655f83e33b2279d39"
                                                   "bf3e848279a722c806b485a47e67c807b946a337bee8942674278859e13292fb");
    QTest::newRow("case 4") << QByteArray::fromHex("0102030405060708090a0b0c0d0e0f10111213141516171819")
                            << QByteArray(50, '\xcd')
                            << QByteArray::fromHex("82558a389a443c0ea4cc819899f2083a85f0faa3e578f8077a2e3ff46729665b")
                            << QByteArray::fromHex("b0ba465637458c6990e5a8c5f61d4af7e576d97ff94b872de76f8050361ee3db"
                                                   "a91ca5c11aa25eb4d679275cc5788063a5f19741120c4f2de2adebeb10a298dd");
    QTest::newRow("case 5 (truncated to 128 bits)")
        << QByteArray(20, '\x0c') << QByteArray("Test With Truncation")
        << QByteArray::fromHex("a3b6167473100ee06e0c796c2955552b") << QByteArray::fromHex("415fad6271580a531d4179bc891d87a6");
    QTest::newRow("case 6") << key131 << QByteArray("Test Using Larger Than Block-Size Key - Hash Key First")
                            << QByteArray::fromHex("60e431591ee0b67f0d8a26aacbf5b77f8e0bc6213728c5140546040f0ee37f54")
                            << QByteArray::fromHex("80b24263c7c1a3ebb71493c1dd7be8b49b46d1f41b4aeec1121b013783f8f352"
                                                   "6b56d037e05f2598bd0fd2215d6a1e5295e64f73f63f0aec8b915a985d786598");
    QTest::newRow("case 7")
        << key131
        << QByteArray("This is a test using a larger than block-size key and a larger than block-size data. The key "
                      "needs to be hashed before being used by the HMAC algorithm.")
        << QByteArray::fromHex("9b09ffa71b942fcb27635fbcd5b0e944bfdc63644f0713938a7f51535c3a35e2")
        << QByteArray::fromHex("e37b6a775dc87dbaa4dfa9f96e5e3ffddebd71f8867289865df5a32d20cdc944"
                               "b6022cac3c4982b10d5eeb55c3e4de15134676fb6de0446065c97440fa8c6a58");
}

void HashesTest::hmacRfc4231()
{
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, sha256);
    QFETCH(QByteArray, sha512);
    const QByteArray mac256 = toQt(hmacSha256(view(key), view(data)));
    const SecureBuffer mac512 = hmacSha512(view(key), view(data));
    QCOMPARE(mac256.size(), 32);
    QCOMPARE(mac512.size(), std::size_t{64});
    QCOMPARE(mac256.left(sha256.size()).toHex(), sha256.toHex());
    QCOMPARE(toQt(mac512.view()).left(sha512.size()).toHex(), sha512.toHex());
}

void HashesTest::hmacWycheproof_data()
{
    QTest::addColumn<int>("bits");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("tag");
    QTest::addColumn<bool>("valid");
    const struct
    {
        const char *file;
        int bits;
    } files[] = {{"hmac_sha256_test.json", 256}, {"hmac_sha512_test.json", 512}};
    for (const auto &file : files) {
        for (const auto &c : loadWycheproof(QString::fromLatin1(file.file))) {
            // Only full-length tags: the API returns the whole MAC and callers never truncate it.
            if (c.group.value(QStringLiteral("tagSize")).toInt() != file.bits)
                continue;
            QTest::addRow("sha%d tcId %d", file.bits, c.tcId())
                << file.bits << c.hex(QStringLiteral("key")) << c.hex(QStringLiteral("msg"))
                << c.hex(QStringLiteral("tag")) << (c.result() == QLatin1String("valid"));
        }
    }
}

void HashesTest::hmacWycheproof()
{
    QFETCH(int, bits);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, tag);
    QFETCH(bool, valid);
    const QByteArray mac = bits == 256 ? toQt(hmacSha256(view(key), view(message)))
                                       : toQt(hmacSha512(view(key), view(message)).view());
    // A valid case must match exactly; an invalid one (a modified tag) must not.
    QCOMPARE(mac == tag, valid);
}

void HashesTest::hmacWycheproofFilesLoaded()
{
    // Guards the data tables above against a missing or renamed file (which would yield no rows).
    for (const char *file : {"hmac_sha256_test.json", "hmac_sha512_test.json"}) {
        const auto cases = loadWycheproof(QString::fromLatin1(file));
        QCOMPARE(cases.size(), 174);
    }
}

QTEST_GUILESS_MAIN(HashesTest)
#include "tst_hashes.moc"
