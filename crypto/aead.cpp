// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/aead.h"

#include "crypto/misuse.h"

#include <botan/aead.h>
#include <botan/secmem.h>

#include <exception>
#include <memory>

namespace carnet::crypto {
namespace {

bool checkKeyAndNonce(const char *keyError, const char *nonceError, ByteView key, ByteView nonce)
{
    if (key.size() != kAeadKeySize) {
        reportIllegalArgument(keyError);
        return false;
    }
    if (nonce.size() != kAeadNonceSize) {
        reportIllegalArgument(nonceError);
        return false;
    }
    return true;
}

std::unique_ptr<Botan::AEAD_Mode> makeGcm(Botan::Cipher_Dir direction, ByteView key, ByteView nonce,
                                          ByteView associatedData)
{
    auto gcm = Botan::AEAD_Mode::create_or_throw("AES-256/GCM", direction);
    gcm->set_key(key.data(), key.size());
    gcm->set_associated_data(associatedData.data(), associatedData.size());
    gcm->start(nonce.data(), nonce.size());
    return gcm;
}

} // namespace

Bytes aeadSeal(ByteView key, ByteView nonce, ByteView plaintext, ByteView associatedData)
{
    if (!checkKeyAndNonce("aeadSeal: key must be 32 bytes", "aeadSeal: nonce must be 12 bytes", key, nonce))
        return {};
    try {
        const auto gcm = makeGcm(Botan::ENCRYPTION, key, nonce, associatedData);
        // The plaintext is encrypted in place, so the working buffer is secure memory.
        Botan::secure_vector<std::uint8_t> buffer(plaintext.begin(), plaintext.end());
        gcm->finish(buffer);
        return Bytes(buffer.begin(), buffer.end());
    } catch (const std::exception &) {
        return {};
    }
}

std::optional<SecureBuffer> aeadOpen(ByteView key, ByteView nonce, ByteView sealed, ByteView associatedData)
{
    if (!checkKeyAndNonce("aeadOpen: key must be 32 bytes", "aeadOpen: nonce must be 12 bytes", key, nonce))
        return std::nullopt;
    if (sealed.size() < kAeadTagSize)
        return std::nullopt;
    try {
        const auto gcm = makeGcm(Botan::DECRYPTION, key, nonce, associatedData);
        Botan::secure_vector<std::uint8_t> buffer(sealed.begin(), sealed.end());
        // finish() checks the tag (in constant time) and throws Invalid_Authentication_Tag on a
        // mismatch; the secure_vector wipes whatever it decrypted on the way out.
        gcm->finish(buffer);
        return SecureBuffer::copyOf(buffer);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace carnet::crypto
