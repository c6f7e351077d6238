// SPDX-License-Identifier: GPL-3.0-or-later
// Share codes (docs/PROTOCOL.md §8.6) and clinician identity codes (§8.1): round trips of every mode;
// 87/130 and 76 characters after the prefix; each error named in the reader's order (too long, prefix,
// version, base64url, length, mode, length against mode, check, key, network); every one-character
// typo and every swap of two different neighbouring characters refused.
#include "core/share/clinicianid.h"
#include "core/share/sharecode.h"
#include "crypto/hash.h"
#include "sharetestutil.h"

#include <QTest>

using namespace carnet::core::share;
using namespace carnet::crypto;
using carnet::test::sampleShareCode;
using carnet::test::textOf;

namespace {
const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

// A share code over an arbitrary payload body, with a correct check unless told otherwise.
std::string shareCodeOf(Bytes body, bool goodCheck = true)
{
    Bytes preimage(kShareCheckTag.begin(), kShareCheckTag.end());
    preimage.insert(preimage.end(), body.begin(), body.end());
    const Hash32 check = keccak256(preimage);
    body.insert(body.end(), check.begin(), check.begin() + 4);
    if (!goodCheck)
        body.back() ^= 1;
    return std::string(kSharePrefix) + carnet::core::record::encodeBase64Url(body);
}

Bytes bodyOf(std::uint8_t mode, bool withSecret)
{
    Bytes body(8 + 20 + 32, 0x5A);
    body.push_back(mode);
    if (withSecret) {
        const Bytes secret = randomBytes(32);
        body.insert(body.end(), secret.begin(), secret.end());
    }
    return body;
}

ShareCodeError shareError(std::string_view text)
{
    const auto decoded = decodeShareCode(text);
    return decoded ? ShareCodeError(-1) : decoded.error();
}

ClinicianCodeError clinicianError(std::string_view text)
{
    const auto decoded = decodeClinicianCode(text);
    return decoded ? ClinicianCodeError(-1) : decoded.error();
}

std::string clinicianCodeOf(const Address &account, const Bytes &key, bool goodCheck = true)
{
    Bytes body(account.begin(), account.end());
    body.insert(body.end(), key.begin(), key.end());
    Bytes preimage(kClinicianCheckTag.begin(), kClinicianCheckTag.end());
    preimage.insert(preimage.end(), body.begin(), body.end());
    const Hash32 check = keccak256(preimage);
    body.insert(body.end(), check.begin(), check.begin() + 4);
    if (!goodCheck)
        body.back() ^= 1;
    return std::string(kClinicianPrefix) + carnet::core::record::encodeBase64Url(body);
}
} // namespace

class ShareCodesTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void shareCodeRoundTrip()
    {
        for (const BundleMode mode : {BundleMode::Code, BundleMode::Passcode, BundleMode::Named}) {
            for (int i = 0; i < 20; ++i) {
                const ShareCode code = sampleShareCode(mode);
                const std::string text = textOf(encodeShareCode(code));
                QCOMPARE(text.size() - kSharePrefix.size(),
                         mode == BundleMode::Named ? kNamedShareTextSize : kSecretShareTextSize);
                const auto decoded = decodeShareCode(text);
                QVERIFY2(decoded, decoded ? "" : describe(decoded.error()));
                QCOMPARE(decoded->chainId, code.chainId);
                QCOMPARE(decoded->contract, code.contract);
                QCOMPARE(decoded->grantId, code.grantId);
                QCOMPARE(decoded->mode, mode);
                QVERIFY(constantTimeEqual(decoded->shareSecret.view(), code.shareSecret.view()));
                QVERIFY(checkShareNetwork(*decoded, code.chainId, code.contract));
                const auto fromQString = decodeShareCode(QStringLiteral(" \t") + QString::fromStdString(text) + QStringLiteral("\r\n"));
                QVERIFY(fromQString);
                QCOMPARE(fromQString->grantId, code.grantId);
            }
        }
    }

    void shareCodeErrorsInOrder()
    {
        const std::string code = textOf(encodeShareCode(sampleShareCode(BundleMode::Code)));
        const std::string body = code.substr(kSharePrefix.size());
        // Too long, unread: 513 characters, white space included, even around a good code.
        QCOMPARE(shareError(std::string(513, 'A')), ShareCodeError::TooLong);
        QCOMPARE(shareError(code + std::string(513 - code.size(), ' ')), ShareCodeError::TooLong);
        QVERIFY(decodeShareCode(code + std::string(512 - code.size(), ' ')));
        QCOMPARE(decodeShareCode(QString(513, QLatin1Char(' '))).error(), ShareCodeError::TooLong);
        // Prefix and version.
        QCOMPARE(shareError(""), ShareCodeError::WrongPrefix);
        QCOMPARE(shareError(body), ShareCodeError::WrongPrefix);
        QCOMPARE(shareError("Carnet-share:v1:" + body), ShareCodeError::WrongPrefix);
        QCOMPARE(shareError("carnet-connect:v1:" + body), ShareCodeError::WrongPrefix);
        QCOMPARE(shareError("carnet-share:v2:" + body), ShareCodeError::UnsupportedVersion);
        QCOMPARE(shareError("carnet-share:V1:" + body), ShareCodeError::UnsupportedVersion);
        QCOMPARE(shareError("carnet-share:"), ShareCodeError::UnsupportedVersion);
        // Base64url.
        QCOMPARE(shareError(code + "="), ShareCodeError::BadBase64url);
        QCOMPARE(shareError(code.substr(0, 40) + "+" + code.substr(41)), ShareCodeError::BadBase64url);
        QCOMPARE(shareError(code.substr(0, 40) + " " + code.substr(41)), ShareCodeError::BadBase64url);
        QCOMPARE(shareError(code.substr(0, 40) + std::string("\0", 1) + code.substr(41)), ShareCodeError::BadBase64url);
        QCOMPARE(shareError(code + "AAA"), ShareCodeError::BadBase64url); // 133 characters: 1 mod 4
        QCOMPARE(shareError(code.substr(0, code.size() - 1) + "B"), ShareCodeError::BadBase64url); // a stray unused bit
        // Length, mode, the two together, then the check.
        QCOMPARE(shareError("carnet-share:v1:"), ShareCodeError::WrongLength);
        QCOMPARE(shareError(code.substr(0, code.size() - 2)), ShareCodeError::WrongLength);
        QCOMPARE(shareError(shareCodeOf(bodyOf(0, true))), ShareCodeError::UnknownMode);
        QCOMPARE(shareError(shareCodeOf(bodyOf(4, false))), ShareCodeError::UnknownMode);
        QCOMPARE(shareError(shareCodeOf(bodyOf(0xFF, true), false)), ShareCodeError::UnknownMode); // before the check
        QCOMPARE(shareError(shareCodeOf(bodyOf(1, false))), ShareCodeError::LengthModeMismatch);
        QCOMPARE(shareError(shareCodeOf(bodyOf(2, false))), ShareCodeError::LengthModeMismatch);
        QCOMPARE(shareError(shareCodeOf(bodyOf(3, true))), ShareCodeError::LengthModeMismatch);
        QCOMPARE(shareError(shareCodeOf(bodyOf(1, true), false)), ShareCodeError::BadCheck);
        QCOMPARE(shareError(shareCodeOf(bodyOf(3, false), false)), ShareCodeError::BadCheck);
        QVERIFY(decodeShareCode(shareCodeOf(bodyOf(2, true))));
        QVERIFY(decodeShareCode(shareCodeOf(bodyOf(3, false))));
    }

    void shareCodeNetwork()
    {
        const ShareCode code = sampleShareCode(BundleMode::Named);
        QVERIFY(checkShareNetwork(code, code.chainId, code.contract));
        QCOMPARE(checkShareNetwork(code, code.chainId + 1, code.contract).error(), ShareCodeError::WrongNetwork);
        Address other = code.contract;
        other[19] ^= 1;
        QCOMPARE(checkShareNetwork(code, code.chainId, other).error(), ShareCodeError::WrongNetwork);
    }

    void everyShareCodeTypoIsCaught()
    {
        for (const BundleMode mode : {BundleMode::Passcode, BundleMode::Named}) {
            const std::string code = textOf(encodeShareCode(sampleShareCode(mode)));
            // Characters 80 and 81 hold the mode's bits; the last one has unused bits (4 or 2).
            const std::size_t modeAt = kSharePrefix.size() + 80;
            std::size_t atCheck = 0;
            for (std::size_t i = kSharePrefix.size(); i < code.size(); ++i) {
                for (const char c : kAlphabet) {
                    if (c == code[i])
                        continue;
                    std::string typo = code;
                    typo[i] = c;
                    const ShareCodeError e = shareError(typo);
                    QVERIFY2(e != ShareCodeError(-1), qPrintable(QStringLiteral("position %1 accepted").arg(i)));
                    if (i != modeAt && i != modeAt + 1 && i + 1 != code.size()) {
                        QVERIFY2(e == ShareCodeError::BadCheck, qPrintable(QStringLiteral("position %1").arg(i)));
                        ++atCheck;
                    }
                }
                if (i + 1 < code.size() && code[i] != code[i + 1]) {
                    std::string swapped = code;
                    std::swap(swapped[i], swapped[i + 1]);
                    QVERIFY(!decodeShareCode(swapped));
                }
                std::string dropped = code;
                dropped.erase(i, 1);
                QVERIFY(!decodeShareCode(dropped));
            }
            QCOMPARE(atCheck, (code.size() - kSharePrefix.size() - 3) * 63);
        }
    }

    void clinicianCodeRoundTripAndErrors()
    {
        for (int i = 0; i < 20; ++i) {
            const PublicKey key = PrivateKey::generate().publicKey();
            const Address account = addressOf(PrivateKey::generate().publicKey());
            const std::string code = encodeClinicianCode(account, key);
            QCOMPARE(code.size() - kClinicianPrefix.size(), kClinicianTextSize);
            const auto decoded = decodeClinicianCode(QStringLiteral("\n") + QString::fromStdString(code) + QStringLiteral(" "));
            QVERIFY2(decoded, decoded ? "" : describe(decoded.error()));
            QCOMPARE(decoded->account, account);
            QVERIFY(decoded->encryptionKey == key);
        }
        const PublicKey key = PrivateKey::generate().publicKey();
        const auto c = key.compressed();
        const Bytes compressed(c.begin(), c.end());
        const Address account = addressOf(key);
        const std::string code = clinicianCodeOf(account, compressed);
        QCOMPARE(code, encodeClinicianCode(account, key));
        const std::string body = code.substr(kClinicianPrefix.size());
        QCOMPARE(clinicianError(""), ClinicianCodeError::WrongPrefix);
        QCOMPARE(clinicianError("carnet-share:v1:" + body), ClinicianCodeError::WrongPrefix);
        QCOMPARE(clinicianError("carnet-clinician:v2:" + body), ClinicianCodeError::UnsupportedVersion);
        QCOMPARE(clinicianError(code + "="), ClinicianCodeError::BadBase64url);
        QCOMPARE(clinicianError(code.substr(0, 30) + " " + code.substr(31)), ClinicianCodeError::BadBase64url);
        QCOMPARE(clinicianError(code + "AA"), ClinicianCodeError::WrongLength);
        QCOMPARE(clinicianError(code.substr(0, code.size() - 4)), ClinicianCodeError::WrongLength);
        QCOMPARE(clinicianError(clinicianCodeOf(account, compressed, false)), ClinicianCodeError::BadCheck);
        Bytes offCurve(33, 0);
        offCurve[0] = 0x02;
        offCurve[32] = 5;
        QCOMPARE(clinicianError(clinicianCodeOf(account, offCurve)), ClinicianCodeError::InvalidKey);
        Bytes uncompressedMark = compressed;
        uncompressedMark[0] = 0x04;
        QCOMPARE(clinicianError(clinicianCodeOf(account, uncompressedMark)), ClinicianCodeError::InvalidKey);
    }

    void everyClinicianTypoIsCaught()
    {
        const std::string code = encodeClinicianCode(addressOf(PrivateKey::generate().publicKey()),
                                                     PrivateKey::generate().publicKey());
        std::size_t tried = 0;
        for (std::size_t i = kClinicianPrefix.size(); i < code.size(); ++i) {
            for (const char c : kAlphabet) {
                if (c == code[i])
                    continue;
                std::string typo = code;
                typo[i] = c;
                // 57 bytes = 76 × 6 bits: no unused bits, every typo reaches the check.
                QVERIFY2(clinicianError(typo) == ClinicianCodeError::BadCheck, qPrintable(QStringLiteral("position %1").arg(i)));
                ++tried;
            }
            if (i + 1 < code.size() && code[i] != code[i + 1]) {
                std::string swapped = code;
                std::swap(swapped[i], swapped[i + 1]);
                QCOMPARE(clinicianError(swapped), ClinicianCodeError::BadCheck);
            }
        }
        QCOMPARE(tried, std::size_t {76 * 63});
    }

    void descriptionsNameEachError()
    {
        std::vector<std::string_view> seen;
        for (int e = 0; e <= static_cast<int>(ShareCodeError::WrongNetwork); ++e)
            seen.push_back(describe(static_cast<ShareCodeError>(e)));
        for (int e = 0; e <= static_cast<int>(ClinicianCodeError::InvalidKey); ++e)
            seen.push_back(describe(static_cast<ClinicianCodeError>(e)));
        for (std::size_t i = 0; i < seen.size(); ++i) {
            QVERIFY(!seen[i].empty() && seen[i] != "unknown");
            QVERIFY(std::count(seen.begin(), seen.end(), seen[i]) == 1);
        }
    }
};

QTEST_GUILESS_MAIN(ShareCodesTest)
#include "tst_share_codes.moc"
