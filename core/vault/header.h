// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// vault.header: the wrapped data key and the Argon2id parameters that unwrap it.
//
// Layout (version 1, 166 bytes, integers big-endian; docs/VAULT.md has the full table):
//   0  magic "CARNET-VAULT" (12)   12 version u16   14 m KiB u32   18 t u32   22 p u32
//   26 vault id (16)   42 salt (32)   74 nonce (12)   86 wrapped data key (32 + 16 tag)
//   134 SHA-256 of bytes [0, 134)
// Bytes [0, 86) are the AEAD associated data, so every field is authenticated by the key wrap;
// the trailing checksum lets accidental damage be told apart from a wrong passphrase before any
// KDF runs. The checksum always covers "everything but the last 32 bytes", whatever the version,
// so a damaged version field is reported as damage, not as an unknown version.
#include "core/vault/vaulterror.h"
#include "crypto/kdf.h"

namespace carnet::core {

inline constexpr char kVaultMagic[] = "CARNET-VAULT";
inline constexpr std::size_t kVaultMagicSize = 12;
inline constexpr std::uint16_t kVaultHeaderVersion = 1;
inline constexpr std::size_t kVaultHeaderSize = 166;
inline constexpr std::size_t kVaultHeaderAdSize = 86;
inline constexpr std::size_t kVaultDataKeySize = 32;
/** The floor: RFC 9106 "second recommended" memory and passes. */
inline constexpr crypto::Argon2Params kArgon2Floor{65536, 3, 1};
/** Upper bounds: anything above is not a header we wrote (4 GiB, 64 passes, 16 lanes). */
inline constexpr crypto::Argon2Params kArgon2Ceiling{4u * 1024 * 1024, 64, 16};

/** True when every parameter is at or above the floor. */
bool meetsFloor(const crypto::Argon2Params &params) noexcept;

struct VaultHeader
{
    std::uint16_t version = kVaultHeaderVersion;
    crypto::Argon2Params params;
    std::array<std::uint8_t, 16> vaultId{};
    std::array<std::uint8_t, 32> salt{};
    std::array<std::uint8_t, 12> nonce{};
    std::array<std::uint8_t, kVaultDataKeySize + 16> wrappedKey{};

    /** Bytes [0, 86): what the key wrap authenticates. */
    crypto::Bytes associatedData() const;
    /** The full 166-byte file, checksum included. */
    crypto::Bytes serialize() const;

    /** Parses a header file.
     *  Errors: Damaged (bad magic, size, checksum, parameters above the ceiling),
     *          UnsupportedVersion (intact header of another version),
     *          WeakParameters (intact header whose parameters are below the floor). */
    static VaultResult<VaultHeader> parse(crypto::ByteView file);
};

} // namespace carnet::core
