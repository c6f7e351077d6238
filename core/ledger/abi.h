// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Solidity contract ABI: the types the Carnet contracts use, call encoding, return-value and event
 * decoding (https://docs.soliditylang.org/en/latest/abi-spec.html).
 *
 * Types: uintN and intN (N = 8..256 in steps of 8), address, bool, bytesN (1..32), bytes, string,
 * T[] and T[k] of any of these, and tuples "(T1,T2,…)". Type strings are canonical: "uint", "int",
 * "byte" aliases and white space are rejected.
 *
 * The decoder accepts only what the standard encoder writes (which is what solc and ethers write),
 * so that decode(x) re-encodes to x exactly:
 *  - every offset points exactly where the encoder puts that tail (no gaps, overlaps or sharing);
 *  - lengths and offsets stay inside the data; nothing follows the last tail;
 *  - unused high bits of uintN, the 12 high bytes of an address, the low padding of bytesN and the
 *    padding after bytes/string are zero; intN is sign-extended; bool is 0 or 1;
 *  - string contents are valid UTF-8.
 * Sizes are bounded (AbiLimits) so a small input cannot claim a huge array. */
#include "core/ledger/u256.h"
#include "core/result.h"
#include "crypto/ethaddress.h"

#include <concepts>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace carnet::core::ledger {

enum class AbiError {
    BadType, // a type string that is not canonical or not supported
    BadSignature, // a function or event signature that does not parse
    ValueMismatch, // a value whose shape does not match its type
    OutOfRange, // an integer outside uintN/intN, or bytesN of the wrong length
    Truncated, // data shorter than the types need
    BadOffset, // an offset that is not where the canonical encoder puts the tail
    BadPadding, // non-zero padding or high bits
    BadBool, // a bool word other than 0 or 1
    BadUtf8, // string contents that are not UTF-8
    TrailingBytes, // data after the last tail
    TooLarge, // a length beyond AbiLimits
    TooDeep, // types nested deeper than AbiLimits::maxDepth
    WrongSelector, // call data for another function
    WrongTopics, // an event log with the wrong topic0 or topic count
};

const char *describe(AbiError error);

struct AbiLimits
{
    std::size_t maxDepth = 16;
    std::size_t maxDataSize = 4 * 1024 * 1024;
};

struct AbiType
{
    enum class Kind { Uint, Int, Address, Bool, FixedBytes, Bytes, String, Array, FixedArray, Tuple };

    Kind kind = Kind::Uint;
    unsigned bits = 256; // Uint, Int: 8..256
    std::size_t size = 0; // FixedBytes: 1..32; FixedArray: element count (>= 1)
    std::vector<AbiType> members; // Array, FixedArray: one element type; Tuple: the members

    /** Parses a canonical type string: "uint256", "bytes32[]", "(address,uint64,bytes)[2]". */
    static Result<AbiType, AbiError> parse(std::string_view text);
    /** Parses "(T1,T2,…)" or "T1,T2,…" into its member types ("" and "()" are empty lists). */
    static Result<std::vector<AbiType>, AbiError> parseList(std::string_view text);

    /** The canonical type string. */
    std::string canonical() const;
    /** True for bytes, string, T[], and for T[k] and tuples containing one of these. */
    bool isDynamic() const;
    /** Size of the head slot of this type: 32 for dynamic types, else the full static size. */
    std::size_t headSize() const;

    friend bool operator==(const AbiType &, const AbiType &) = default;
};

/** A value: uintN and intN are U256 (intN in two's complement, sign-extended to 256 bits), bytesN
 *  and bytes are Bytes, arrays and tuples are lists of values. */
class AbiValue
{
public:
    using List = std::vector<AbiValue>;
    using Variant = std::variant<U256, crypto::Address, bool, crypto::Bytes, std::string, List>;

    AbiValue() = default;
    AbiValue(U256 v)
        : m_value(v)
    { }
    AbiValue(crypto::Address v)
        : m_value(v)
    { }
    // Only a real bool: an int or a pointer must not silently become one.
    template <typename T>
        requires std::same_as<T, bool>
    AbiValue(T v)
        : m_value(v)
    { }
    AbiValue(crypto::Bytes v)
        : m_value(std::move(v))
    { }
    AbiValue(std::string v)
        : m_value(std::move(v))
    { }
    AbiValue(List v)
        : m_value(std::move(v))
    { }
    /** A signed integer (intN). */
    static AbiValue fromInt(std::int64_t v);

    const Variant &variant() const { return m_value; }
    const U256 *asUint() const { return std::get_if<U256>(&m_value); }
    const crypto::Address *asAddress() const { return std::get_if<crypto::Address>(&m_value); }
    const bool *asBool() const { return std::get_if<bool>(&m_value); }
    const crypto::Bytes *asBytes() const { return std::get_if<crypto::Bytes>(&m_value); }
    const std::string *asString() const { return std::get_if<std::string>(&m_value); }
    const List *asList() const { return std::get_if<List>(&m_value); }

    friend bool operator==(const AbiValue &, const AbiValue &) = default;

private:
    Variant m_value;
};

/** Encodes `values` as the tuple of `types` (the layout of call arguments and return data). */
Result<crypto::Bytes, AbiError> abiEncode(const std::vector<AbiType> &types, const AbiValue::List &values);
/** Decodes `data` as the tuple of `types` (strict, see above). */
Result<AbiValue::List, AbiError> abiDecode(const std::vector<AbiType> &types, crypto::ByteView data,
                                           const AbiLimits &limits = {});

/** A parsed signature "name(T1,T2,…)" as used for selectors and topic0 (no spaces, no names). */
struct AbiSignature
{
    std::string name;
    std::vector<AbiType> inputs;

    static Result<AbiSignature, AbiError> parse(std::string_view text);
    /** "name(T1,T2,…)" with canonical types. */
    std::string canonical() const;
    /** The first 4 bytes of keccak256(canonical()). */
    std::array<std::uint8_t, 4> selector() const;
    /** keccak256(canonical()): an event's topic0. */
    crypto::Hash32 topic() const;
};

/** selector ‖ abiEncode(inputs, args). */
Result<crypto::Bytes, AbiError> abiEncodeCall(const AbiSignature &function, const AbiValue::List &args);
/** Decodes call data (checks the selector). */
Result<AbiValue::List, AbiError> abiDecodeCall(const AbiSignature &function, crypto::ByteView callData,
                                               const AbiLimits &limits = {});

struct AbiEventParam
{
    AbiType type;
    bool indexed = false;
};

/** An event declaration: topic0 is keccak256("name(T1,T2,…)") over all parameters in order. */
struct AbiEvent
{
    std::string name;
    std::vector<AbiEventParam> params;
    bool anonymous = false;

    AbiSignature signature() const;
    crypto::Hash32 topic() const { return signature().topic(); }
};

/** Decodes an event log into one value per parameter, in declaration order. Indexed parameters come
 *  from topics[1…] (topics[0] must be the event's topic unless it is anonymous) and the others are
 *  abiDecode'd from `data`. An indexed value type (uintN, intN, address, bool, bytesN) is checked
 *  like a decoded word; any other indexed parameter (bytes, string, arrays, tuples) is only the
 *  keccak256 of its encoding in the log and is returned as those 32 bytes. */
Result<AbiValue::List, AbiError> abiDecodeLog(const AbiEvent &event, const std::vector<crypto::Hash32> &topics,
                                              crypto::ByteView data, const AbiLimits &limits = {});

} // namespace carnet::core::ledger
