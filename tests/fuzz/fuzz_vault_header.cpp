// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the vault header (core/vault/header.h, docs/VAULT.md "vault.header, version 1"). Any bytes
// go to VaultHeader::parse twice: as given, and with their last 32 bytes replaced by the SHA-256 of the
// rest, so the fuzzer gets past the checksum to the version, length and Argon2id parameter checks.
// Properties: the verdict is the one the documented parsing order gives for those bytes (restated here
// from docs/VAULT.md, not from header.cpp); an accepted header is 166 bytes, re-serialises to exactly the
// input, has parameters between the floor and the ceiling, and its associated data (what the key wrap and
// the sealed phrase authenticate) is the first 86 bytes. No KDF runs: parsing never costs an Argon2id.
#include "core/vault/header.h"
#include "core/vault/vaultsecrets.h"
#include "crypto/hash.h"
#include "tests/fuzz/fuzz_check.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <optional>
#include <vector>

using namespace carnet::core;

namespace {

std::uint32_t u32(const std::uint8_t *p)
{
    return (std::uint32_t{p[0]} << 24) | (std::uint32_t{p[1]} << 16) | (std::uint32_t{p[2]} << 8) | std::uint32_t{p[3]};
}

// docs/VAULT.md: length >= 46 and magic -> checksum -> version (!= 1: UnsupportedVersion) -> length 166
// -> above the ceiling (m > 4 GiB, t > 64, p > 16: Damaged) -> below the floor (m < 64 MiB, t < 3, p < 1:
// WeakParameters). nullopt: accepted.
std::optional<VaultError> expectedVerdict(const std::vector<std::uint8_t> &in)
{
    if (in.size() < 46 || std::memcmp(in.data(), "CARNET-VAULT", 12) != 0)
        return VaultError::Damaged;
    const auto digest = carnet::crypto::sha256(carnet::crypto::ByteView(in.data(), in.size() - 32));
    if (!std::equal(digest.begin(), digest.end(), in.end() - 32))
        return VaultError::Damaged;
    if (in[12] != 0 || in[13] != 1)
        return VaultError::UnsupportedVersion;
    if (in.size() != 166)
        return VaultError::Damaged;
    const std::uint32_t m = u32(&in[14]), t = u32(&in[18]), p = u32(&in[22]);
    if (m > 4u * 1024 * 1024 || t > 64 || p > 16)
        return VaultError::Damaged;
    if (m < 65536 || t < 3 || p < 1)
        return VaultError::WeakParameters;
    return std::nullopt;
}

void check(const std::vector<std::uint8_t> &in)
{
    const auto parsed = VaultHeader::parse(carnet::crypto::ByteView(in.data(), in.size()));
    const std::optional<VaultError> expected = expectedVerdict(in);
    FUZZ_CHECK(parsed.ok() == !expected.has_value());
    if (!parsed) {
        FUZZ_CHECK(parsed.error() == *expected);
        return;
    }
    const VaultHeader &h = *parsed;
    FUZZ_CHECK(in.size() == kVaultHeaderSize);
    FUZZ_CHECK(h.version == kVaultHeaderVersion);
    FUZZ_CHECK(meetsFloor(h.params));
    FUZZ_CHECK(h.params.memoryKiB <= kArgon2Ceiling.memoryKiB && h.params.iterations <= kArgon2Ceiling.iterations
               && h.params.parallelism <= kArgon2Ceiling.parallelism);
    FUZZ_CHECK(std::equal(h.vaultId.begin(), h.vaultId.end(), in.begin() + 26));
    FUZZ_CHECK(std::equal(h.salt.begin(), h.salt.end(), in.begin() + 42));
    FUZZ_CHECK(std::equal(h.nonce.begin(), h.nonce.end(), in.begin() + 74));
    FUZZ_CHECK(std::equal(h.wrappedKey.begin(), h.wrappedKey.end(), in.begin() + 86));
    const carnet::crypto::Bytes again = h.serialize();
    FUZZ_CHECK(again.size() == in.size() && std::equal(again.begin(), again.end(), in.begin()));
    const carnet::crypto::Bytes ad = h.associatedData();
    FUZZ_CHECK(ad.size() == kVaultHeaderAdSize && std::equal(ad.begin(), ad.end(), in.begin()));
    const carnet::crypto::Bytes phraseAd = vaultsecrets::phraseAssociatedData(h);
    const auto tag = vaultsecrets::kPhraseAdTag;
    FUZZ_CHECK(phraseAd.size() == tag.size() + kVaultHeaderAdSize);
    FUZZ_CHECK(std::equal(tag.begin(), tag.end(), phraseAd.begin()));
    FUZZ_CHECK(std::equal(ad.begin(), ad.end(), phraseAd.begin() + static_cast<std::ptrdiff_t>(tag.size())));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    std::vector<std::uint8_t> in(data, data + size);
    check(in);
    if (size >= 32) {
        const auto digest = carnet::crypto::sha256(carnet::crypto::ByteView(in.data(), size - 32));
        std::copy(digest.begin(), digest.end(), in.end() - 32);
        check(in);
    }
    return 0;
}
