// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/hash.h"

#include <botan/hash.h>
#include <botan/mac.h>

#include <cstring>

namespace carnet::crypto {
namespace {

template <std::size_t N>
std::array<std::uint8_t, N> digest(const char *algorithm, ByteView data)
{
    const auto hash = Botan::HashFunction::create_or_throw(algorithm);
    hash->update(data.data(), data.size());
    std::array<std::uint8_t, N> out{};
    hash->final(out.data());
    return out;
}

void mac(const char *algorithm, ByteView key, ByteView data, std::uint8_t *out)
{
    const auto hmac = Botan::MessageAuthenticationCode::create_or_throw(algorithm);
    hmac->set_key(key.data(), key.size());
    hmac->update(data.data(), data.size());
    hmac->final(out);
}

} // namespace

Hash32 keccak256(ByteView data)
{
    // Ethereum's Keccak-256 is the pre-FIPS padding: "Keccak-1600(256)", not "SHA-3(256)". One
    // object per thread: a sync hashes every entry several times, and creating the object by name
    // cost as much as hashing ~1 KB. final() resets it for the next call.
    thread_local const auto hash = Botan::HashFunction::create_or_throw("Keccak-1600(256)");
    hash->update(data.data(), data.size());
    Hash32 out{};
    hash->final(out.data());
    return out;
}

Hash32 sha256(ByteView data)
{
    return digest<32>("SHA-256", data);
}

std::array<std::uint8_t, 20> ripemd160(ByteView data)
{
    return digest<20>("RIPEMD-160", data);
}

Hash32 hmacSha256(ByteView key, ByteView data)
{
    Hash32 out{};
    mac("HMAC(SHA-256)", key, data, out.data());
    return out;
}

SecureBuffer hmacSha512(ByteView key, ByteView data)
{
    SecureBuffer out(64);
    mac("HMAC(SHA-512)", key, data, out.data());
    return out;
}

} // namespace carnet::crypto
