// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/walletrecords.h"

#include "core/ledger/abi.h"
#include "core/ledger/contracts/recordlog.h"
#include "core/ledger/contracts/registry.h"
#include "core/ledger/ethclient.h"
#include "crypto/random.h"

#include <QThread>

#include <memory>

namespace carnet::core::sync {

namespace {

using Clock = std::chrono::steady_clock;

Failure<ReserveFailure> failed(ReserveError error, std::uint32_t index = 0)
{
    ReserveFailure f;
    f.error = error;
    f.index = index;
    return fail(f);
}

Failure<ReserveFailure> storeFailed(StoreError error, std::uint32_t index = 0)
{
    ReserveFailure f;
    f.error = ReserveError::Store;
    f.store = error;
    f.index = index;
    return fail(f);
}

/** What sending reserve(recordId_n) from P_n gave, before the nodes are asked. */
struct Sent
{
    enum Kind {
        Mined,   ///< mined and confirmed on the node it was sent to
        InUse,   ///< RecordInUse at gas estimation, or mined and reverted (reserve has no other revert for a non-zero id)
        Failed,  ///< not sent, or sent without a confirmed receipt
    } kind = Failed;
    std::optional<crypto::Hash32> transaction; ///< when the node took it
    ledger::RpcError error;                    ///< Failed
};

/** reserve(recordId) with 32 random bytes after the ABI arguments (the contract ignores them). Both
 *  devices of one phrase sign with the same P_n, the same nonce and (RFC 6979) the same signature
 *  nonce: without the salt their two transactions would be the same bytes, one transaction mined
 *  for both, and each device would find "its" receipt and hand the index out. With it they are two
 *  transactions, and at most one of them reserves the id. */
Sent sendReservation(ledger::EthClient &client, const crypto::Address &recordLog, const crypto::PrivateKey &sender,
                     const crypto::Hash32 &recordId, int confirmations, std::chrono::milliseconds timeout)
{
    namespace generated = contracts::recordLog;
    Sent out;
    auto call = ledger::abiEncodeCall(ledger::functionSignature(generated::contract(), generated::fnReserve),
                                      {ledger::bytes32Value(recordId)});
    if (!call) {
        out.error = ledger::RpcError{ledger::RpcErrorKind::BadAnswer, 0, 0, QLatin1String(ledger::describe(call.error())), {}, {}};
        return out;
    }
    ledger::TxRequest request;
    request.to = recordLog;
    request.data = std::move(*call);
    const crypto::Bytes salt = crypto::randomBytes(32);
    request.data.insert(request.data.end(), salt.begin(), salt.end());
    auto hash = client.sendTransaction(sender, request);
    if (!hash) {
        out.error = ledger::withDecodedRevert(hash.error());
        if (out.error.kind == ledger::RpcErrorKind::Reverted && ledger::decodeRevert(out.error.data).name == QLatin1String("RecordInUse"))
            out.kind = Sent::InUse;
        return out;
    }
    out.transaction = *hash;
    auto receipt = client.waitForReceipt(*hash, confirmations, timeout);
    if (!receipt) {
        out.error = receipt.error();
        return out;
    }
    out.kind = receipt->success ? Sent::Mined : Sent::InUse;
    return out;
}

/** One majority read of the record id on every configured node. */
struct Tally
{
    int nodes = 0;
    int answered = 0;
    int mine = 0;        ///< reserved, and this wallet's transaction mined with success and confirmed on that node
    int pending = 0;     ///< reserved, and this wallet's transaction mined there but not confirmed yet
    int takenOther = 0;  ///< reserved or with entries, and this wallet's transaction not mined there (someone else's)
    ledger::RpcError lastError;

    bool majority(int votes) const { return 2 * votes > nodes; }
    bool isMine() const { return majority(mine); }
    bool isTakenByOther() const { return majority(takenOther); }
    bool isTaken() const { return majority(mine + pending + takenOther); }
    bool tooFewAnswers() const { return !majority(answered); }
};

class NodeReader
{
public:
    NodeReader(const ledger::NetworkConfig &network, const crypto::Address &recordLog, const ledger::RpcOptions &rpc)
        : m_recordLog(recordLog), m_confirmations(std::max(network.confirmations, 1))
    {
        for (const QUrl &url : network.nodes)
            m_clients.push_back(std::make_unique<ledger::EthClient>(network.chainId, QList<QUrl>{url}, rpc, network.gas));
    }

    /** Every node's state of `recordId` at its own head, and whether `transaction` reserved it there. */
    Tally read(const crypto::Hash32 &recordId, const std::optional<crypto::Hash32> &transaction)
    {
        Tally t;
        t.nodes = static_cast<int>(m_clients.size());
        for (auto &client : m_clients) {
            auto head = client->blockNumber(); // the first call also checks the node's chain id
            if (!head) {
                t.lastError = head.error();
                continue;
            }
            auto state = ledger::RecordLog(*client, m_recordLog).state(recordId, ledger::BlockTag(*head));
            if (!state) {
                t.lastError = state.error();
                continue;
            }
            std::optional<ledger::Receipt> receipt;
            if (transaction) {
                auto r = client->receipt(*transaction);
                if (!r) {
                    t.lastError = r.error();
                    continue;
                }
                if (*r && (*r)->success && (*r)->blockNumber <= *head)
                    receipt = std::move(**r);
            }
            ++t.answered;
            const bool taken = state->reserved || state->count > 0;
            if (!taken)
                continue;
            if (!receipt)
                ++t.takenOther;
            else if (state->reserved && *head - receipt->blockNumber + 1 >= static_cast<std::uint64_t>(m_confirmations))
                ++t.mine;
            else
                ++t.pending;
        }
        return t;
    }

private:
    crypto::Address m_recordLog;
    int m_confirmations;
    std::vector<std::unique_ptr<ledger::EthClient>> m_clients;
};

ReserveFailure failureOf(ReserveError error, std::uint32_t index, const Tally &t)
{
    ReserveFailure f;
    f.error = error;
    f.index = index;
    f.nodes = t.nodes;
    f.answered = t.answered;
    f.confirmed = t.mine;
    f.rpc = t.lastError;
    return f;
}

} // namespace

QString reserveErrorKey(ReserveError error)
{
    switch (error) {
    case ReserveError::NoNetwork:
        return QStringLiteral("no-network");
    case ReserveError::GasNotFree:
        return QStringLiteral("gas-not-free");
    case ReserveError::Unreachable:
        return QStringLiteral("unreachable");
    case ReserveError::Unverified:
        return QStringLiteral("unverified");
    case ReserveError::SendFailed:
        return QStringLiteral("send-failed");
    case ReserveError::TooManyInUse:
        return QStringLiteral("too-many-in-use");
    case ReserveError::NoIndexLeft:
        return QStringLiteral("no-index-left");
    case ReserveError::Store:
        return QStringLiteral("store");
    }
    return QStringLiteral("unknown");
}

ledger::RpcOptions ReserveOptions::defaultRpcOptions()
{
    ledger::RpcOptions o;
    o.timeout = std::chrono::seconds(15);
    o.maxRetries = 1;
    o.backoff = std::chrono::milliseconds(200);
    return o;
}

Result<Reservation, ReserveFailure> reserveRecord(const ledger::NetworkConfig &network, RecordStore &store,
                                                  const record::RecordKeyring &keyring, RecordKind kind,
                                                  const QString &label, std::int64_t now, const ReserveOptions &options)
{
    const auto recordLog = network.contract(QStringLiteral("RecordLog"));
    if (!recordLog || network.nodes.isEmpty())
        return failed(ReserveError::NoNetwork);
    // P_n holds nothing and is never funded (a funding transaction would link the record to whoever paid).
    if (network.gas != ledger::GasPricing::Free)
        return failed(ReserveError::GasNotFree);

    ledger::EthClient sender(network, options.rpc);
    NodeReader nodes(network, *recordLog, options.rpc);
    Reservation out;
    // n is taken: it is never handed out; it is remembered as used, and the next index is tried.
    auto skip = [&](std::uint32_t n) -> std::optional<ReserveFailure> {
        ReserveFailure stop;
        stop.index = n;
        if (auto used = store.reserveRecordIndex(n + 1); !used) {
            stop.error = ReserveError::Store;
            stop.store = used.error();
            return stop;
        }
        out.skipped.push_back(n);
        if (static_cast<int>(out.skipped.size()) <= options.maxSkips)
            return std::nullopt;
        stop.error = ReserveError::TooManyInUse;
        return stop;
    };
    for (;;) {
        auto next = store.nextRecordIndex();
        if (!next)
            return storeFailed(next.error());
        const std::uint32_t n = *next;
        if (n > record::kMaxRecordIndex)
            return failed(ReserveError::NoIndexLeft, n);
        auto recordId = keyring.recordId(n);
        auto patientKey = keyring.patientKey(n);
        if (!recordId || !patientKey)
            return failed(ReserveError::NoIndexLeft, n); // DerivationFailed: < 2^-127, treated as an unusable index

        // First the nodes' view: with fewer than a majority answering nothing is sent (an index reserved
        // and never confirmed would be wasted), and an id they already show taken is skipped unsent.
        const Tally before = nodes.read(*recordId, std::nullopt);
        if (before.tooFewAnswers())
            return fail(failureOf(ReserveError::Unreachable, n, before));
        if (before.isTakenByOther()) {
            if (auto stop = skip(n))
                return fail(*stop);
            continue;
        }

        if (options.beforeSend)
            options.beforeSend(n);
        const Sent sent = sendReservation(sender, *recordLog, *patientKey, *recordId, network.confirmations,
                                          options.receiptTimeout);

        // The nodes decide, not the node the transaction went through. While the transaction (or the
        // RecordInUse it met) is newer than what some nodes have seen, ask again for a little while.
        // A node that refused the transaction with a JSON-RPC error may have done so for a competing
        // one of the same key, pending or just mined (another device of this phrase reserving the same
        // index: "replacement transaction underpriced", "nonce too low"): wait for that one too.
        Tally tally = nodes.read(*recordId, sent.transaction);
        const bool worthWaiting = sent.kind != Sent::Failed || sent.transaction.has_value()
                               || sent.error.kind == ledger::RpcErrorKind::RpcError;
        const auto deadline = Clock::now() + options.verifyTimeout;
        while (worthWaiting && !tally.isMine() && !tally.isTakenByOther() && !tally.tooFewAnswers()
               && Clock::now() + options.verifyInterval < deadline) {
            QThread::msleep(static_cast<unsigned long>(options.verifyInterval.count()));
            tally = nodes.read(*recordId, sent.transaction);
        }

        if (tally.isMine()) {
            StoredRecord r;
            r.index = n;
            r.recordId = *recordId;
            r.kind = kind;
            r.label = label;
            r.createdAt = now;
            if (auto added = store.addRecord(r); !added)
                return storeFailed(added.error(), n);
            out.record = std::move(r);
            out.transaction = *sent.transaction;
            return out;
        }
        if (tally.isTaken()) {
            // Another device, or an earlier install of this phrase, holds it (or this wallet's own
            // reservation could not be confirmed as such): never hand it out.
            if (auto stop = skip(n))
                return fail(*stop);
            continue;
        }
        if (tally.tooFewAnswers())
            return fail(failureOf(ReserveError::Unreachable, n, tally));
        ReserveFailure f = failureOf(ReserveError::Unverified, n, tally);
        if (sent.kind == Sent::Failed && !sent.transaction) {
            f.error = ReserveError::SendFailed;
            f.rpc = sent.error;
        }
        return fail(f);
    }
}

QString connectCodeOf(const record::RecordKeyring &keyring, const StoredRecord &record)
{
    auto key = keyring.recordPublicKey(record.index);
    return key ? QString::fromStdString(record::encodeConnectCode(*key)) : QString();
}

Result<Connection, ReserveFailure> connectProvider(const ledger::NetworkConfig &network, RecordStore &store,
                                                   const record::RecordKeyring &keyring, const QString &label,
                                                   std::int64_t now, const ReserveOptions &options)
{
    auto r = reserveRecord(network, store, keyring, RecordKind::Provider, label, now, options);
    if (!r)
        return fail(r.error());
    return Connection{r->record, connectCodeOf(keyring, r->record)};
}

Result<StoredRecord, ReserveFailure> selfRecord(const ledger::NetworkConfig &network, RecordStore &store,
                                                const record::RecordKeyring &keyring, std::int64_t now,
                                                const ReserveOptions &options)
{
    auto records = store.records();
    if (!records)
        return storeFailed(records.error());
    for (const StoredRecord &r : *records)
        if (r.kind == RecordKind::Self)
            return r;
    auto r = reserveRecord(network, store, keyring, RecordKind::Self, QStringLiteral("self"), now, options);
    if (!r)
        return fail(r.error());
    return r->record;
}

VaultResult<record::RecordKeyring> keyringOf(Vault &vault)
{
    // The record and patient-signing branch keys the vault keeps under its data key: what a
    // quick-unlocked vault can use too (the phrase itself needs the passphrase, docs/VAULT.md).
    return vault.recordKeyring();
}

} // namespace carnet::core::sync
