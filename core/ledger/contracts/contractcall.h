// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The plumbing the typed contract bindings share (recordlog.h, accessgrants.h, researchmarket.h):
 * a view at a chosen block, a transaction sent and waited for, and strict event-log checks.
 *
 * Calls are encoded from the signature solc produced for a generated selector (functionSignature),
 * never from hand-written strings; a revert comes back as RpcErrorKind::Reverted with the raw revert
 * data in RpcError::data and the decoded error ("NotPatient(0x…)") in RpcError::message. */
#include "core/ledger/contracts/registry.h"

#include <QJsonObject>
#include <QJsonValue>

namespace carnet::core::ledger {

/** The block a view reads state at: "latest" (the default), "pending", "earliest", a number, or a
 *  block hash (EIP-1898: {"blockHash": "0x…", "requireCanonical": true}, which a node must refuse
 *  rather than answer for another block). */
class BlockTag
{
public:
    BlockTag() = default;
    BlockTag(std::uint64_t number) // NOLINT: implicit on purpose, entryCount(id, 42)
        : m_value(quantityText(U256(number)))
    { }
    static BlockTag latest() { return {}; }
    static BlockTag pending() { return BlockTag(QJsonValue(QStringLiteral("pending"))); }
    static BlockTag atHash(const crypto::Hash32 &hash)
    {
        QJsonObject o;
        o.insert(QStringLiteral("blockHash"), hexOf(hash));
        o.insert(QStringLiteral("requireCanonical"), true);
        return BlockTag(QJsonValue(o));
    }
    /** The JSON-RPC block parameter. */
    const QJsonValue &json() const { return m_value; }

private:
    explicit BlockTag(QJsonValue value)
        : m_value(std::move(value))
    { }
    QJsonValue m_value = QStringLiteral("latest");
};

/** One deployed contract: typed views and transactions over an EthClient. */
class ContractClient
{
public:
    ContractClient(EthClient &client, const contracts::Contract &contract, const crypto::Address &address)
        : m_client(client)
        , m_contract(contract)
        , m_address(address)
    { }
    EthClient &client() const { return m_client; }
    const crypto::Address &address() const { return m_address; }

    /** eth_call of the function `selector` at `block`, its answer decoded strictly as `returns`
     *  (a tuple type list such as "(bytes32,address)"). */
    Result<AbiValue::List, RpcError> view(const contracts::Selector &selector, const AbiValue::List &args,
                                          std::string_view returns, const BlockTag &block = {}) const;
    /** A view with no arguments returning one uint256 that must fit 64 bits (a constant, a count). */
    Result<std::uint64_t, RpcError> uint64View(const contracts::Selector &selector, const BlockTag &block = {}) const;
    /** A view with no arguments returning one address (the registry a contract checks, …). */
    Result<crypto::Address, RpcError> addressView(const contracts::Selector &selector, const BlockTag &block = {}) const;
    /** Signs with `key`, sends (gas estimated, so a revert is caught before sending and decoded),
     *  and waits for the receipt with `confirmations`; a mined failure is Reverted too. */
    Result<Receipt, RpcError> transact(const crypto::PrivateKey &key, const contracts::Selector &selector,
                                       const AbiValue::List &args, int confirmations = 1, const U256 &value = {}) const;

private:
    EthClient &m_client;
    const contracts::Contract &m_contract;
    crypto::Address m_address;
};

/** A generated event topic as a log topic. */
crypto::Hash32 eventTopic(const contracts::Topic &topic);
/** An address as an indexed topic (left-padded to 32 bytes). */
crypto::Hash32 addressTopic(const crypto::Address &address);
/** The signature solc gave the event with this topic in `contract` (asserts it exists). */
AbiEvent eventOf(const contracts::Contract &contract, const contracts::Topic &topic, std::initializer_list<bool> indexed);
/** abiDecodeLog of `log` as `event`, also requiring the exact topic count (non-anonymous events):
 *  nullopt for a log of another event or a malformed one. */
std::optional<AbiValue::List> decodeEventLog(const AbiEvent &event, const LogEntry &log);

/** Where an event was emitted: for telling logs apart and following reorgs. */
struct LogOrigin
{
    std::uint64_t blockNumber = 0;
    crypto::Hash32 blockHash{};
    crypto::Hash32 txHash{};
    std::uint64_t logIndex = 0;

    static LogOrigin of(const LogEntry &log) { return {log.blockNumber, log.blockHash, log.transactionHash, log.logIndex}; }
    friend bool operator==(const LogOrigin &, const LogOrigin &) = default;
};

// Strict accessors for decoded values whose types the decoder already checked.
crypto::Hash32 bytes32Of(const AbiValue &value);
std::uint64_t uint64Of(const AbiValue &value); // for uintN with N <= 64
/** A bytes32 as an AbiValue. */
AbiValue bytes32Value(const crypto::Hash32 &value);

} // namespace carnet::core::ledger
