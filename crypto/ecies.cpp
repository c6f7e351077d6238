// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/ecies.h"

#include "crypto/aead.h"
#include "crypto/kdf.h"
#include "crypto/random.h"

namespace carnet::crypto {
namespace {

constexpr std::size_t kPublicKeySize = 33;
constexpr std::size_t kHeaderSize = 1 + kPublicKeySize + kAeadNonceSize; // version ‖ ephemeral ‖ nonce
constexpr std::string_view kInfo = "carnet/ecies/v1";

static_assert(kEciesOverhead == kHeaderSize + kAeadTagSize);

// k = HKDF-SHA256(ikm = shared x, salt = ephemeral pub ‖ recipient pub, info = "carnet/ecies/v1", 32).
SecureBuffer deriveKey(const SecureBuffer &sharedX, ByteView ephemeralPub, ByteView recipientPub)
{
    Bytes salt;
    salt.reserve(2 * kPublicKeySize);
    salt.insert(salt.end(), ephemeralPub.begin(), ephemeralPub.end());
    salt.insert(salt.end(), recipientPub.begin(), recipientPub.end());
    return hkdfSha256(sharedX.view(), salt, asBytes(kInfo), kAeadKeySize);
}

// AAD = the 46-byte header ‖ the caller's context.
Bytes associatedData(ByteView header, ByteView context)
{
    Bytes aad;
    aad.reserve(header.size() + context.size());
    aad.insert(aad.end(), header.begin(), header.end());
    aad.insert(aad.end(), context.begin(), context.end());
    return aad;
}

} // namespace

Bytes eciesSeal(const PublicKey &recipient, ByteView plaintext, ByteView context)
{
    const PrivateKey ephemeral = PrivateKey::generate();
    const Bytes nonce = randomBytes(kAeadNonceSize);
    return eciesSealWith(recipient, plaintext, context, ephemeral, nonce);
}

Bytes eciesSealWith(const PublicKey &recipient, ByteView plaintext, ByteView context, const PrivateKey &ephemeral,
                    ByteView nonce)
{
    if (nonce.size() != kAeadNonceSize)
        return {};
    const std::array<std::uint8_t, 33> ephemeralPub = ephemeral.publicKey().compressed();
    const std::array<std::uint8_t, 33> recipientPub = recipient.compressed();
    const SecureBuffer sharedX = ecdhSharedX(ephemeral, recipient);
    if (sharedX.empty())
        return {};
    const SecureBuffer key = deriveKey(sharedX, ephemeralPub, recipientPub);
    if (key.empty())
        return {};

    Bytes box;
    box.reserve(plaintext.size() + kEciesOverhead);
    box.push_back(kEciesVersion);
    box.insert(box.end(), ephemeralPub.begin(), ephemeralPub.end());
    box.insert(box.end(), nonce.begin(), nonce.end());

    const Bytes sealed = aeadSeal(key.view(), nonce, plaintext, associatedData(box, context));
    if (sealed.size() != plaintext.size() + kAeadTagSize)
        return {};
    box.insert(box.end(), sealed.begin(), sealed.end());
    return box;
}

std::optional<SecureBuffer> eciesOpen(const PrivateKey &recipient, ByteView sealed, ByteView context)
{
    if (sealed.size() < kEciesOverhead || sealed[0] != kEciesVersion)
        return std::nullopt;
    const ByteView header = sealed.first(kHeaderSize);
    const ByteView ephemeralPub = sealed.subspan(1, kPublicKeySize);
    const ByteView nonce = sealed.subspan(1 + kPublicKeySize, kAeadNonceSize);
    const ByteView ciphertext = sealed.subspan(kHeaderSize);

    // Only the 33-byte compressed form fits here; parse() rejects anything else of that length
    // (a bad prefix, x >= p, or an x with no point on the curve).
    const std::optional<PublicKey> ephemeral = PublicKey::parse(ephemeralPub);
    if (!ephemeral)
        return std::nullopt;
    const SecureBuffer sharedX = ecdhSharedX(recipient, *ephemeral);
    if (sharedX.empty())
        return std::nullopt;
    const std::array<std::uint8_t, 33> recipientPub = recipient.publicKey().compressed();
    const SecureBuffer key = deriveKey(sharedX, ephemeralPub, recipientPub);
    if (key.empty())
        return std::nullopt;
    return aeadOpen(key.view(), nonce, ciphertext, associatedData(header, context));
}

} // namespace carnet::crypto
