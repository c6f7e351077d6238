// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Helpers of the grant-format tests (core/share): a share code from fields, texts of codes, and a
// random key bundle.
#include "core/record/connectcode.h"
#include "core/record/recordkeys.h"
#include "core/share/grantscope.h"
#include "core/share/keybundle.h"
#include "core/share/sharecode.h"
#include "crypto/random.h"

#include <algorithm>
#include <string>

namespace carnet::test {

inline std::string textOf(const crypto::SecureBuffer &code)
{
    return std::string(code.asStringView());
}

/** A share code of `mode` on a made-up network and grant, with a random secret in modes 1 and 2. */
inline core::share::ShareCode sampleShareCode(core::share::BundleMode mode)
{
    core::share::ShareCode code;
    code.chainId = 0x00C0FFEE12345678ULL;
    const crypto::Bytes contract = crypto::randomBytes(20);
    std::copy(contract.begin(), contract.end(), code.contract.begin());
    const crypto::Bytes grant = crypto::randomBytes(32);
    std::copy(grant.begin(), grant.end(), code.grantId.begin());
    code.mode = mode;
    if (mode != core::share::BundleMode::Named)
        code.shareSecret = crypto::randomSecret(core::share::kShareSecretSize);
    return code;
}

/** A bundle of `records` records with `perRecord` entries each (sequences 0, 2, 4, …), random keys and
 *  record ids, sorted; a category scope (lab and vital, no dates). */
inline core::share::KeyBundle sampleBundle(const core::share::GrantId &grantId, std::size_t records,
                                           std::size_t perRecord, bool writeBack = false)
{
    core::share::KeyBundle bundle;
    bundle.grantId = grantId;
    bundle.scope = *core::share::encodeScope(core::share::GrantScope {0x0003, 0, 0, {}});
    for (std::size_t r = 0; r < records; ++r) {
        core::share::BundleRecord record;
        const crypto::Bytes id = crypto::randomBytes(32);
        std::copy(id.begin(), id.end(), record.recordId.begin());
        const crypto::Bytes author = crypto::randomBytes(20);
        std::copy(author.begin(), author.end(), record.patientAuthor.begin());
        for (std::size_t e = 0; e < perRecord; ++e)
            record.entries.push_back({static_cast<std::uint32_t>(2 * e), crypto::randomSecret(32)});
        bundle.records.push_back(std::move(record));
    }
    std::sort(bundle.records.begin(), bundle.records.end(),
              [](const auto &a, const auto &b) { return a.recordId < b.recordId; });
    if (writeBack) {
        const crypto::PublicKey key = crypto::PrivateKey::generate().publicKey();
        bundle.writeBack = core::share::WriteBack {core::record::recordIdOf(key), key};
    }
    return bundle;
}

} // namespace carnet::test
