// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* EthClient: typed eth_* calls on a set of nodes of one chain (docs/LEDGER-NETWORK.md).
 *
 * Design: synchronous, built on RpcClient::callSync (a local event loop per call). It is meant for
 * the CLI, tests and worker threads; the app's UI thread talks to RpcClient asynchronously.
 *
 * Every node's eth_chainId is checked before the node is used for anything else (checkNodes(), run
 * implicitly by the first call): a node on another chain is refused with ChainMismatch and never
 * used. Calls go to the first accepted node and fail over to the next one on transport-level errors
 * (timeout, transport, HTTP status, too large, too deep, malformed); a JSON-RPC error is the node's
 * answer and is returned. Transactions: EIP-1559 when the latest block has a baseFeePerGas, legacy
 * EIP-155 otherwise, signed locally by transaction.h; with GasPricing::Free (the network file's
 * "gas": "free") every fee is zero whatever the node suggests, so keys that hold nothing can send
 * (the patient's P_n is never funded: a funding transaction would link it); nonces are the
 * node's pending count or the local next nonce, whichever is higher, so several transactions can be
 * sent in a row without waiting. */
#include "core/ledger/networkconfig.h"
#include "core/ledger/rpcclient.h"
#include "core/ledger/transaction.h"
#include "core/result.h"

#include <QHash>
#include <QJsonValue>

#include <functional>
#include <memory>
#include <vector>

namespace carnet::core::ledger {

struct TxRequest
{
    std::optional<crypto::Address> to; // nullopt: contract creation
    U256 value;
    crypto::Bytes data;
    std::optional<std::uint64_t> gasLimit; // nullopt: eth_estimateGas + 20 %
};

struct FeeParams
{
    TxType type = TxType::Eip1559;
    U256 maxPriorityFeePerGas;
    U256 maxFeePerGas;
    U256 gasPrice; // legacy
};

struct LogEntry
{
    crypto::Address address{};
    std::vector<crypto::Hash32> topics;
    crypto::Bytes data;
    std::uint64_t blockNumber = 0;
    crypto::Hash32 blockHash{}; // zero when the node did not give one
    crypto::Hash32 transactionHash{};
    std::uint64_t logIndex = 0;
    bool removed = false;
};

struct Receipt
{
    crypto::Hash32 transactionHash{};
    bool success = false;
    std::uint64_t blockNumber = 0;
    crypto::Hash32 blockHash{};
    std::uint64_t gasUsed = 0;
    std::optional<crypto::Address> contractAddress;
    std::vector<LogEntry> logs;
};

struct LogFilter
{
    std::optional<crypto::Address> address;
    std::vector<std::optional<crypto::Hash32>> topics; // nullopt: any value at that position
};

struct LogWindowOptions
{
    std::uint64_t initialWindow = 2000; // blocks per eth_getLogs, also the ceiling when growing back
    int growAfter = 4;                  // successful windows in a row before the window doubles
    /** Bytes of answer bodies one getLogs call accepts over all its windows. 256 MiB: an honest record
     *  of 10,000 entries of about 1.1 KB is about 26 MB of JSON (10 times less); a node that answers
     *  window after window with plausible logs is stopped here (BadAnswer). */
    qint64 maxTotalBytes = qint64(256) * 1024 * 1024;
    /** eth_getLogs requests one call may send, refused windows included. 100,000 windows of 2,000
     *  blocks cover 200 million blocks (12 years of 2-second blocks); a node that keeps refusing
     *  ranges until the window is one block is stopped here (BadAnswer). */
    int maxRequests = 100000;
};

struct LogQueryStats
{
    int requests = 0;
    int rangeErrors = 0;
    std::uint64_t smallestWindow = 0;
    std::uint64_t finalWindow = 0;
    qint64 bytes = 0; // answer bodies received, over all windows
};

struct NodeStatus
{
    QString label; // scheme://host:port
    bool accepted = false;
    RpcError error; // why it was refused
};

class EthClient
{
public:
    EthClient(std::uint64_t chainId, const QList<QUrl> &nodes, const RpcOptions &options = {},
              GasPricing gas = GasPricing::Market);
    /** The network file's chain, nodes and gas pricing. */
    explicit EthClient(const NetworkConfig &network, const RpcOptions &options = {});
    ~EthClient();
    EthClient(const EthClient &) = delete;
    EthClient &operator=(const EthClient &) = delete;

    std::uint64_t chainId() const { return m_chainId; }
    GasPricing gasPricing() const { return m_gas; }

    /** eth_chainId on every node; NoNode (message lists each node's problem) when none is accepted. */
    Result<void, RpcError> checkNodes();
    const QList<NodeStatus> &nodeStatus() const { return m_status; }

    /** A raw call on the current node (after checkNodes), with failover. */
    RpcAnswer request(const QString &method, const QJsonArray &params = {});

    Result<std::uint64_t, RpcError> blockNumber();
    Result<U256, RpcError> balance(const crypto::Address &account, const QString &block = QStringLiteral("latest"));
    Result<std::uint64_t, RpcError> pendingNonce(const crypto::Address &account);
    /** eth_call; a revert comes back as Reverted with the revert data in error.data. */
    /** `block` is a tag or quantity string, or an EIP-1898 object ({"blockHash": …}). */
    Result<crypto::Bytes, RpcError> call(const crypto::Address &to, crypto::ByteView data,
                                         const QJsonValue &block = QStringLiteral("latest"));
    Result<std::uint64_t, RpcError> estimateGas(const crypto::Address &from, const TxRequest &tx);
    /** Market: from the latest block and the node's suggestions. Free: all zero (EIP-1559 when the
     *  latest block has a base fee, which must then be 0, legacy otherwise); the node is not asked
     *  for a price. */
    Result<FeeParams, RpcError> feeParams();
    /** Signs and sends; returns the transaction hash (checked against the node's answer). */
    Result<crypto::Hash32, RpcError> sendTransaction(const crypto::PrivateKey &key, const TxRequest &tx);
    /** The receipt, or nullopt while the transaction is not mined. */
    Result<std::optional<Receipt>, RpcError> receipt(const crypto::Hash32 &hash);
    /** Polls until the receipt's block has `confirmations` blocks on top of it counting itself (1 = mined). */
    Result<Receipt, RpcError> waitForReceipt(const crypto::Hash32 &hash, int confirmations = 1,
                                             std::chrono::milliseconds timeout = std::chrono::seconds(60),
                                             std::chrono::milliseconds poll = std::chrono::milliseconds(100));
    /** eth_getLogs over [from, to] in adaptive windows (halved on range/limit errors and on answers
     *  over the size limit, doubled back after LogWindowOptions::growAfter successes, never above
     *  initialWindow). BadAnswer when the answers pass maxTotalBytes in total or the windows need more
     *  than maxRequests requests. */
    Result<std::vector<LogEntry>, RpcError> getLogs(const LogFilter &filter, std::uint64_t from, std::uint64_t to,
                                                    const LogWindowOptions &options = {}, LogQueryStats *stats = nullptr);
    /** getLogs, but each window's logs (in order) go to `sink` as soon as they are in, and are not kept:
     *  the caller works on one window before the next is read. `sink` returning false ends the query
     *  there (not an error). */
    Result<void, RpcError> forEachLogWindow(const LogFilter &filter, std::uint64_t from, std::uint64_t to,
                                            const std::function<bool(std::vector<LogEntry> &&)> &sink,
                                            const LogWindowOptions &options = {}, LogQueryStats *stats = nullptr);

    /** Forgets the local nonce of `account` (after an external transaction). */
    void resetNonce(const crypto::Address &account);

private:
    RpcAnswer requestChecked(const QString &method, const QJsonArray &params);
    std::uint64_t m_chainId;
    GasPricing m_gas = GasPricing::Market;
    std::vector<std::unique_ptr<RpcClient>> m_clients;
    QList<NodeStatus> m_status;
    bool m_checked = false;
    std::size_t m_current = 0;
    QHash<QByteArray, std::uint64_t> m_nextNonce;
};

// JSON-RPC value helpers (strict: QUANTITY without leading zeros, DATA as even-length 0x hex).
std::optional<U256> quantityOf(const QJsonValue &value);
std::optional<crypto::Bytes> dataOf(const QJsonValue &value);
std::optional<crypto::Hash32> hash32Of(const QJsonValue &value);
std::optional<crypto::Address> addressOf(const QJsonValue &value);
QString hexOf(crypto::ByteView bytes);
QString addressText(const crypto::Address &address); // EIP-55
QString quantityText(const U256 &value);
/** True when a node error looks like "range too large" / "too many results" (-32005, -32602, text). */
bool isRangeError(const RpcError &error);
/** True when a node error is a revert (code 3, revert data, or "revert" in the text). */
bool isRevertError(const RpcError &error);

} // namespace carnet::core::ledger
