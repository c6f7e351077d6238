// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the strict ABI decoder. The first byte picks one of the type lists below (shapes the
// contracts use, plus nested ones); the rest is decoded against it. Any bytes must decode without
// crashing; whatever the decoder accepts must re-encode to exactly the input, because it accepts only
// the canonical layout (offsets where the encoder puts tails, zero padding, no trailing bytes).
// The type strings themselves are fuzzed too: parse(canonical(t)) == t.
#include "core/ledger/abi.h"
#include "tests/fuzz/fuzz_check.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace carnet::core::ledger;

namespace {
constexpr const char *kTypeLists[] = {
    "uint256",
    "address,uint64,bytes",
    "bytes32[]",
    "string,bool",
    "(address,uint64,bytes)[]",
    "uint8,int16,bytes4",
    "string[],bytes",
    "(uint256,(string,address)[])[2]",
    "bytes32,address,uint256,string",
    "int256[3],bool[]",
};
constexpr std::size_t kListCount = sizeof(kTypeLists) / sizeof(kTypeLists[0]);
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    static const std::vector<std::vector<AbiType>> lists = [] {
        std::vector<std::vector<AbiType>> out;
        for (const char *text : kTypeLists)
            out.push_back(*AbiType::parseList(text));
        return out;
    }();

    const std::vector<AbiType> &types = lists[data[0] % kListCount];
    const carnet::crypto::ByteView body(data + 1, size - 1);
    const auto values = abiDecode(types, body);
    if (values) {
        FUZZ_CHECK(values->size() == types.size());
        const auto encoded = abiEncode(types, *values);
        FUZZ_CHECK(encoded.ok());
        FUZZ_CHECK(*encoded == carnet::crypto::Bytes(body.begin(), body.end()));
    }

    // The same bytes as a type string: whatever parses is canonical.
    const std::string_view text(reinterpret_cast<const char *>(data + 1), size - 1);
    const auto type = AbiType::parse(text);
    if (type) {
        FUZZ_CHECK(type->canonical() == text);
        FUZZ_CHECK(AbiType::parse(type->canonical()).ok());
    }
    return 0;
}
