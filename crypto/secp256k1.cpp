// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/secp256k1.h"

#include "crypto/misuse.h"
#include "crypto/random.h"

#include <secp256k1.h>
#include <secp256k1_ecdh.h>
#include <secp256k1_recovery.h>

#include <algorithm>
#include <cstring>

namespace carnet::crypto {
namespace {

static_assert(sizeof(secp256k1_pubkey) == 64, "PublicKey::m_point holds a secp256k1_pubkey");

// libsecp256k1 reports illegal arguments (null pointers, a recovery id > 3, …) through this
// callback; route them to the crypto layer's handler, which aborts by default.
void onIllegalArgument(const char *, void *)
{
    reportIllegalArgument("libsecp256k1: illegal argument");
}

void onInternalError(const char *, void *)
{
    reportIllegalArgument("libsecp256k1: internal error");
}

// The one process-wide context: created and randomised once (a function-local static is
// initialised thread-safely); afterwards it is only read, which libsecp256k1 allows concurrently.
const secp256k1_context *context()
{
    static secp256k1_context *const ctx = [] {
        secp256k1_context *created = secp256k1_context_create(SECP256K1_CONTEXT_NONE);
        secp256k1_context_set_illegal_callback(created, &onIllegalArgument, nullptr);
        secp256k1_context_set_error_callback(created, &onInternalError, nullptr);
        SecureBuffer seed = randomSecret(32);
        if (!secp256k1_context_randomize(created, seed.data()))
            reportIllegalArgument("secp256k1: context randomisation failed");
        return created;
    }();
    return ctx;
}

secp256k1_pubkey toLib(const std::array<std::uint8_t, 64> &point)
{
    secp256k1_pubkey pubkey;
    std::memcpy(pubkey.data, point.data(), point.size());
    return pubkey;
}

// The free functions below are not friends of PublicKey (the header keeps m_point private to the
// class), so they pass points through the 65-byte encoding: a parse of an uncompressed point is an
// on-curve check, negligible next to a verification or a scalar multiplication.
secp256k1_pubkey toLib(const PublicKey &key)
{
    const std::array<std::uint8_t, 65> encoded = key.uncompressed();
    secp256k1_pubkey pubkey;
    if (!secp256k1_ec_pubkey_parse(context(), &pubkey, encoded.data(), encoded.size()))
        reportIllegalArgument("secp256k1: corrupt public key");
    return pubkey;
}

std::optional<PublicKey> fromLib(const secp256k1_pubkey &pubkey)
{
    std::array<std::uint8_t, 65> encoded{};
    std::size_t size = encoded.size();
    secp256k1_ec_pubkey_serialize(context(), encoded.data(), &size, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    return PublicKey::parse(encoded);
}

// Takes a recoverable signature apart into compact r ‖ s and the recovery id.
RecoverableSignature fromLib(const secp256k1_ecdsa_recoverable_signature &sig)
{
    RecoverableSignature out;
    int recid = 0;
    secp256k1_ecdsa_recoverable_signature_serialize_compact(context(), out.rs.data(), &recid, &sig);
    out.recoveryId = static_cast<std::uint8_t>(recid);
    return out;
}

bool isZero(const std::uint8_t *bytes, std::size_t size)
{
    return std::all_of(bytes, bytes + size, [](std::uint8_t b) { return b == 0; });
}

// Copies the x coordinate out of the ECDH point (SEC1 / Wycheproof shared secret), unhashed.
int copyX(unsigned char *output, const unsigned char *x32, const unsigned char *, void *)
{
    std::memcpy(output, x32, 32);
    return 1;
}

} // namespace

// ---- PrivateKey -------------------------------------------------------------------------------

std::optional<PrivateKey> PrivateKey::fromBytes(ByteView bytes)
{
    if (bytes.size() != 32 || !secp256k1_ec_seckey_verify(context(), bytes.data()))
        return std::nullopt;
    return PrivateKey(SecureBuffer::copyOf(bytes));
}

PrivateKey PrivateKey::generate()
{
    // A random 256-bit string is a valid scalar except with probability ~2^-128.
    for (;;) {
        SecureBuffer secret = randomSecret(32);
        if (secp256k1_ec_seckey_verify(context(), secret.data()))
            return PrivateKey(std::move(secret));
    }
}

PublicKey PrivateKey::publicKey() const
{
    secp256k1_pubkey pubkey;
    if (!secp256k1_ec_pubkey_create(context(), &pubkey, m_secret.data()))
        reportIllegalArgument("PrivateKey::publicKey: moved-from key");
    PublicKey out;
    std::memcpy(out.m_point.data(), pubkey.data, sizeof pubkey.data);
    return out;
}

std::optional<PrivateKey> PrivateKey::tweakAdd(ByteView tweak) const
{
    if (tweak.size() != 32)
        return std::nullopt;
    SecureBuffer sum = m_secret.clone();
    // Fails when tweak >= n or the sum is zero (libsecp256k1 then zeroes `sum`, which is wiped anyway).
    if (!secp256k1_ec_seckey_tweak_add(context(), sum.data(), tweak.data()))
        return std::nullopt;
    return PrivateKey(std::move(sum));
}

// ---- PublicKey --------------------------------------------------------------------------------

std::optional<PublicKey> PublicKey::parse(ByteView sec1)
{
    // libsecp256k1 also accepts the "hybrid" 06/07 prefixes of X9.62; SEC1 as used here does not.
    const bool compressedForm = sec1.size() == 33 && (sec1[0] == 0x02 || sec1[0] == 0x03);
    const bool uncompressedForm = sec1.size() == 65 && sec1[0] == 0x04;
    if (!compressedForm && !uncompressedForm)
        return std::nullopt;
    secp256k1_pubkey pubkey;
    if (!secp256k1_ec_pubkey_parse(context(), &pubkey, sec1.data(), sec1.size()))
        return std::nullopt;
    PublicKey out;
    std::memcpy(out.m_point.data(), pubkey.data, sizeof pubkey.data);
    return out;
}

std::array<std::uint8_t, 33> PublicKey::compressed() const
{
    std::array<std::uint8_t, 33> out{};
    std::size_t size = out.size();
    const secp256k1_pubkey pubkey = toLib(m_point);
    secp256k1_ec_pubkey_serialize(context(), out.data(), &size, &pubkey, SECP256K1_EC_COMPRESSED);
    return out;
}

std::array<std::uint8_t, 65> PublicKey::uncompressed() const
{
    std::array<std::uint8_t, 65> out{};
    std::size_t size = out.size();
    const secp256k1_pubkey pubkey = toLib(m_point);
    secp256k1_ec_pubkey_serialize(context(), out.data(), &size, &pubkey, SECP256K1_EC_UNCOMPRESSED);
    return out;
}

std::optional<PublicKey> PublicKey::tweakAdd(ByteView tweak) const
{
    if (tweak.size() != 32)
        return std::nullopt;
    secp256k1_pubkey pubkey = toLib(m_point);
    if (!secp256k1_ec_pubkey_tweak_add(context(), &pubkey, tweak.data()))
        return std::nullopt;
    PublicKey out;
    std::memcpy(out.m_point.data(), pubkey.data, sizeof pubkey.data);
    return out;
}

// ---- Signatures -------------------------------------------------------------------------------

std::optional<Signature> Signature::fromDer(ByteView der)
{
    // secp256k1_ecdsa_signature_parse_der is strict DER (minimal lengths, no padding, no trailing
    // bytes); it maps an integer that is negative or >= n to zero instead of failing. Such a value
    // cannot be represented as compact r ‖ s, and r = 0 or s = 0 is never a signature: reject them.
    secp256k1_ecdsa_signature sig;
    if (der.empty() || !secp256k1_ecdsa_signature_parse_der(context(), &sig, der.data(), der.size()))
        return std::nullopt;
    Signature out;
    secp256k1_ecdsa_signature_serialize_compact(context(), out.rs.data(), &sig);
    if (isZero(out.rs.data(), 32) || isZero(out.rs.data() + 32, 32))
        return std::nullopt;
    return out;
}

bool Signature::isLowS() const
{
    // n / 2, big-endian.
    static constexpr std::array<std::uint8_t, 32> halfOrder = {
        0x7f, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff,
        0x5d, 0x57, 0x6e, 0x73, 0x57, 0xa4, 0x50, 0x1d, 0xdf, 0xe9, 0x2f, 0x46, 0x68, 0x1b, 0x20, 0xa0};
    return !std::lexicographical_compare(halfOrder.begin(), halfOrder.end(), rs.begin() + 32, rs.end());
}

Signature Signature::normalized() const
{
    secp256k1_ecdsa_signature sig;
    if (!secp256k1_ecdsa_signature_parse_compact(context(), &sig, rs.data()))
        return *this; // r or s >= n: no signature at all, verify() rejects it either way
    secp256k1_ecdsa_signature_normalize(context(), &sig, &sig);
    Signature out;
    secp256k1_ecdsa_signature_serialize_compact(context(), out.rs.data(), &sig);
    return out;
}

std::optional<RecoverableSignature> RecoverableSignature::fromRsv(ByteView rsv)
{
    if (rsv.size() != 65)
        return std::nullopt;
    const std::uint8_t v = rsv[64];
    if (v != 0 && v != 1 && v != 27 && v != 28)
        return std::nullopt;
    RecoverableSignature out;
    std::copy_n(rsv.begin(), 64, out.rs.begin());
    out.recoveryId = static_cast<std::uint8_t>(v >= 27 ? v - 27 : v);
    return out;
}

std::array<std::uint8_t, 65> RecoverableSignature::toRsv() const
{
    std::array<std::uint8_t, 65> out{};
    std::copy(rs.begin(), rs.end(), out.begin());
    out[64] = static_cast<std::uint8_t>(27 + recoveryId);
    return out;
}

// ---- Sign, verify, recover, ECDH ------------------------------------------------------------

Signature sign(const PrivateKey &key, const Hash32 &digest)
{
    return signRecoverable(key, digest).signature();
}

RecoverableSignature signRecoverable(const PrivateKey &key, const Hash32 &digest)
{
    // A null nonce function selects RFC 6979; libsecp256k1 always produces low-S.
    secp256k1_ecdsa_recoverable_signature sig;
    if (!secp256k1_ecdsa_sign_recoverable(context(), &sig, digest.data(), key.secret().data(), nullptr, nullptr))
        reportIllegalArgument("signRecoverable: moved-from key");
    return fromLib(sig);
}

bool verify(const PublicKey &key, const Hash32 &digest, const Signature &signature)
{
    secp256k1_ecdsa_signature sig;
    if (!secp256k1_ecdsa_signature_parse_compact(context(), &sig, signature.rs.data()))
        return false;
    const secp256k1_pubkey pubkey = toLib(key);
    // secp256k1_ecdsa_verify rejects high-S signatures itself.
    return secp256k1_ecdsa_verify(context(), &sig, digest.data(), &pubkey) == 1;
}

std::optional<PublicKey> recover(const Hash32 &digest, const RecoverableSignature &signature)
{
    if (signature.recoveryId > 3)
        return std::nullopt;
    secp256k1_ecdsa_recoverable_signature sig;
    if (!secp256k1_ecdsa_recoverable_signature_parse_compact(context(), &sig, signature.rs.data(),
                                                             signature.recoveryId))
        return std::nullopt;
    // libsecp256k1 recovers from high-S signatures too; Carnet treats them as invalid (EIP-2).
    if (!signature.signature().isLowS())
        return std::nullopt;
    secp256k1_pubkey pubkey;
    if (!secp256k1_ecdsa_recover(context(), &pubkey, &sig, digest.data()))
        return std::nullopt;
    return fromLib(pubkey);
}

SecureBuffer ecdhSharedX(const PrivateKey &key, const PublicKey &peer)
{
    SecureBuffer shared(32);
    const secp256k1_pubkey pubkey = toLib(peer);
    if (!secp256k1_ecdh(context(), shared.data(), &pubkey, key.secret().data(), &copyX, nullptr)) {
        reportIllegalArgument("ecdhSharedX: moved-from key");
        shared.clear();
    }
    return shared;
}

} // namespace carnet::crypto
