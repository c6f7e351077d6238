// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The access receipt a clinician leaves at each open (docs/PROTOCOL.md §8.9):
//   receipt     = "carnet/receipt/v1" ‖ uint64(chainId) ‖ AccessGrants address (20) ‖ grantId ‖ address(C) (20)
//                 ‖ uint64(readAt) ‖ uint32(entriesRead) ‖ keccak(entryHash_1 ‖ … ‖ entryHash_k)
//   receiptHash = keccak(receipt)
// entriesRead = k; entryHash_i = keccak of the i-th sealed entry read, in bundle order.
#include "core/share/sealedbundle.h"

#include <span>
#include <string_view>

namespace carnet::core::share {

inline constexpr std::string_view kReceiptTag = "carnet/receipt/v1";
inline constexpr std::size_t kReceiptSize = kReceiptTag.size() + 8 + 20 + 32 + 20 + 8 + 4 + 32;

/** The receipt's bytes. `entryHashes` are the keccak of each sealed entry read, in bundle order. */
[[nodiscard]] crypto::Bytes receiptBytes(const BundleContext &context, const crypto::Address &clinician,
                                         std::uint64_t readAt, std::span<const crypto::Hash32> entryHashes);
/** keccak(receiptBytes(...)): what recordAccess stores. */
[[nodiscard]] crypto::Hash32 receiptHash(const BundleContext &context, const crypto::Address &clinician,
                                         std::uint64_t readAt, std::span<const crypto::Hash32> entryHashes);

} // namespace carnet::core::share
