// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/kdf.h"

#include "crypto/misuse.h"

#include <botan/argon2.h>
#include <botan/kdf.h>
#include <botan/pwdhash.h>

#include <exception>

namespace carnet::crypto {
namespace {

constexpr std::size_t kSha256Size = 32;
constexpr std::size_t kHkdfMaxOutput = 255 * kSha256Size;
constexpr std::size_t kArgon2MinSalt = 8;
constexpr std::size_t kArgon2MinOutput = 4;
// Botan 2.19 computes at most 128 lanes and addresses at most 8 GiB; RFC 9106 allows more, but
// no parameter set Carnet writes comes near either bound.
constexpr std::uint32_t kArgon2MaxParallelism = 128;
constexpr std::uint32_t kArgon2MaxMemoryKiB = 8U * 1024U * 1024U;
constexpr std::uint8_t kArgon2idVariant = 2;

} // namespace

SecureBuffer hkdfSha256(ByteView ikm, ByteView salt, ByteView info, std::size_t outLength)
{
    if (outLength == 0 || outLength > kHkdfMaxOutput) {
        reportIllegalArgument("hkdfSha256: output length must be 1 .. 255*32 bytes");
        return {};
    }
    try {
        const auto kdf = Botan::KDF::create_or_throw("HKDF(SHA-256)");
        SecureBuffer out(outLength);
        // Botan's HKDF: "secret" is the IKM, "salt" the extract salt, "label" the expand info.
        kdf->kdf(out.data(), out.size(), ikm.data(), ikm.size(), salt.data(), salt.size(), info.data(),
                 info.size());
        return out;
    } catch (const std::exception &) {
        return {};
    }
}

SecureBuffer pbkdf2Sha512(ByteView password, ByteView salt, std::uint32_t iterations, std::size_t outLength)
{
    if (iterations == 0) {
        reportIllegalArgument("pbkdf2Sha512: iterations must be at least 1");
        return {};
    }
    if (outLength == 0) {
        reportIllegalArgument("pbkdf2Sha512: output length must be at least 1");
        return {};
    }
    try {
        const auto family = Botan::PasswordHashFamily::create_or_throw("PBKDF2(SHA-512)");
        const auto pbkdf2 = family->from_iterations(iterations);
        SecureBuffer out(outLength);
        pbkdf2->derive_key(out.data(), out.size(), reinterpret_cast<const char *>(password.data()),
                           password.size(), salt.data(), salt.size());
        return out;
    } catch (const std::exception &) {
        return {};
    }
}

SecureBuffer argon2id(ByteView password, ByteView salt, const Argon2Params &params, std::size_t outLength,
                      ByteView secret, ByteView associatedData)
{
    if (salt.size() < kArgon2MinSalt) {
        reportIllegalArgument("argon2id: salt must be at least 8 bytes");
        return {};
    }
    if (params.parallelism < 1 || params.parallelism > kArgon2MaxParallelism) {
        reportIllegalArgument("argon2id: parallelism must be 1 .. 128");
        return {};
    }
    if (params.memoryKiB < 8ULL * params.parallelism || params.memoryKiB > kArgon2MaxMemoryKiB) {
        reportIllegalArgument("argon2id: memory must be 8*parallelism KiB .. 8 GiB");
        return {};
    }
    if (params.iterations < 1) {
        reportIllegalArgument("argon2id: iterations must be at least 1");
        return {};
    }
    if (outLength < kArgon2MinOutput) {
        reportIllegalArgument("argon2id: output length must be at least 4 bytes");
        return {};
    }
    try {
        SecureBuffer out(outLength);
        Botan::argon2(out.data(), out.size(), reinterpret_cast<const char *>(password.data()), password.size(),
                      salt.data(), salt.size(), secret.data(), secret.size(), associatedData.data(),
                      associatedData.size(), kArgon2idVariant, params.parallelism, params.memoryKiB,
                      params.iterations);
        return out;
    } catch (const std::exception &) {
        // Out of memory for the requested cost: the caller sees the same empty result.
        return {};
    }
}

} // namespace carnet::crypto
