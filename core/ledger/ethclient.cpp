// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/ethclient.h"

#include <QEventLoop>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>

namespace carnet::core::ledger {

using crypto::Address;
using crypto::Bytes;
using crypto::Hash32;

// ---- value helpers ----

std::optional<U256> quantityOf(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    return U256::fromQuantity(value.toString().toStdString());
}

std::optional<Bytes> dataOf(const QJsonValue &value)
{
    if (!value.isString())
        return std::nullopt;
    // Straight from the UTF-16 text: an eth_getLogs answer holds megabytes of hex, and a detour
    // through a std::string copy of each value was a tenth of reading it.
    const QString text = value.toString();
    if (!text.startsWith(QLatin1String("0x")) || text.size() % 2 != 0)
        return std::nullopt;
    auto nibble = [](char16_t c) -> int {
        if (c >= u'0' && c <= u'9')
            return c - u'0';
        if (c >= u'a' && c <= u'f')
            return c - u'a' + 10;
        if (c >= u'A' && c <= u'F')
            return c - u'A' + 10;
        return -1;
    };
    const QChar *digits = text.constData() + 2;
    Bytes out(static_cast<std::size_t>(text.size() - 2) / 2);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const int hi = nibble(digits[2 * i].unicode());
        const int lo = nibble(digits[2 * i + 1].unicode());
        if (hi < 0 || lo < 0)
            return std::nullopt;
        out[i] = static_cast<std::uint8_t>((hi << 4) | lo);
    }
    return out;
}

std::optional<Hash32> hash32Of(const QJsonValue &value)
{
    const auto bytes = dataOf(value);
    if (!bytes || bytes->size() != 32)
        return std::nullopt;
    Hash32 out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

std::optional<Address> addressOf(const QJsonValue &value)
{
    const auto bytes = dataOf(value);
    if (!bytes || bytes->size() != 20)
        return std::nullopt;
    Address out{};
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return out;
}

QString hexOf(crypto::ByteView bytes)
{
    return QStringLiteral("0x") + QString::fromStdString(crypto::toHex(bytes));
}

QString addressText(const Address &address)
{
    return QString::fromStdString(crypto::toChecksumAddress(address));
}

QString quantityText(const U256 &value)
{
    return QString::fromStdString(value.toQuantity());
}

bool isRangeError(const RpcError &error)
{
    if (error.kind != RpcErrorKind::RpcError)
        return false;
    if (error.code == -32005 || error.code == -32602)
        return true;
    const QString m = error.message.toLower();
    return m.contains(QLatin1String("range")) || m.contains(QLatin1String("limit"))
        || m.contains(QLatin1String("too many")) || m.contains(QLatin1String("exceed"));
}

bool isRevertError(const RpcError &error)
{
    if (error.kind != RpcErrorKind::RpcError)
        return error.kind == RpcErrorKind::Reverted;
    return error.code == 3 || !error.data.isEmpty() || error.message.contains(QLatin1String("revert"), Qt::CaseInsensitive);
}

namespace {

RpcError badAnswer(const QString &what, const QString &node = {})
{
    return RpcError{RpcErrorKind::BadAnswer, 0, 0, what, {}, node};
}

bool transportLevel(RpcErrorKind kind)
{
    switch (kind) {
    case RpcErrorKind::Timeout: case RpcErrorKind::Transport: case RpcErrorKind::HttpStatus:
    case RpcErrorKind::TooLarge: case RpcErrorKind::TooDeep: case RpcErrorKind::Malformed:
        return true;
    default:
        return false;
    }
}

RpcError asRevert(RpcError error)
{
    if (isRevertError(error))
        error.kind = RpcErrorKind::Reverted;
    return error;
}

void waitFor(std::chrono::milliseconds delay)
{
    QEventLoop loop;
    QTimer::singleShot(delay, &loop, &QEventLoop::quit);
    loop.exec();
}

std::optional<std::uint64_t> u64Of(const QJsonValue &value)
{
    const auto q = quantityOf(value);
    return q ? q->toUint64() : std::nullopt;
}

std::optional<LogEntry> parseLog(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    LogEntry log;
    const auto address = addressOf(o.value(QLatin1String("address")));
    const auto data = dataOf(o.value(QLatin1String("data")));
    const auto block = u64Of(o.value(QLatin1String("blockNumber")));
    const auto tx = hash32Of(o.value(QLatin1String("transactionHash")));
    const auto index = u64Of(o.value(QLatin1String("logIndex")));
    if (!address || !data || !block || !tx || !index)
        return std::nullopt;
    const QJsonArray topics = o.value(QLatin1String("topics")).toArray();
    if (topics.size() > 4)
        return std::nullopt;
    for (const QJsonValue &t : topics) {
        const auto topic = hash32Of(t);
        if (!topic)
            return std::nullopt;
        log.topics.push_back(*topic);
    }
    log.address = *address;
    log.data = *data;
    log.blockNumber = *block;
    log.transactionHash = *tx;
    log.logIndex = *index;
    if (const QJsonValue blockHash = o.value(QLatin1String("blockHash")); !blockHash.isUndefined() && !blockHash.isNull()) {
        const auto hash = hash32Of(blockHash);
        if (!hash)
            return std::nullopt;
        log.blockHash = *hash;
    }
    log.removed = o.value(QLatin1String("removed")).toBool(false);
    return log;
}

QJsonObject txObject(const std::optional<Address> &from, const TxRequest &tx)
{
    QJsonObject o;
    if (from)
        o.insert(QStringLiteral("from"), addressText(*from));
    if (tx.to)
        o.insert(QStringLiteral("to"), addressText(*tx.to));
    if (!tx.value.isZero())
        o.insert(QStringLiteral("value"), quantityText(tx.value));
    o.insert(QStringLiteral("data"), hexOf(tx.data));
    return o;
}

} // namespace

// ---- EthClient ----

EthClient::EthClient(std::uint64_t chainId, const QList<QUrl> &nodes, const RpcOptions &options, GasPricing gas)
    : m_chainId(chainId), m_gas(gas)
{
    for (const QUrl &url : nodes)
        m_clients.push_back(std::make_unique<RpcClient>(url, options));
}

EthClient::EthClient(const NetworkConfig &network, const RpcOptions &options)
    : EthClient(network.chainId, network.nodes, options, network.gas)
{
}

EthClient::~EthClient() = default;

Result<void, RpcError> EthClient::checkNodes()
{
    m_checked = true;
    m_status.clear();
    QStringList problems;
    for (const auto &client : m_clients) {
        NodeStatus status;
        status.label = client->nodeLabel();
        const RpcAnswer answer = client->callSync(QStringLiteral("eth_chainId"));
        const auto id = answer.error.ok() ? u64Of(answer.result) : std::nullopt;
        if (!answer.error.ok()) {
            status.error = answer.error;
        } else if (!id) {
            status.error = badAnswer(QStringLiteral("eth_chainId is not a quantity"), status.label);
        } else if (*id != m_chainId) {
            status.error = RpcError{RpcErrorKind::ChainMismatch, 0, 0,
                                    QStringLiteral("the node is on chain %1, not %2").arg(*id).arg(m_chainId), {},
                                    status.label};
        } else {
            status.accepted = true;
        }
        if (!status.accepted)
            problems.append(status.error.toString());
        m_status.append(status);
    }
    m_current = 0;
    while (m_current < m_clients.size() && !m_status[static_cast<qsizetype>(m_current)].accepted)
        ++m_current;
    if (m_current == m_clients.size()) {
        RpcError error{RpcErrorKind::NoNode, 0, 0, problems.join(QStringLiteral("; ")), {}, {}};
        // A single refused node keeps its own kind (ChainMismatch, Transport, …), easier to act on.
        if (m_status.size() == 1)
            error = m_status.constFirst().error;
        return fail(error);
    }
    return {};
}

RpcAnswer EthClient::request(const QString &method, const QJsonArray &params)
{
    if (!m_checked) {
        if (auto checked = checkNodes(); !checked) {
            RpcAnswer failed;
            failed.error = checked.error();
            return failed;
        }
    }
    return requestChecked(method, params);
}

RpcAnswer EthClient::requestChecked(const QString &method, const QJsonArray &params)
{
    RpcAnswer last;
    last.error = RpcError{RpcErrorKind::NoNode, 0, 0, QStringLiteral("no node on chain %1 is usable").arg(m_chainId), {}, {}};
    for (std::size_t tried = 0; tried < m_clients.size(); ++tried) {
        const std::size_t index = (m_current + tried) % m_clients.size();
        if (!m_status[static_cast<qsizetype>(index)].accepted)
            continue;
        RpcAnswer answer = m_clients[index]->callSync(method, params);
        if (answer.error.ok() || !transportLevel(answer.error.kind)) {
            m_current = index;
            return answer;
        }
        last = answer;
    }
    return last;
}

Result<std::uint64_t, RpcError> EthClient::blockNumber()
{
    const RpcAnswer a = request(QStringLiteral("eth_blockNumber"));
    if (!a.error.ok())
        return fail(a.error);
    if (const auto n = u64Of(a.result))
        return *n;
    return fail(badAnswer(QStringLiteral("eth_blockNumber is not a quantity")));
}

Result<U256, RpcError> EthClient::balance(const Address &account, const QString &block)
{
    const RpcAnswer a = request(QStringLiteral("eth_getBalance"), {addressText(account), block});
    if (!a.error.ok())
        return fail(a.error);
    if (const auto q = quantityOf(a.result))
        return *q;
    return fail(badAnswer(QStringLiteral("eth_getBalance is not a quantity")));
}

Result<std::uint64_t, RpcError> EthClient::pendingNonce(const Address &account)
{
    const RpcAnswer a = request(QStringLiteral("eth_getTransactionCount"), {addressText(account), QStringLiteral("pending")});
    if (!a.error.ok())
        return fail(a.error);
    if (const auto n = u64Of(a.result))
        return *n;
    return fail(badAnswer(QStringLiteral("eth_getTransactionCount is not a quantity")));
}

Result<Bytes, RpcError> EthClient::call(const Address &to, crypto::ByteView data, const QJsonValue &block)
{
    TxRequest tx;
    tx.to = to;
    tx.data.assign(data.begin(), data.end());
    const RpcAnswer a = request(QStringLiteral("eth_call"), {txObject(std::nullopt, tx), block});
    if (!a.error.ok())
        return fail(asRevert(a.error));
    if (const auto bytes = dataOf(a.result))
        return *bytes;
    return fail(badAnswer(QStringLiteral("eth_call did not answer with data")));
}

Result<std::uint64_t, RpcError> EthClient::estimateGas(const Address &from, const TxRequest &tx)
{
    const RpcAnswer a = request(QStringLiteral("eth_estimateGas"), {txObject(from, tx)});
    if (!a.error.ok())
        return fail(asRevert(a.error));
    if (const auto n = u64Of(a.result))
        return *n;
    return fail(badAnswer(QStringLiteral("eth_estimateGas is not a quantity")));
}

Result<FeeParams, RpcError> EthClient::feeParams()
{
    const RpcAnswer block = request(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
    if (!block.error.ok())
        return fail(block.error);
    if (!block.result.isObject())
        return fail(badAnswer(QStringLiteral("eth_getBlockByNumber did not answer with a block")));
    FeeParams fees;
    const QJsonValue baseValue = block.result.toObject().value(QLatin1String("baseFeePerGas"));
    if (m_gas == GasPricing::Free) {
        // A zero-gas chain: nothing to ask, nothing to pay (all the fees of FeeParams stay zero). A
        // base fee above zero means the network file is wrong about this chain: say so rather than
        // send a transaction that no node would include.
        if (baseValue.isUndefined() || baseValue.isNull()) {
            fees.type = TxType::Legacy;
            return fees;
        }
        const auto baseFee = quantityOf(baseValue);
        if (!baseFee)
            return fail(badAnswer(QStringLiteral("baseFeePerGas is not a quantity")));
        if (!baseFee->isZero())
            return fail(badAnswer(QStringLiteral("the network file says gas is free, but the chain's base fee is %1 wei")
                                      .arg(QString::fromStdString(baseFee->toDecimal()))));
        fees.type = TxType::Eip1559;
        return fees;
    }
    if (baseValue.isUndefined() || baseValue.isNull()) {
        // No EIP-1559 on this chain (a Besu QBFT network with zero gas price, for example): legacy.
        fees.type = TxType::Legacy;
        const RpcAnswer price = request(QStringLiteral("eth_gasPrice"));
        const auto gasPrice = price.error.ok() ? quantityOf(price.result) : std::nullopt;
        if (!gasPrice)
            return fail(price.error.ok() ? badAnswer(QStringLiteral("eth_gasPrice is not a quantity")) : price.error);
        fees.gasPrice = *gasPrice;
        return fees;
    }
    const auto baseFee = quantityOf(baseValue);
    if (!baseFee)
        return fail(badAnswer(QStringLiteral("baseFeePerGas is not a quantity")));
    std::optional<U256> tip;
    const RpcAnswer priority = request(QStringLiteral("eth_maxPriorityFeePerGas"));
    if (priority.error.ok()) {
        tip = quantityOf(priority.result);
    } else if (priority.error.kind == RpcErrorKind::RpcError) {
        // Not every node has eth_maxPriorityFeePerGas: the median tip of the last blocks instead.
        const RpcAnswer history = request(QStringLiteral("eth_feeHistory"), {QStringLiteral("0x5"), QStringLiteral("latest"), QJsonArray{50}});
        std::vector<U256> rewards;
        for (const QJsonValue &r : history.result.toObject().value(QLatin1String("reward")).toArray())
            if (const auto q = quantityOf(r.toArray().at(0)))
                rewards.push_back(*q);
        std::sort(rewards.begin(), rewards.end());
        tip = rewards.empty() ? U256(0) : rewards[rewards.size() / 2];
    }
    if (!tip)
        return fail(priority.error.ok() ? badAnswer(QStringLiteral("eth_maxPriorityFeePerGas is not a quantity")) : priority.error);
    const auto doubled = U256::mul(*baseFee, 2);
    const auto maxFee = doubled ? U256::add(*doubled, *tip) : std::nullopt;
    if (!maxFee)
        return fail(badAnswer(QStringLiteral("fee overflow")));
    fees.maxPriorityFeePerGas = *tip;
    fees.maxFeePerGas = *maxFee;
    return fees;
}

void EthClient::resetNonce(const Address &account)
{
    m_nextNonce.remove(QByteArray(reinterpret_cast<const char *>(account.data()), 20));
}

Result<Hash32, RpcError> EthClient::sendTransaction(const crypto::PrivateKey &key, const TxRequest &request)
{
    const Address from = crypto::addressOf(key.publicKey());
    const QByteArray nonceKey(reinterpret_cast<const char *>(from.data()), 20);
    auto fees = feeParams();
    if (!fees)
        return fail(fees.error());
    std::uint64_t gasLimit = 0;
    if (request.gasLimit) {
        gasLimit = *request.gasLimit;
    } else {
        auto estimate = estimateGas(from, request);
        if (!estimate)
            return fail(estimate.error());
        gasLimit = *estimate + *estimate / 5;
    }
    for (int attempt = 0; attempt < 2; ++attempt) {
        auto pending = pendingNonce(from);
        if (!pending)
            return fail(pending.error());
        const std::uint64_t nonce = std::max(*pending, m_nextNonce.value(nonceKey, 0));
        Transaction tx;
        tx.type = fees->type;
        tx.chainId = m_chainId;
        tx.nonce = nonce;
        tx.maxPriorityFeePerGas = fees->maxPriorityFeePerGas;
        tx.maxFeePerGas = fees->maxFeePerGas;
        tx.gasPrice = fees->gasPrice;
        tx.gasLimit = gasLimit;
        tx.to = request.to;
        tx.value = request.value;
        tx.data = request.data;
        const SignedTransaction signedTx = signTransaction(tx, key);
        const RpcAnswer a = this->request(QStringLiteral("eth_sendRawTransaction"), {hexOf(signedTx.raw)});
        if (!a.error.ok()) {
            // A transaction sent by another program took our nonce: forget ours and ask again once.
            if (attempt == 0 && a.error.message.contains(QLatin1String("nonce too low"), Qt::CaseInsensitive)) {
                m_nextNonce.remove(nonceKey);
                continue;
            }
            return fail(asRevert(a.error));
        }
        const auto hash = hash32Of(a.result);
        if (!hash || *hash != signedTx.hash)
            return fail(badAnswer(QStringLiteral("the node answered another transaction hash")));
        m_nextNonce.insert(nonceKey, nonce + 1);
        return *hash;
    }
    return fail(badAnswer(QStringLiteral("nonce conflict")));
}

Result<std::optional<Receipt>, RpcError> EthClient::receipt(const Hash32 &hash)
{
    const RpcAnswer a = request(QStringLiteral("eth_getTransactionReceipt"), {hexOf(hash)});
    if (!a.error.ok())
        return fail(a.error);
    if (a.result.isNull())
        return std::optional<Receipt>{};
    const QJsonObject o = a.result.toObject();
    Receipt r;
    const auto txHash = hash32Of(o.value(QLatin1String("transactionHash")));
    const auto status = u64Of(o.value(QLatin1String("status")));
    const auto block = u64Of(o.value(QLatin1String("blockNumber")));
    const auto blockHash = hash32Of(o.value(QLatin1String("blockHash")));
    const auto gasUsed = u64Of(o.value(QLatin1String("gasUsed")));
    if (!txHash || *txHash != hash || !status || *status > 1 || !block || !blockHash || !gasUsed)
        return fail(badAnswer(QStringLiteral("malformed receipt")));
    r.transactionHash = *txHash;
    r.success = *status == 1;
    r.blockNumber = *block;
    r.blockHash = *blockHash;
    r.gasUsed = *gasUsed;
    const QJsonValue created = o.value(QLatin1String("contractAddress"));
    if (!created.isNull() && !created.isUndefined()) {
        r.contractAddress = addressOf(created);
        if (!r.contractAddress)
            return fail(badAnswer(QStringLiteral("malformed contractAddress")));
    }
    for (const QJsonValue &l : o.value(QLatin1String("logs")).toArray()) {
        const auto log = parseLog(l);
        if (!log)
            return fail(badAnswer(QStringLiteral("malformed log in receipt")));
        r.logs.push_back(*log);
    }
    return std::optional<Receipt>{std::move(r)};
}

Result<Receipt, RpcError> EthClient::waitForReceipt(const Hash32 &hash, int confirmations,
                                                    std::chrono::milliseconds timeout, std::chrono::milliseconds poll)
{
    const auto deadline = std::chrono::steady_clock::now() + timeout;
    for (;;) {
        auto r = receipt(hash);
        if (!r)
            return fail(r.error());
        if (*r) {
            auto head = blockNumber();
            if (!head)
                return fail(head.error());
            const std::uint64_t mined = (*r)->blockNumber;
            if (*head >= mined && *head - mined + 1 >= static_cast<std::uint64_t>(std::max(confirmations, 1)))
                return std::move(**r);
        }
        if (std::chrono::steady_clock::now() + poll > deadline)
            return fail(RpcError{RpcErrorKind::Timeout, 0, 0,
                                 QStringLiteral("transaction %1 not confirmed %2 times within %3 ms")
                                     .arg(hexOf(hash)).arg(confirmations).arg(timeout.count()), {}, {}});
        waitFor(poll);
    }
}

Result<std::vector<LogEntry>, RpcError> EthClient::getLogs(const LogFilter &filter, std::uint64_t from, std::uint64_t to,
                                                           const LogWindowOptions &options, LogQueryStats *stats)
{
    std::vector<LogEntry> logs;
    auto keep = [&logs](std::vector<LogEntry> &&window) {
        if (logs.empty())
            logs = std::move(window);
        else
            logs.insert(logs.end(), std::make_move_iterator(window.begin()), std::make_move_iterator(window.end()));
        return true;
    };
    if (auto done = forEachLogWindow(filter, from, to, keep, options, stats); !done)
        return fail(done.error());
    return logs;
}

Result<void, RpcError> EthClient::forEachLogWindow(const LogFilter &filter, std::uint64_t from, std::uint64_t to,
                                                   const std::function<bool(std::vector<LogEntry> &&)> &sink,
                                                   const LogWindowOptions &options, LogQueryStats *stats)
{
    LogQueryStats local;
    LogQueryStats &s = stats ? *stats : local;
    s = {};
    const std::uint64_t ceiling = std::max<std::uint64_t>(options.initialWindow, 1);
    std::uint64_t window = ceiling;
    s.smallestWindow = window;
    int successes = 0;
    QJsonArray topics;
    for (const auto &t : filter.topics)
        topics.append(t ? QJsonValue(hexOf(*t)) : QJsonValue(QJsonValue::Null));
    const std::uint64_t first = from;
    const auto overBudget = [&](const QString &what) {
        return fail(badAnswer(QStringLiteral("eth_getLogs for blocks %1 to %2: %3; the answer is refused")
                                  .arg(first).arg(to).arg(what)));
    };
    while (from <= to) {
        if (s.requests >= std::max(options.maxRequests, 1))
            return overBudget(QStringLiteral("more than %1 requests (windows) were needed").arg(options.maxRequests));
        const std::uint64_t end = (to - from >= window - 1) ? from + window - 1 : to;
        QJsonObject query{{QStringLiteral("fromBlock"), quantityText(from)}, {QStringLiteral("toBlock"), quantityText(end)}};
        if (filter.address)
            query.insert(QStringLiteral("address"), addressText(*filter.address));
        if (!topics.isEmpty())
            query.insert(QStringLiteral("topics"), topics);
        ++s.requests;
        const RpcAnswer a = request(QStringLiteral("eth_getLogs"), {query});
        s.bytes += a.bodyBytes;
        if (s.bytes > options.maxTotalBytes)
            return overBudget(QStringLiteral("the answers passed %1 bytes in total").arg(options.maxTotalBytes));
        if (!a.error.ok()) {
            // A window whose logs pass the answer size limit (16 MiB) is narrowed like a node's own
            // range limit: a dense record (thousands of entries in a few blocks) is not a bad node.
            if ((isRangeError(a.error) || a.error.kind == RpcErrorKind::TooLarge) && end > from) {
                ++s.rangeErrors;
                // Half of the blocks asked, not of the nominal window: a window wider than what is
                // left would be refused again with the same answer (and a node builds it each time).
                window = std::max<std::uint64_t>((end - from + 1) / 2, 1);
                s.smallestWindow = std::min(s.smallestWindow, window);
                successes = 0;
                continue;
            }
            return fail(a.error);
        }
        if (!a.result.isArray())
            return fail(badAnswer(QStringLiteral("eth_getLogs did not answer with an array")));
        const QJsonArray answered = a.result.toArray();
        std::vector<LogEntry> logs;
        logs.reserve(static_cast<std::size_t>(answered.size()));
        for (const QJsonValue &l : answered) {
            auto log = parseLog(l);
            if (!log || log->blockNumber < from || log->blockNumber > end)
                return fail(badAnswer(QStringLiteral("eth_getLogs answered a malformed or out-of-range log")));
            logs.push_back(std::move(*log));
        }
        if (!sink(std::move(logs)) || end == to)
            break;
        from = end + 1;
        if (++successes >= options.growAfter && window < ceiling) {
            window = std::min(window * 2, ceiling);
            successes = 0;
        }
    }
    s.finalWindow = window;
    return {};
}

} // namespace carnet::core::ledger
