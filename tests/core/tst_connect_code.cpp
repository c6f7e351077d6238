// SPDX-License-Identifier: GPL-3.0-or-later
// Connect codes (docs/PROTOCOL.md §2): round trip; 92 characters after the prefix; each error named
// (prefix, version, base64url, length, check, key not on the curve, record id not the key's); every
// one-character typo and every swap of two neighbouring characters is refused.
// (The encoding is also checked against ethers in tst_record_keys.)
#include "core/record/connectcode.h"
#include "crypto/hash.h"

#include <QTest>

using namespace carnet::core::record;
using namespace carnet::crypto;

namespace {
const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// A code over arbitrary payload parts, with a correct check unless told otherwise.
std::string codeOf(const Hash32 &id, const Bytes &key, bool goodCheck = true)
{
    Bytes preimage = {'c', 'a', 'r', 'n', 'e', 't', '/', 'c', 'o', 'n', 'n', 'e', 'c', 't', '/', 'v', '1'};
    preimage.insert(preimage.end(), id.begin(), id.end());
    preimage.insert(preimage.end(), key.begin(), key.end());
    const Hash32 check = keccak256(preimage);
    Bytes payload(id.begin(), id.end());
    payload.insert(payload.end(), key.begin(), key.end());
    payload.insert(payload.end(), check.begin(), check.begin() + 4);
    if (!goodCheck)
        payload.back() ^= 1;
    return "carnet-connect:v1:" + encodeBase64Url(payload);
}

ConnectCodeError errorOf(std::string_view text)
{
    const auto decoded = decodeConnectCode(text);
    return decoded ? ConnectCodeError(-1) : decoded.error();
}
} // namespace

class ConnectCodeTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        for (int i = 0; i < 50; ++i) {
            const PublicKey key = PrivateKey::generate().publicKey();
            const std::string code = encodeConnectCode(key);
            QVERIFY(code.starts_with("carnet-connect:v1:"));
            QCOMPARE(code.size() - kConnectPrefix.size(), kConnectTextSize);
            const auto decoded = decodeConnectCode(code);
            QVERIFY2(decoded, decoded ? "" : describe(decoded.error()));
            QVERIFY(decoded->recordKey == key);
            QCOMPARE(decoded->recordId, recordIdOf(key));
            // The QString overload and surrounding white space (a copied line) read the same code.
            const auto fromQString = decodeConnectCode(QStringLiteral("  \t") + QString::fromStdString(code) + QStringLiteral("\r\n"));
            QVERIFY(fromQString);
            QVERIFY(fromQString->recordKey == key);
        }
    }

    void prefixAndVersion()
    {
        const std::string code = encodeConnectCode(PrivateKey::generate().publicKey());
        const std::string body = code.substr(kConnectPrefix.size());
        QCOMPARE(errorOf(""), ConnectCodeError::WrongPrefix);
        QCOMPARE(errorOf(body), ConnectCodeError::WrongPrefix);
        QCOMPARE(errorOf("Carnet-connect:v1:" + body), ConnectCodeError::WrongPrefix);
        QCOMPARE(errorOf("carnet-connectv1:" + body), ConnectCodeError::WrongPrefix);
        QCOMPARE(errorOf("x" + code), ConnectCodeError::WrongPrefix);
        QCOMPARE(errorOf("carnet-connect:v2:" + body), ConnectCodeError::UnsupportedVersion);
        QCOMPARE(errorOf("carnet-connect:V1:" + body), ConnectCodeError::UnsupportedVersion);
        QCOMPARE(errorOf("carnet-connect:v1" + body), ConnectCodeError::UnsupportedVersion);
        QCOMPARE(errorOf("carnet-connect:"), ConnectCodeError::UnsupportedVersion);
        QCOMPARE(errorOf(code.substr(0, 10)), ConnectCodeError::WrongPrefix);
    }

    void base64urlAndLength()
    {
        const std::string code = encodeConnectCode(PrivateKey::generate().publicKey());
        QCOMPARE(errorOf(code + "="), ConnectCodeError::BadBase64url);                // padding
        QCOMPARE(errorOf(code.substr(0, 40) + "+" + code.substr(41)), ConnectCodeError::BadBase64url); // base64, not url
        QCOMPARE(errorOf(code.substr(0, 40) + "/" + code.substr(41)), ConnectCodeError::BadBase64url);
        QCOMPARE(errorOf(code.substr(0, 40) + " " + code.substr(41)), ConnectCodeError::BadBase64url); // inner space
        QCOMPARE(errorOf(code.substr(0, 40) + "\xC3\xA9" + code.substr(42)), ConnectCodeError::BadBase64url);
        QCOMPARE(errorOf(code + "A"), ConnectCodeError::BadBase64url);                // 93 characters: 1 mod 4
        QCOMPARE(errorOf(code + "AA"), ConnectCodeError::WrongLength);                // 70 bytes
        QCOMPARE(errorOf(code.substr(0, code.size() - 4)), ConnectCodeError::WrongLength); // 66 bytes
        QCOMPARE(errorOf("carnet-connect:v1:"), ConnectCodeError::WrongLength);       // nothing
        // Non-zero unused bits in a last character: "AB" is one byte with a stray bit.
        QCOMPARE(errorOf(code + "AB"), ConnectCodeError::BadBase64url);
        QVERIFY(!decodeBase64Url("AB"));
        QCOMPARE(*decodeBase64Url("AA"), Bytes {0});
        QCOMPARE(*decodeBase64Url("_-8"), (Bytes {0xFF, 0xEF}));
        QCOMPARE(encodeBase64Url(Bytes {0xFB, 0xFF}), std::string("-_8"));
    }

    void checkKeyAndRecordId()
    {
        const PublicKey key = PrivateKey::generate().publicKey();
        const auto c = key.compressed();
        const Bytes compressed(c.begin(), c.end());
        const Hash32 id = recordIdOf(key);
        QVERIFY(decodeConnectCode(codeOf(id, compressed)));
        QCOMPARE(errorOf(codeOf(id, compressed, false)), ConnectCodeError::BadCheck);

        // x = 5 is not the x coordinate of a point on secp256k1 (5^3 + 7 = 132 is not a square mod p).
        Bytes offCurve(33, 0);
        offCurve[0] = 0x02;
        offCurve[32] = 5;
        QVERIFY(!PublicKey::parse(offCurve));
        QCOMPARE(errorOf(codeOf(id, offCurve)), ConnectCodeError::InvalidKey);
        // A 0x04 prefix (uncompressed marker) on 33 bytes, and x ≥ p, are not keys either.
        Bytes wrongPrefix = compressed;
        wrongPrefix[0] = 0x04;
        QCOMPARE(errorOf(codeOf(id, wrongPrefix)), ConnectCodeError::InvalidKey);
        Bytes xTooLarge(33, 0xFF);
        xTooLarge[0] = 0x02;
        QCOMPARE(errorOf(codeOf(id, xTooLarge)), ConnectCodeError::InvalidKey);

        // A valid check over a record id that is not the key's.
        Hash32 otherId = id;
        otherId[0] ^= 0x80;
        QCOMPARE(errorOf(codeOf(otherId, compressed)), ConnectCodeError::RecordIdMismatch);
        const PublicKey otherKey = PrivateKey::generate().publicKey();
        QCOMPARE(errorOf(codeOf(recordIdOf(otherKey), compressed)), ConnectCodeError::RecordIdMismatch);
    }

    void everyTypoIsCaught()
    {
        const std::string code = encodeConnectCode(PrivateKey::generate().publicKey());
        std::size_t tried = 0;
        for (std::size_t i = kConnectPrefix.size(); i < code.size(); ++i) {
            for (const char c : kAlphabet) {
                if (c == code[i])
                    continue;
                std::string typo = code;
                typo[i] = c;
                const ConnectCodeError e = errorOf(typo);
                // The last character carries no unused bits (69 bytes = 92 × 6 bits): every typo reaches the check.
                QVERIFY2(e == ConnectCodeError::BadCheck, qPrintable(QStringLiteral("position %1").arg(i)));
                ++tried;
            }
            if (i + 1 < code.size() && code[i] != code[i + 1]) {
                std::string swapped = code;
                std::swap(swapped[i], swapped[i + 1]);
                QCOMPARE(errorOf(swapped), ConnectCodeError::BadCheck);
            }
            std::string dropped = code;
            dropped.erase(i, 1);
            QVERIFY(!decodeConnectCode(dropped));
        }
        QCOMPARE(tried, std::size_t {92 * 63});
        // Typos in the prefix are named there.
        for (std::size_t i = 0; i < kConnectPrefix.size(); ++i) {
            std::string typo = code;
            typo[i] = typo[i] == 'x' ? 'y' : 'x';
            QVERIFY(!decodeConnectCode(typo));
        }
    }

    void descriptionsNameEachError()
    {
        std::vector<std::string_view> seen;
        for (int e = 0; e <= static_cast<int>(ConnectCodeError::RecordIdMismatch); ++e) {
            const std::string_view text = describe(static_cast<ConnectCodeError>(e));
            QVERIFY(!text.empty() && text != "unknown");
            QVERIFY(std::find(seen.begin(), seen.end(), text) == seen.end());
            seen.push_back(text);
        }
    }
};

QTEST_GUILESS_MAIN(ConnectCodeTest)
#include "tst_connect_code.moc"
