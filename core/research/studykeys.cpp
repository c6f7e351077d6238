// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/research/studykeys.h"

#include "crypto/hash.h"

namespace carnet::core::research {

namespace {

constexpr std::string_view kStudyKeyTag = "carnet/study-key/v1";
constexpr std::string_view kDatasetKeyTag = "carnet/researcher-dataset-key/v1";

void append(crypto::Bytes &out, crypto::ByteView bytes)
{
    out.insert(out.end(), bytes.begin(), bytes.end());
}

void appendTag(crypto::Bytes &out, std::string_view tag)
{
    append(out, crypto::asBytes(tag));
}

} // namespace

Result<ResearchKeys, IdentityError> ResearchKeys::fromMaster(const crypto::ExtendedKey &master)
{
    auto root = master.derivePath(kResearchRootPath);
    if (!root)
        return fail(IdentityError::DerivationFailed);
    return ResearchKeys(std::move(*root));
}

Result<ResearchKeys, IdentityError> ResearchKeys::fromStored(crypto::ExtendedKey root)
{
    if (root.depth() != 3 || root.childNumber() != (0 | crypto::kHardened))
        return fail(IdentityError::DerivationFailed);
    return ResearchKeys(std::move(root));
}

Result<StudyKeys, IdentityError> ResearchKeys::study(const StudyLocation &where) const
{
    crypto::Bytes data;
    appendTag(data, kStudyKeyTag);
    for (int shift = 56; shift >= 0; shift -= 8)
        data.push_back(static_cast<std::uint8_t>(where.chainId >> shift));
    append(data, where.market);
    append(data, where.studyId);
    const crypto::SecureBuffer mac = crypto::hmacSha512(m_root.privateKey().secret().view(), data);
    auto key = crypto::PrivateKey::fromBytes(mac.view().first(32));
    if (!key)
        return fail(IdentityError::DerivationFailed);
    StudyKeys keys{std::move(*key), crypto::SecureBuffer::copyOf(mac.view().subspan(32, 32)), {}, {}};
    keys.account = crypto::addressOf(keys.key.publicKey());
    keys.pseudonym = pseudonymOf(where.studyId, keys.account);
    return keys;
}

std::optional<crypto::PrivateKey> researcherDatasetKey(const crypto::PrivateKey &accountKey)
{
    const crypto::SecureBuffer mac = crypto::hmacSha512(accountKey.secret().view(), crypto::asBytes(kDatasetKeyTag));
    return crypto::PrivateKey::fromBytes(mac.view().first(32));
}

} // namespace carnet::core::research
