// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/aead.h"

#include "crypto/misuse.h"

#include <botan/aead.h>
#include <botan/secmem.h>

#include <cstring>
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

// Botan's finish() wants a secure_vector, and copying megabytes through a custom allocator is slow
// in unoptimised builds. So the bulk is processed in place in the caller-visible buffer and only
// the short tail (less than one update granule) plus the tag goes through finish().
std::size_t bulkSize(const Botan::AEAD_Mode &mode, std::size_t size)
{
    const std::size_t granule = mode.update_granularity();
    return size - size % granule;
}

} // namespace

Bytes aeadSeal(ByteView key, ByteView nonce, ByteView plaintext, ByteView associatedData)
{
    if (!checkKeyAndNonce("aeadSeal: key must be 32 bytes", "aeadSeal: nonce must be 12 bytes", key, nonce))
        return {};
    try {
        const auto gcm = makeGcm(Botan::ENCRYPTION, key, nonce, associatedData);
        Bytes out(plaintext.size() + kAeadTagSize);
        const std::size_t bulk = bulkSize(*gcm, plaintext.size());
        if (bulk > 0) {
            std::memcpy(out.data(), plaintext.data(), bulk);
            gcm->process(out.data(), bulk); // encrypted in place: `out` only ever holds ciphertext after this
        }
        Botan::secure_vector<std::uint8_t> tail(plaintext.begin() + static_cast<std::ptrdiff_t>(bulk), plaintext.end());
        gcm->finish(tail); // the last partial granule, then the tag
        if (tail.size() != out.size() - bulk)
            return {};
        std::memcpy(out.data() + bulk, tail.data(), tail.size());
        return out;
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
        const std::size_t ciphertextSize = sealed.size() - kAeadTagSize;
        // Decrypted in place into secure memory, which is wiped and freed (never returned) when the
        // tag check below fails.
        SecureBuffer out(ciphertextSize);
        const std::size_t bulk = bulkSize(*gcm, ciphertextSize);
        if (bulk > 0) {
            std::memcpy(out.data(), sealed.data(), bulk);
            gcm->process(out.data(), bulk);
        }
        Botan::secure_vector<std::uint8_t> tail(sealed.begin() + static_cast<std::ptrdiff_t>(bulk), sealed.end());
        // finish() checks the tag in constant time and throws Invalid_Authentication_Tag on a mismatch.
        gcm->finish(tail);
        if (tail.size() != ciphertextSize - bulk)
            return std::nullopt;
        if (!tail.empty())
            std::memcpy(out.data() + bulk, tail.data(), tail.size());
        return out;
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

} // namespace carnet::crypto
