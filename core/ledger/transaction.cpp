// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/transaction.h"
#include "crypto/hash.h"

#include <cstring>

namespace carnet::core::ledger {

using crypto::Bytes;
using crypto::ByteView;

const char *describe(TxError error)
{
    switch (error) {
    case TxError::BadRlp:
        return "malformed transaction encoding";
    case TxError::UnknownType:
        return "unsupported transaction type";
    case TxError::BadField:
        return "malformed transaction field";
    case TxError::AccessListNotEmpty:
        return "access lists are not supported";
    case TxError::NotReplayProtected:
        return "transaction without EIP-155 replay protection";
    case TxError::BadSignature:
        return "invalid transaction signature";
    }
    return "unknown";
}

namespace {

constexpr std::uint8_t kEip1559Type = 0x02;

RlpItem toItem(const std::optional<crypto::Address> &to)
{
    return to ? RlpItem::bytes(ByteView(*to)) : RlpItem();
}

// The fields common to the signing payload and the signed encoding, in order.
std::vector<RlpItem> unsignedFields(const Transaction &tx)
{
    if (tx.type == TxType::Eip1559) {
        return {RlpItem::uint(tx.chainId),      RlpItem::uint(tx.nonce),    RlpItem::uint(tx.maxPriorityFeePerGas),
                RlpItem::uint(tx.maxFeePerGas), RlpItem::uint(tx.gasLimit), toItem(tx.to),
                RlpItem::uint(tx.value),        RlpItem::bytes(tx.data),    RlpItem::list({})};
    }
    return {RlpItem::uint(tx.nonce), RlpItem::uint(tx.gasPrice), RlpItem::uint(tx.gasLimit),
            toItem(tx.to),           RlpItem::uint(tx.value),    RlpItem::bytes(tx.data)};
}

U256 word(const std::uint8_t *bytes)
{
    return *U256::fromBigEndian(ByteView(bytes, 32));
}

Bytes encodeSigned(const Transaction &tx, const crypto::RecoverableSignature &sig)
{
    std::vector<RlpItem> fields = unsignedFields(tx);
    if (tx.type == TxType::Eip1559) {
        fields.push_back(RlpItem::uint(sig.recoveryId));
    } else {
        // v = recid + 2·chainId + 35 (EIP-155); cannot overflow for a 64-bit chain id.
        const U256 v = *U256::add(*U256::mul(U256(tx.chainId), U256(2)), U256(35u + sig.recoveryId));
        fields.push_back(RlpItem::uint(v));
    }
    fields.push_back(RlpItem::uint(word(sig.rs.data())));
    fields.push_back(RlpItem::uint(word(sig.rs.data() + 32)));
    Bytes out;
    if (tx.type == TxType::Eip1559)
        out.push_back(kEip1559Type);
    rlpAppend(out, RlpItem::list(std::move(fields)));
    return out;
}

Result<std::optional<crypto::Address>, TxError> readTo(const RlpItem &item)
{
    if (item.isList())
        return fail(TxError::BadField);
    if (item.data().empty())
        return std::optional<crypto::Address>();
    if (item.data().size() != 20)
        return fail(TxError::BadField);
    crypto::Address a {};
    std::memcpy(a.data(), item.data().data(), 20);
    return std::optional<crypto::Address>(a);
}

// Reads the fields of `items` into `tx` (the layout of tx.type); false on any malformed field.
bool readFields(const std::vector<RlpItem> &items, Transaction &tx)
{
    auto u64 = [](const RlpItem &i, std::uint64_t &out) {
        auto v = i.toUint64();
        if (v)
            out = *v;
        return v.ok();
    };
    auto u256 = [](const RlpItem &i, U256 &out) {
        auto v = i.toUint();
        if (v)
            out = *v;
        return v.ok();
    };
    auto bytes = [](const RlpItem &i, Bytes &out) {
        out = i.data();
        return !i.isList();
    };
    auto to = [](const RlpItem &i, std::optional<crypto::Address> &out) {
        auto v = readTo(i);
        if (v)
            out = *v;
        return v.ok();
    };
    if (tx.type == TxType::Eip1559) {
        return u64(items[0], tx.chainId) && u64(items[1], tx.nonce) && u256(items[2], tx.maxPriorityFeePerGas)
            && u256(items[3], tx.maxFeePerGas) && u64(items[4], tx.gasLimit) && to(items[5], tx.to)
            && u256(items[6], tx.value) && bytes(items[7], tx.data);
    }
    return u64(items[0], tx.nonce) && u256(items[1], tx.gasPrice) && u64(items[2], tx.gasLimit) && to(items[3], tx.to)
        && u256(items[4], tx.value) && bytes(items[5], tx.data);
}

} // namespace

Bytes signingPayload(const Transaction &tx)
{
    std::vector<RlpItem> fields = unsignedFields(tx);
    Bytes out;
    if (tx.type == TxType::Eip1559) {
        out.push_back(kEip1559Type);
    } else {
        fields.push_back(RlpItem::uint(tx.chainId));
        fields.push_back(RlpItem());
        fields.push_back(RlpItem());
    }
    rlpAppend(out, RlpItem::list(std::move(fields)));
    return out;
}

crypto::Hash32 signingHash(const Transaction &tx)
{
    return crypto::keccak256(signingPayload(tx));
}

SignedTransaction signTransaction(const Transaction &tx, const crypto::PrivateKey &key)
{
    SignedTransaction signedTx;
    signedTx.tx = tx;
    signedTx.signature = crypto::signRecoverable(key, signingHash(tx));
    signedTx.raw = encodeSigned(tx, signedTx.signature);
    signedTx.hash = crypto::keccak256(signedTx.raw);
    signedTx.sender = crypto::addressOf(key.publicKey());
    return signedTx;
}

Result<SignedTransaction, TxError> decodeSignedTransaction(ByteView raw)
{
    if (raw.empty())
        return fail(TxError::BadRlp);
    Transaction tx;
    ByteView body = raw;
    if (raw[0] == kEip1559Type) {
        body = raw.subspan(1);
    } else if (raw[0] >= 0xc0) {
        tx.type = TxType::Legacy;
    } else {
        return fail(TxError::UnknownType);
    }
    RlpLimits limits;
    limits.maxDepth = 4;
    const auto decoded = rlpDecode(body, limits);
    const std::size_t fieldCount = tx.type == TxType::Eip1559 ? 12 : 9;
    if (!decoded || !decoded->isList() || decoded->items().size() != fieldCount)
        return fail(TxError::BadRlp);
    const std::vector<RlpItem> &items = decoded->items();
    if (!readFields(items, tx))
        return fail(TxError::BadField);

    crypto::RecoverableSignature sig;
    if (tx.type == TxType::Eip1559) {
        if (!items[8].isList())
            return fail(TxError::BadField);
        if (!items[8].items().empty())
            return fail(TxError::AccessListNotEmpty);
        const auto parity = items[9].toUint64();
        if (!parity || *parity > 1)
            return fail(TxError::BadSignature);
        sig.recoveryId = static_cast<std::uint8_t>(*parity);
    } else {
        const auto v = items[6].toUint();
        if (!v)
            return fail(TxError::BadField);
        // v = recid + 2·chainId + 35 with chainId >= 1: anything below 37 (27/28 included) is refused.
        const auto offset = U256::sub(*v, U256(35));
        if (!offset || *offset < U256(2))
            return fail(TxError::NotReplayProtected);
        const auto [chainId, recid] = offset->divModSmall(2);
        const auto chainId64 = chainId.toUint64();
        if (!chainId64)
            return fail(TxError::NotReplayProtected);
        tx.chainId = *chainId64;
        sig.recoveryId = static_cast<std::uint8_t>(recid);
    }
    const std::size_t rIndex = fieldCount - 2;
    const auto r = items[rIndex].toUint();
    const auto s = items[rIndex + 1].toUint();
    if (!r || !s)
        return fail(TxError::BadSignature);
    const auto rBytes = r->toBytes32();
    const auto sBytes = s->toBytes32();
    std::memcpy(sig.rs.data(), rBytes.data(), 32);
    std::memcpy(sig.rs.data() + 32, sBytes.data(), 32);

    const auto key = crypto::recover(signingHash(tx), sig);
    if (!key)
        return fail(TxError::BadSignature);

    SignedTransaction signedTx;
    signedTx.tx = std::move(tx);
    signedTx.signature = sig;
    signedTx.raw = encodeSigned(signedTx.tx, sig);
    // Every accepted field is canonical, so the re-encoding is the input; anything else is a bug.
    if (!std::equal(signedTx.raw.begin(), signedTx.raw.end(), raw.begin(), raw.end()))
        return fail(TxError::BadRlp);
    signedTx.hash = crypto::keccak256(signedTx.raw);
    signedTx.sender = crypto::addressOf(*key);
    return signedTx;
}

} // namespace carnet::core::ledger
