// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/recordkeys.h"
#include "crypto/hash.h"

namespace carnet::core::record {

RecordId recordIdOf(const crypto::PublicKey &recordKey)
{
    const auto compressed = recordKey.compressed();
    crypto::Bytes preimage(kRecordIdTag.begin(), kRecordIdTag.end());
    preimage.insert(preimage.end(), compressed.begin(), compressed.end());
    return crypto::keccak256(preimage);
}

const char *describe(RecordKeyError error)
{
    switch (error) {
    case RecordKeyError::IndexOutOfRange:
        return "record index out of range (at most 2^31 - 1)";
    case RecordKeyError::DerivationFailed:
        return "the record key could not be derived";
    }
    return "unknown";
}

RecordKeyring::RecordKeyring(crypto::ExtendedKey recordBranch, crypto::ExtendedKey patientBranch)
    : m_recordBranch(std::move(recordBranch))
    , m_patientBranch(std::move(patientBranch))
{
}

Result<RecordKeyring, IdentityError> RecordKeyring::fromPhrase(std::string_view phrase)
{
    return fromParse(crypto::parseMnemonic(phrase));
}

Result<RecordKeyring, IdentityError> RecordKeyring::fromParse(const crypto::Bip39Parse &parse)
{
    const auto master = masterKeyFromParse(parse);
    if (!master)
        return fail(master.error());
    return fromMaster(*master);
}

Result<RecordKeyring, IdentityError> RecordKeyring::fromMaster(const crypto::ExtendedKey &master)
{
    auto records = master.derivePath(kRecordIdBranch);
    auto patient = master.derivePath(kPatientSigningBranch);
    if (!records || !patient)
        return fail(IdentityError::DerivationFailed);
    return RecordKeyring(std::move(*records), std::move(*patient));
}

Result<RecordKeyring, IdentityError> RecordKeyring::fromBranches(crypto::ExtendedKey recordBranch,
                                                                  crypto::ExtendedKey patientBranch)
{
    // m/4411982'/1' and m/4411982'/3': depth 2, the branch's hardened child number.
    constexpr std::uint32_t kRecordChild = 1 | crypto::kHardened;
    constexpr std::uint32_t kPatientChild = 3 | crypto::kHardened;
    if (recordBranch.depth() != 2 || recordBranch.childNumber() != kRecordChild || patientBranch.depth() != 2
        || patientBranch.childNumber() != kPatientChild)
        return fail(IdentityError::DerivationFailed);
    return RecordKeyring(std::move(recordBranch), std::move(patientBranch));
}

Result<crypto::PrivateKey, RecordKeyError> RecordKeyring::child(const crypto::ExtendedKey &branch, std::uint32_t n)
{
    if (n > kMaxRecordIndex)
        return fail(RecordKeyError::IndexOutOfRange);
    const auto key = branch.derive(n | crypto::kHardened);
    if (!key)
        return fail(RecordKeyError::DerivationFailed);
    return key->privateKey().clone();
}

Result<crypto::PrivateKey, RecordKeyError> RecordKeyring::recordKey(std::uint32_t n) const
{
    return child(m_recordBranch, n);
}

Result<crypto::PublicKey, RecordKeyError> RecordKeyring::recordPublicKey(std::uint32_t n) const
{
    const auto key = recordKey(n);
    if (!key)
        return fail(key.error());
    return key->publicKey();
}

Result<RecordId, RecordKeyError> RecordKeyring::recordId(std::uint32_t n) const
{
    const auto key = recordPublicKey(n);
    if (!key)
        return fail(key.error());
    return recordIdOf(*key);
}

Result<crypto::PrivateKey, RecordKeyError> RecordKeyring::patientKey(std::uint32_t n) const
{
    return child(m_patientBranch, n);
}

Result<crypto::Address, RecordKeyError> RecordKeyring::patientAddress(std::uint32_t n) const
{
    const auto key = patientKey(n);
    if (!key)
        return fail(key.error());
    return crypto::addressOf(key->publicKey());
}

} // namespace carnet::core::record
