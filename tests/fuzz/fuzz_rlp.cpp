// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: RLP decoding, and signed-transaction decoding on top of it. Any bytes must decode
// without crashing; whatever the strict decoder accepts must re-encode to exactly the input (there
// is one canonical encoding), and integer reads must agree with the item's bytes. A transaction that
// decodes must re-encode to the input and hash to keccak256 of it.
#include "core/ledger/rlp.h"
#include "core/ledger/transaction.h"
#include "crypto/hash.h"
#include "tests/fuzz/fuzz_check.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>

using namespace carnet::core::ledger;

namespace {
void checkItem(const RlpItem &item, std::size_t depth)
{
    FUZZ_CHECK(depth <= RlpLimits {}.maxDepth);
    if (item.isList()) {
        FUZZ_CHECK(item.data().empty());
        for (const auto &child : item.items())
            checkItem(child, depth + 1);
        return;
    }
    FUZZ_CHECK(item.items().empty());
    const auto value = item.toUint();
    if (value) {
        FUZZ_CHECK(item.data().size() <= 32);
        FUZZ_CHECK(value->toMinimalBytes() == item.data());
    } else {
        FUZZ_CHECK(value.error() == RlpError::NonCanonicalInteger || value.error() == RlpError::IntegerOverflow);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const carnet::crypto::ByteView input(data, size);
    const auto item = rlpDecode(input);
    if (item) {
        FUZZ_CHECK(rlpEncode(*item) == carnet::crypto::Bytes(input.begin(), input.end()));
        checkItem(*item, 0);
    }
    const auto tx = decodeSignedTransaction(input);
    if (tx) {
        FUZZ_CHECK(std::equal(tx->raw.begin(), tx->raw.end(), input.begin(), input.end()));
        FUZZ_CHECK(tx->hash == carnet::crypto::keccak256(input));
        FUZZ_CHECK(tx->signature.recoveryId <= 1);
    }
    return 0;
}
