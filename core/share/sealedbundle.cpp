// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/sealedbundle.h"
#include "core/share/bytesio.h"
#include "crypto/aead.h"
#include "crypto/random.h"

#include <algorithm>

namespace carnet::core::share {

namespace {
crypto::Bytes sealedKeyContext(const GrantId &grantId)
{
    crypto::Bytes context(kSealedKeyContext.begin(), kSealedKeyContext.end());
    context.insert(context.end(), grantId.begin(), grantId.end());
    return context;
}

// mode ‖ [sealedKey] ‖ nonce ‖ AES-256-GCM(bundleKey, plaintext) ‖ tag.
crypto::Bytes sealWith(BundleMode mode, crypto::ByteView bundleKey, crypto::ByteView sealedKey,
                       crypto::ByteView plaintext, const BundleContext &context)
{
    const crypto::Bytes nonce = crypto::randomBytes(crypto::kAeadNonceSize);
    const crypto::Bytes sealed = crypto::aeadSeal(bundleKey, nonce, plaintext, bundleAad(context, mode));
    crypto::Bytes bundle;
    bundle.reserve(1 + sealedKey.size() + nonce.size() + sealed.size());
    bundle.push_back(static_cast<std::uint8_t>(mode));
    bundle.insert(bundle.end(), sealedKey.begin(), sealedKey.end());
    bundle.insert(bundle.end(), nonce.begin(), nonce.end());
    bundle.insert(bundle.end(), sealed.begin(), sealed.end());
    return bundle;
}

// The checks before any key is computed: mode, size.
Result<void, BundleError> checkHeader(BundleMode mode, crypto::ByteView bundle)
{
    if (bundle.empty())
        return fail(BundleError::TooShort);
    if (bundle[0] < 0x01 || bundle[0] > 0x03)
        return fail(BundleError::UnknownMode);
    if (bundle[0] != static_cast<std::uint8_t>(mode))
        return fail(BundleError::WrongMode);
    if (bundle.size() > kMaxBundleBytes)
        return fail(BundleError::TooLarge);
    if (bundle.size() < sealedBundleSize(mode, 0))
        return fail(BundleError::TooShort);
    return {};
}

// Opens the AEAD part of a bundle whose header (mode and sealed key, `headerSize` bytes) is checked.
std::optional<crypto::SecureBuffer> openWith(BundleMode mode, crypto::ByteView bundleKey, crypto::ByteView bundle,
                                             std::size_t headerSize, const BundleContext &context)
{
    const crypto::ByteView nonce = bundle.subspan(headerSize, crypto::kAeadNonceSize);
    const crypto::ByteView sealed = bundle.subspan(headerSize + crypto::kAeadNonceSize);
    return crypto::aeadOpen(bundleKey, nonce, sealed, bundleAad(context, mode));
}
} // namespace

const char *describe(BundleError error)
{
    switch (error) {
    case BundleError::BadPasscode:
        return "a passcode is 4 to 64 characters";
    case BundleError::TooLarge:
        return "the grant's key bundle is too large (more than 64 parts)";
    case BundleError::TooShort:
        return "the grant's encrypted key bundle is too short";
    case BundleError::UnknownMode:
        return "the grant's key bundle is of an unknown kind";
    case BundleError::WrongMode:
        return "the grant's key bundle is not of the kind its share code says";
    case BundleError::WrongPasscode:
        return "wrong passcode (or a damaged key bundle)";
    case BundleError::Damaged:
        return "the grant's key bundle is damaged, or not for this code or key";
    case BundleError::BadParts:
        return "the grant's key bundle parts do not fit together";
    }
    return "unknown";
}

crypto::Bytes bundleAad(const BundleContext &context, BundleMode mode)
{
    crypto::Bytes aad(kBundleAadTag.size() + 8 + 20 + 32 + 1);
    detail::Writer out(aad);
    out.bytes(crypto::asBytes(kBundleAadTag));
    out.u64(context.chainId);
    out.bytes(context.contract);
    out.bytes(context.grantId);
    out.u8(static_cast<std::uint8_t>(mode));
    return aad;
}

Result<crypto::SecureBuffer, BundleError> passcodeBytes(const QString &passcode)
{
    QString normalized = passcode.normalized(QString::NormalizationForm_C);
    std::size_t codePoints = 0;
    bool valid = true;
    for (qsizetype i = 0; i < normalized.size(); ++i, ++codePoints) {
        const QChar c = normalized.at(i);
        if (c.isHighSurrogate() && i + 1 < normalized.size() && normalized.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            valid = false;
    }
    QByteArray utf8 = normalized.toUtf8();
    crypto::SecureBuffer bytes = crypto::SecureBuffer::copyOf(crypto::asBytes({utf8.constData(), static_cast<std::size_t>(utf8.size())}));
    crypto::secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    // A normalization that changed nothing shares the caller's text; one that did is ours to wipe.
    if (normalized.constData() != passcode.constData())
        crypto::secureWipe(normalized.data(), static_cast<std::size_t>(normalized.size()) * sizeof(QChar));
    if (!valid || codePoints < kMinPasscodeLength || codePoints > kMaxPasscodeLength)
        return fail(BundleError::BadPasscode);
    return bytes;
}

Result<crypto::SecureBuffer, BundleError> codeBundleKey(BundleMode mode, const GrantId &grantId,
                                                        crypto::ByteView shareSecret, const QString &passcode)
{
    assert(shareSecret.size() == kShareSecretSize);
    assert(mode == BundleMode::Code || mode == BundleMode::Passcode);
    if (mode == BundleMode::Code)
        return crypto::hkdfSha256(shareSecret, grantId, crypto::asBytes(kCodeKeyInfo), kBundleKeySize);
    const auto bytes = passcodeBytes(passcode);
    if (!bytes)
        return fail(bytes.error());
    const crypto::SecureBuffer hash = crypto::argon2id(bytes->view(), grantId, kPasscodeArgon2, kPasscodeHashSize);
    assert(hash.size() == kPasscodeHashSize);
    crypto::SecureBuffer ikm(kShareSecretSize + kPasscodeHashSize);
    std::copy(shareSecret.begin(), shareSecret.end(), ikm.data());
    std::copy(hash.view().begin(), hash.view().end(), ikm.data() + kShareSecretSize);
    return crypto::hkdfSha256(ikm.view(), grantId, crypto::asBytes(kPasscodeKeyInfo), kBundleKeySize);
}

Result<crypto::Bytes, BundleError> sealCodeBundle(BundleMode mode, crypto::ByteView plaintext,
                                                  const BundleContext &context, crypto::ByteView shareSecret,
                                                  const QString &passcode)
{
    if (mode == BundleMode::Named)
        return fail(BundleError::WrongMode);
    if (sealedBundleSize(mode, plaintext.size()) > kMaxBundleBytes)
        return fail(BundleError::TooLarge);
    const auto key = codeBundleKey(mode, context.grantId, shareSecret, passcode);
    if (!key)
        return fail(key.error());
    return sealWith(mode, key->view(), {}, plaintext, context);
}

Result<crypto::Bytes, BundleError> sealNamedBundle(crypto::ByteView plaintext, const BundleContext &context,
                                                   const crypto::PublicKey &clinicianKey)
{
    if (sealedBundleSize(BundleMode::Named, plaintext.size()) > kMaxBundleBytes)
        return fail(BundleError::TooLarge);
    const crypto::SecureBuffer bundleKey = crypto::randomSecret(kBundleKeySize);
    const crypto::Bytes sealedKey = crypto::eciesSeal(clinicianKey, bundleKey.view(), sealedKeyContext(context.grantId));
    assert(sealedKey.size() == kSealedKeySize);
    return sealWith(BundleMode::Named, bundleKey.view(), sealedKey, plaintext, context);
}

Result<crypto::SecureBuffer, BundleError> openCodeBundle(BundleMode mode, crypto::ByteView bundle,
                                                         const BundleContext &context, crypto::ByteView shareSecret,
                                                         const QString &passcode)
{
    if (mode == BundleMode::Named)
        return fail(BundleError::WrongMode);
    if (const auto header = checkHeader(mode, bundle); !header)
        return fail(header.error());
    const auto key = codeBundleKey(mode, context.grantId, shareSecret, passcode);
    if (!key)
        return fail(key.error());
    auto plaintext = openWith(mode, key->view(), bundle, 1, context);
    if (!plaintext)
        return fail(mode == BundleMode::Passcode ? BundleError::WrongPasscode : BundleError::Damaged);
    return std::move(*plaintext);
}

Result<crypto::SecureBuffer, BundleError> openNamedBundle(crypto::ByteView bundle, const BundleContext &context,
                                                          const crypto::PrivateKey &clinicianKey)
{
    if (const auto header = checkHeader(BundleMode::Named, bundle); !header)
        return fail(header.error());
    const auto bundleKey = crypto::eciesOpen(clinicianKey, bundle.subspan(1, kSealedKeySize),
                                             sealedKeyContext(context.grantId));
    if (!bundleKey || bundleKey->size() != kBundleKeySize)
        return fail(BundleError::Damaged);
    auto plaintext = openWith(BundleMode::Named, bundleKey->view(), bundle, 1 + kSealedKeySize, context);
    if (!plaintext)
        return fail(BundleError::Damaged);
    return std::move(*plaintext);
}

Result<std::vector<crypto::Bytes>, BundleError> splitParts(crypto::ByteView bundle)
{
    if (bundle.empty())
        return fail(BundleError::BadParts);
    if (bundle.size() > kMaxBundleBytes)
        return fail(BundleError::TooLarge);
    std::vector<crypto::Bytes> parts;
    parts.reserve(partCount(bundle.size()));
    for (std::size_t at = 0; at < bundle.size(); at += kPartBytes) {
        const crypto::ByteView part = bundle.subspan(at, std::min(kPartBytes, bundle.size() - at));
        parts.emplace_back(part.begin(), part.end());
    }
    return parts;
}

Result<crypto::Bytes, BundleError> joinParts(const std::vector<crypto::Bytes> &parts)
{
    if (parts.empty() || parts.size() > kMaxParts)
        return fail(BundleError::BadParts);
    crypto::Bytes bundle;
    bundle.reserve(parts.size() * kPartBytes);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const bool last = i + 1 == parts.size();
        if (parts[i].empty() || parts[i].size() > kPartBytes || (!last && parts[i].size() != kPartBytes))
            return fail(BundleError::BadParts);
        bundle.insert(bundle.end(), parts[i].begin(), parts[i].end());
    }
    return bundle;
}

} // namespace carnet::core::share
