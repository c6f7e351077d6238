// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/contracts/contractcall.h"

#include <cassert>

namespace carnet::core::ledger {

namespace {

RpcError badAnswer(QString message)
{
    return RpcError{RpcErrorKind::BadAnswer, 0, 0, std::move(message), {}, {}};
}

} // namespace

Result<AbiValue::List, RpcError> ContractClient::view(const contracts::Selector &selector, const AbiValue::List &args,
                                                      std::string_view returns, const BlockTag &block) const
{
    const AbiSignature signature = functionSignature(m_contract, selector);
    const auto data = abiEncodeCall(signature, args);
    if (!data)
        return fail(badAnswer(QLatin1String(describe(data.error()))));
    auto answer = m_client.call(m_address, *data, block.json());
    if (!answer)
        return fail(withDecodedRevert(answer.error()));
    const auto types = AbiType::parseList(returns);
    assert(types);
    auto values = abiDecode(*types, *answer);
    if (!values)
        return fail(badAnswer(QStringLiteral("%1.%2 answered undecodable data (%3); is the contract address right?")
                                  .arg(QLatin1String(m_contract.name.data(), static_cast<qsizetype>(m_contract.name.size())),
                                       QString::fromStdString(signature.name), QLatin1String(describe(values.error())))));
    return std::move(*values);
}

Result<Receipt, RpcError> ContractClient::transact(const crypto::PrivateKey &key, const contracts::Selector &selector,
                                                   const AbiValue::List &args, int confirmations, const U256 &value) const
{
    const AbiSignature signature = functionSignature(m_contract, selector);
    const auto data = abiEncodeCall(signature, args);
    if (!data)
        return fail(badAnswer(QLatin1String(describe(data.error()))));
    TxRequest request;
    request.to = m_address;
    request.value = value;
    request.data = *data;
    const auto hash = m_client.sendTransaction(key, request);
    if (!hash)
        return fail(withDecodedRevert(hash.error()));
    auto receipt = m_client.waitForReceipt(*hash, confirmations);
    if (!receipt)
        return fail(receipt.error());
    if (!receipt->success)
        return fail(RpcError{RpcErrorKind::Reverted, 0, 0,
                             QStringLiteral("the transaction %1 reverted in block %2").arg(hexOf(*hash)).arg(receipt->blockNumber),
                             {}, {}});
    return std::move(*receipt);
}

crypto::Hash32 eventTopic(const contracts::Topic &topic)
{
    crypto::Hash32 out{};
    std::copy(topic.begin(), topic.end(), out.begin());
    return out;
}

crypto::Hash32 addressTopic(const crypto::Address &address)
{
    crypto::Hash32 out{};
    std::copy(address.begin(), address.end(), out.begin() + 12);
    return out;
}

AbiEvent eventOf(const contracts::Contract &contract, const contracts::Topic &topic, std::initializer_list<bool> indexed)
{
    for (const contracts::Event &e : contract.events) {
        if (e.topic0 != topic)
            continue;
        const auto parsed = AbiSignature::parse(e.signature);
        assert(parsed && parsed->inputs.size() == indexed.size());
        AbiEvent event;
        event.name = parsed->name;
        auto flag = indexed.begin();
        for (const AbiType &type : parsed->inputs)
            event.params.push_back({type, *flag++});
        return event;
    }
    assert(false && "topic not in the contract");
    return {};
}

std::optional<AbiValue::List> decodeEventLog(const AbiEvent &event, const LogEntry &log)
{
    std::size_t indexed = 0;
    for (const AbiEventParam &p : event.params)
        indexed += p.indexed ? 1 : 0;
    if (log.topics.size() != indexed + 1)
        return std::nullopt;
    auto values = abiDecodeLog(event, log.topics, log.data);
    if (!values)
        return std::nullopt;
    return std::move(*values);
}

crypto::Hash32 bytes32Of(const AbiValue &value)
{
    crypto::Hash32 out{};
    const crypto::Bytes *bytes = value.asBytes();
    assert(bytes && bytes->size() == 32);
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

std::uint64_t uint64Of(const AbiValue &value)
{
    const U256 *u = value.asUint();
    assert(u && u->toUint64());
    return *u->toUint64();
}

AbiValue bytes32Value(const crypto::Hash32 &value)
{
    return crypto::Bytes(value.begin(), value.end());
}


Result<std::uint64_t, RpcError> ContractClient::uint64View(const contracts::Selector &selector, const BlockTag &block) const
{
    auto v = view(selector, {}, "(uint256)", block);
    if (!v)
        return fail(v.error());
    const auto n = v->at(0).asUint()->toUint64();
    if (!n)
        return fail(RpcError{RpcErrorKind::BadAnswer, 0, 0, QStringLiteral("a value too large for 64 bits"), {}, {}});
    return *n;
}

Result<crypto::Address, RpcError> ContractClient::addressView(const contracts::Selector &selector, const BlockTag &block) const
{
    auto v = view(selector, {}, "(address)", block);
    if (!v)
        return fail(v.error());
    return *v->at(0).asAddress();
}

} // namespace carnet::core::ledger
