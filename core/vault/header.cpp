// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/header.h"

#include "crypto/hash.h"

#include <algorithm>
#include <cstring>

namespace carnet::core {
namespace {

void putU16(crypto::Bytes &out, std::uint16_t v)
{
    out.push_back(static_cast<std::uint8_t>(v >> 8));
    out.push_back(static_cast<std::uint8_t>(v));
}

void putU32(crypto::Bytes &out, std::uint32_t v)
{
    for (int shift = 24; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(v >> shift));
}

std::uint32_t getU32(crypto::ByteView in, std::size_t at)
{
    return (std::uint32_t{in[at]} << 24) | (std::uint32_t{in[at + 1]} << 16) | (std::uint32_t{in[at + 2]} << 8)
        | std::uint32_t{in[at + 3]};
}

template <std::size_t N>
void copyOut(std::array<std::uint8_t, N> &out, crypto::ByteView in, std::size_t at)
{
    std::copy_n(in.begin() + static_cast<std::ptrdiff_t>(at), N, out.begin());
}

} // namespace

bool meetsFloor(const crypto::Argon2Params &params) noexcept
{
    return params.memoryKiB >= kArgon2Floor.memoryKiB && params.iterations >= kArgon2Floor.iterations
        && params.parallelism >= kArgon2Floor.parallelism;
}

crypto::Bytes VaultHeader::associatedData() const
{
    crypto::Bytes out;
    out.reserve(kVaultHeaderSize);
    out.insert(out.end(), kVaultMagic, kVaultMagic + kVaultMagicSize);
    putU16(out, version);
    putU32(out, params.memoryKiB);
    putU32(out, params.iterations);
    putU32(out, params.parallelism);
    out.insert(out.end(), vaultId.begin(), vaultId.end());
    out.insert(out.end(), salt.begin(), salt.end());
    out.insert(out.end(), nonce.begin(), nonce.end());
    return out;
}

crypto::Bytes VaultHeader::serialize() const
{
    crypto::Bytes out = associatedData();
    out.insert(out.end(), wrappedKey.begin(), wrappedKey.end());
    const crypto::Hash32 checksum = crypto::sha256(out);
    out.insert(out.end(), checksum.begin(), checksum.end());
    return out;
}

VaultResult<VaultHeader> VaultHeader::parse(crypto::ByteView file)
{
    // Framing first: magic, then the checksum over everything but the last 32 bytes.
    if (file.size() < kVaultMagicSize + 2 + 32 || std::memcmp(file.data(), kVaultMagic, kVaultMagicSize) != 0)
        return fail(VaultError::Damaged);
    const crypto::ByteView body = file.first(file.size() - 32);
    const crypto::Hash32 expected = crypto::sha256(body);
    if (!crypto::constantTimeEqual(expected, file.last(32)))
        return fail(VaultError::Damaged);

    VaultHeader header;
    header.version = static_cast<std::uint16_t>((file[12] << 8) | file[13]);
    if (header.version != kVaultHeaderVersion)
        return fail(VaultError::UnsupportedVersion);
    if (file.size() != kVaultHeaderSize)
        return fail(VaultError::Damaged);

    header.params.memoryKiB = getU32(file, 14);
    header.params.iterations = getU32(file, 18);
    header.params.parallelism = getU32(file, 22);
    copyOut(header.vaultId, file, 26);
    copyOut(header.salt, file, 42);
    copyOut(header.nonce, file, 74);
    copyOut(header.wrappedKey, file, 86);

    const crypto::Argon2Params &p = header.params;
    if (p.memoryKiB > kArgon2Ceiling.memoryKiB || p.iterations > kArgon2Ceiling.iterations
        || p.parallelism > kArgon2Ceiling.parallelism)
        return fail(VaultError::Damaged);
    if (!meetsFloor(p))
        return fail(VaultError::WeakParameters);
    return header;
}

} // namespace carnet::core
