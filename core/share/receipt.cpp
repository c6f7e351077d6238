// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/receipt.h"
#include "core/share/bytesio.h"
#include "crypto/hash.h"

namespace carnet::core::share {

crypto::Bytes receiptBytes(const BundleContext &context, const crypto::Address &clinician, std::uint64_t readAt,
                           std::span<const crypto::Hash32> entryHashes)
{
    assert(entryHashes.size() <= 0xFFFFFFFFu);
    crypto::Bytes hashes;
    hashes.reserve(entryHashes.size() * 32);
    for (const crypto::Hash32 &hash : entryHashes)
        hashes.insert(hashes.end(), hash.begin(), hash.end());
    crypto::Bytes receipt(kReceiptSize);
    detail::Writer out(receipt);
    out.bytes(crypto::asBytes(kReceiptTag));
    out.u64(context.chainId);
    out.bytes(context.contract);
    out.bytes(context.grantId);
    out.bytes(clinician);
    out.u64(readAt);
    out.u32(static_cast<std::uint32_t>(entryHashes.size()));
    out.bytes(crypto::keccak256(hashes));
    assert(out.full());
    return receipt;
}

crypto::Hash32 receiptHash(const BundleContext &context, const crypto::Address &clinician, std::uint64_t readAt,
                           std::span<const crypto::Hash32> entryHashes)
{
    return crypto::keccak256(receiptBytes(context, clinician, readAt, entryHashes));
}

} // namespace carnet::core::share
