// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* RLP (Recursive Length Prefix, Ethereum yellow paper appendix B).
 *
 * An item is a byte string or a list of items. The decoder accepts only the canonical encoding, so
 * that every value has exactly one accepted byte form and decode(x) re-encodes to x:
 *  - a single byte below 0x80 is its own encoding and must not be wrapped (0x81 0x05 is rejected);
 *  - the long forms (0xb8..0xbf, 0xf8..0xff) are only for payloads of 56 bytes or more, and their
 *    length field has no leading zero byte;
 *  - the items of a list fill its payload exactly, and nothing follows the top-level item.
 * Integers are byte strings in big-endian without leading zeros (zero is the empty string);
 * toUint() rejects a leading zero. Nesting depth and input size are bounded (RlpLimits). */
#include "core/ledger/u256.h"
#include "core/result.h"

#include <string_view>
#include <vector>

namespace carnet::core::ledger {

enum class RlpError {
    Truncated, // a length runs past the end of the input or of the enclosing list
    TrailingBytes, // bytes after the top-level item
    NonCanonical, // wrapped single byte, needless long form, or a length with a leading zero
    TooDeep, // lists nested deeper than RlpLimits::maxDepth
    TooLarge, // input longer than RlpLimits::maxInputSize
    NotBytes, // a list where a byte string was expected
    NotList, // a byte string where a list was expected
    NonCanonicalInteger, // an integer with a leading zero byte
    IntegerOverflow, // an integer wider than the target type
    WrongItemCount, // a list with an unexpected number of items
};

/** Short English name of the error, for logs and test output. */
const char *describe(RlpError error);

struct RlpLimits
{
    std::size_t maxDepth = 32;
    std::size_t maxInputSize = 16 * 1024 * 1024;
};

class RlpItem
{
public:
    RlpItem() = default; // the empty byte string
    static RlpItem bytes(crypto::Bytes value);
    static RlpItem bytes(crypto::ByteView value) { return bytes(crypto::Bytes(value.begin(), value.end())); }
    static RlpItem string(std::string_view value) { return bytes(crypto::asBytes(value)); }
    static RlpItem list(std::vector<RlpItem> items);
    /** An integer: big-endian bytes with no leading zero (zero is the empty string). */
    static RlpItem uint(const U256 &value) { return bytes(value.toMinimalBytes()); }

    bool isList() const { return m_isList; }
    /** The bytes of a byte string (empty for a list). */
    const crypto::Bytes &data() const { return m_bytes; }
    /** The items of a list (empty for a byte string). */
    const std::vector<RlpItem> &items() const { return m_items; }

    /** The integer of a byte string: NotBytes, NonCanonicalInteger or IntegerOverflow (> 32 bytes). */
    Result<U256, RlpError> toUint() const;
    /** As toUint(), also IntegerOverflow when the value does not fit 64 bits. */
    Result<std::uint64_t, RlpError> toUint64() const;

    friend bool operator==(const RlpItem &, const RlpItem &) = default;

private:
    bool m_isList = false;
    crypto::Bytes m_bytes;
    std::vector<RlpItem> m_items;
};

/** The canonical encoding of `item`. */
crypto::Bytes rlpEncode(const RlpItem &item);
/** Appends the canonical encoding of `item` to `out`. */
void rlpAppend(crypto::Bytes &out, const RlpItem &item);

/** Decodes exactly one canonical item filling `input`. */
Result<RlpItem, RlpError> rlpDecode(crypto::ByteView input, const RlpLimits &limits = {});

} // namespace carnet::core::ledger
