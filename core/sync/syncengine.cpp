// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/syncengine.h"

#include "core/sync/syncround_p.h"

#include <QDateTime>

#include <map>

namespace carnet::core::sync {

using detail::LicenceBook;
using detail::RoundContext;

const char *describe(SyncError error)
{
    switch (error) {
    case SyncError::Locked:
        return "the wallet is locked";
    case SyncError::NoNetwork:
        return "the network file names no RecordLog or CarnetRegistry contract";
    case SyncError::NoAgreement:
        return "no node could be used";
    case SyncError::Store:
        return "the wallet could not store what it verified";
    }
    return "unknown error";
}

ledger::RpcOptions SyncOptions::defaultRpcOptions()
{
    ledger::RpcOptions o;
    o.timeout = std::chrono::seconds(15);
    o.maxRetries = 1;
    o.backoff = std::chrono::milliseconds(200);
    return o;
}

namespace detail {

const LicenceBook::NodeView &LicenceBook::view(NodeState &node, const crypto::Address &author)
{
    const auto key = std::make_pair(node.label, author);
    auto it = m_views.find(key);
    if (it != m_views.end())
        return it->second;
    NodeView v;
    ledger::Registry registry(*node.client, m_registry);
    auto provider = registry.intervals(author, ledger::Role::Provider, at(node));
    auto clinician = provider ? registry.intervals(author, ledger::Role::Clinician, at(node)) : provider;
    if (!provider || !clinician) {
        node.flagError(provider ? clinician.error() : provider.error(), RpcStep::Licence);
    } else {
        v.ok = true;
        v.provider = std::move(*provider);
        v.clinician = std::move(*clinician);
    }
    return m_views.emplace(key, std::move(v)).first->second;
}

LicenceBook::Answer LicenceBook::licensedAt(const crypto::Address &author, std::uint64_t block)
{
    auto inForce = [block](const Intervals &intervals) {
        return std::any_of(intervals.begin(), intervals.end(), [block](const ledger::LicenceInterval &i) {
            return i.registeredAt <= block && (i.revokedAt == 0 || block <= i.revokedAt);
        });
    };
    std::vector<std::pair<NodeState *, bool>> answers;
    for (NodeState *n : m_panel.usable()) {
        const NodeView &v = view(*n, author);
        if (v.ok)
            answers.emplace_back(n, inForce(v.provider) || inForce(v.clinician));
    }
    const auto yes = static_cast<int>(std::count_if(answers.begin(), answers.end(), [](const auto &a) { return a.second; }));
    const auto no = static_cast<int>(answers.size()) - yes;
    if (!m_panel.isMajority(yes) && !m_panel.isMajority(no))
        return Answer::Undecided; // a tie, or too few answers: "can't verify", nobody flagged
    const bool licensed = m_panel.isMajority(yes);
    for (const auto &[node, said] : answers)
        if (said != licensed)
            node->flag(NodeVerdict::WrongState, message(MessageCode::NodeLicenceDisagrees, block));
    return licensed ? Answer::Licensed : Answer::NotLicensed;
}

QString LicenceBook::nameOf(const crypto::Address &author)
{
    if (auto it = m_names.find(author); it != m_names.end())
        return it->second;
    std::map<QString, int> votes;
    for (NodeState *n : m_panel.usable()) {
        auto name = ledger::Registry(*n->client, m_registry).nameOf(author, at(*n));
        if (!name) {
            n->flagError(name.error(), RpcStep::RegistryName);
            continue;
        }
        ++votes[*name];
    }
    QString best;
    for (const auto &[name, count] : votes)
        if (m_panel.isMajority(count))
            best = name;
    m_names[author] = best;
    return best;
}

} // namespace detail

namespace {

QMap<QString, std::uint64_t> previousHeads(RecordStore &store)
{
    QMap<QString, std::uint64_t> heads;
    if (auto nodes = store.nodes())
        for (const NodeRecord &n : *nodes)
            heads.insert(n.url, n.head);
    return heads;
}

/** Whether RecordLog has code at the target block, by strict majority (nodes that say otherwise are
 *  flagged WrongState); nullopt without a majority. A target older than the contracts (two nodes, one
 *  of them claiming an early head) is then "can't verify", not a reason to flag an honest node. */
std::optional<bool> contractsAtTarget(RoundContext &round)
{
    std::vector<std::pair<NodeState *, bool>> answers;
    for (NodeState *n : round.panel.usable()) {
        const ledger::RpcAnswer a = n->client->request(QStringLiteral("eth_getCode"),
                                                       {ledger::addressText(round.recordLog), ledger::quantityText(ledger::U256(round.target.block))});
        const auto code = a.error.ok() ? ledger::dataOf(a.result) : std::nullopt;
        if (!a.error.ok() || !code) {
            n->flagError(a.error.ok() ? ledger::RpcError{ledger::RpcErrorKind::BadAnswer, 0, 0, QStringLiteral("eth_getCode did not answer with data"), {}, {}}
                                      : a.error,
                         RpcStep::ContractCode);
            continue;
        }
        answers.emplace_back(n, !code->empty());
    }
    const int yes = static_cast<int>(std::count_if(answers.begin(), answers.end(), [](const auto &a) { return a.second; }));
    const int no = static_cast<int>(answers.size()) - yes;
    if (!round.isMajority(yes) && !round.isMajority(no))
        return std::nullopt;
    const bool present = round.isMajority(yes);
    for (const auto &[node, said] : answers)
        if (said != present)
            node->flag(NodeVerdict::WrongState, said ? message(MessageCode::NodeClaimsContractCode, round.target.block)
                                                     : message(MessageCode::NodeNoContractCode, round.target.block));
    return present;
}

/** §7 step 6: a record whose stored blocks are no longer the chain's is rewound to the newest block
 *  that still is. */
void handleReorganisation(RoundContext &round, const StoredRecord &record)
{
    // Every round: only the newest stored block is compared (one small index read, one hash per node).
    auto newest = round.store.entryBlocks(record.recordId, 1);
    if (!newest || newest->empty())
        return;
    if (newest->front().first <= round.target.block) {
        const auto chain = round.panel.majorityBlockHash(newest->front().first);
        if (!chain || *chain == newest->front().second)
            return; // still the chain's (or undecidable now: try again next round)
    }
    auto blocks = round.store.entryBlocks(record.recordId);
    if (!blocks || blocks->empty())
        return;
    std::optional<std::uint64_t> keepUpTo;
    bool changed = false;
    for (const auto &[number, hash] : *blocks) { // newest first
        if (number > round.target.block) {
            changed = true; // above the target: not confirmed any more
            continue;
        }
        const auto chain = round.panel.majorityBlockHash(number);
        if (!chain)
            return; // undecidable now; try again next round
        if (*chain == hash) {
            keepUpTo = number;
            break;
        }
        changed = true;
    }
    if (changed)
        (void)round.store.rewindRecord(record.recordId, keepUpTo.value_or(0));
}

/** Record ids beyond the known ones, until `gapLimit` in a row are unused by a majority of nodes;
 *  `undecided` is set when an id had no majority (discovery then stops). */
int discover(RoundContext &round, bool *undecided)
{
    auto next = round.store.nextRecordIndex();
    auto known = round.store.records();
    if (!next || !known)
        return 0;
    std::uint32_t n = 0;
    int gap = 0;
    int found = 0;
    for (; gap < round.options.gapLimit && n <= record::kMaxRecordIndex; ++n) {
        const auto id = round.keyring.recordId(n);
        if (!id)
            break;
        const bool isKnown = std::any_of(known->begin(), known->end(), [&](const StoredRecord &r) { return r.index == n; });
        if (isKnown || n < *next) {
            gap = 0;
            if (isKnown)
                continue;
        }
        // Used: a strict majority of the round's nodes says it has entries or was reserved (a
        // connect code handed out, docs/PROTOCOL.md §1). Without a majority discovery stops here:
        // guessing "unused" could hand the index out twice.
        const auto agreed = detail::majorityState(round, detail::statesAt(round, *id), true);
        if (!agreed) {
            *undecided = true;
            break;
        }
        if (agreed->count == 0 && !agreed->reserved) {
            if (n >= *next)
                ++gap;
            continue;
        }
        gap = 0;
        StoredRecord r;
        r.index = n;
        r.recordId = *id;
        r.createdAt = round.now;
        if (round.store.addRecord(r))
            ++found;
        (void)round.store.reserveRecordIndex(n + 1);
    }
    return found;
}

/** A discovered record is named after its first entry's author (or "self"). */
void nameDiscovered(RoundContext &round, const crypto::Hash32 &recordId)
{
    EntryQuery q;
    q.recordId = recordId;
    q.sequence = 0; // sequences are dense from 0: the first entry (not all 10,000 of a restore)
    q.withContent = false;
    auto entries = round.store.entries(q);
    if (!entries || entries->empty())
        return;
    const auto first = entries->begin();
    const QString label = first->patientReported ? QStringLiteral("self") : first->authorName;
    if (!label.isEmpty())
        (void)round.store.setLabel(recordId, label);
}

} // namespace

SyncResult syncRecords(const ledger::NetworkConfig &network, const record::RecordKeyring &keyring, RecordStore &store,
                       const SyncOptions &options)
{
    SyncResult result;
    const auto recordLog = network.contract(QStringLiteral("RecordLog"));
    const auto registry = network.contract(QStringLiteral("CarnetRegistry"));
    if (!recordLog || !registry) {
        result.error = SyncError::NoNetwork;
        result.problem = message(MessageCode::RoundNoNetwork);
        return result;
    }
    auto report = [&](SyncProgress::Phase phase, int done, int total) {
        if (options.progress) {
            SyncProgress p;
            p.phase = phase;
            p.recordsDone = done;
            p.recordsTotal = total;
            p.newEntries = result.newEntries;
            options.progress(p);
        }
    };
    const std::int64_t now = options.now ? options.now() : QDateTime::currentSecsSinceEpoch();

    NodePanel panel(network, options.rpc);
    LicenceBook licences(panel, *registry);
    RoundContext round{network, keyring, store, options, panel, licences, {}, {network.chainId, *recordLog}, *recordLog, now};

    report(SyncProgress::Phase::Nodes, 0, 0);
    round.target = panel.assess(previousHeads(store), network.confirmations, options.staleBlocks);
    auto finishNodes = [&] {
        std::vector<NodeRecord> saved;
        for (NodeState &n : panel.nodes()) {
            result.nodes.push_back({n.label, n.verdict, n.detail, n.head});
            saved.push_back({n.label, verdictKey(n.verdict), n.detail, n.head, now});
        }
        (void)store.saveNodes(saved);
    };
    if (!round.target.ok) {
        result.error = SyncError::NoAgreement;
        result.problem = round.target.problem;
        finishNodes();
        return result;
    }
    result.targetBlock = round.target.block;
    licences.setBlock(round.target.block, round.target.hash);
    if (const auto present = contractsAtTarget(round); !present || !*present) {
        result.error = SyncError::NoAgreement;
        result.problem = present ? message(MessageCode::RoundContractsMissing, round.target.block)
                                 : message(MessageCode::RoundContractsUndecided, round.target.block);
        finishNodes();
        return result;
    }

    auto existing = store.records();
    if (!existing) {
        result.error = SyncError::Store;
        result.storeError = existing.error();
        finishNodes();
        return result;
    }
    std::vector<crypto::Hash32> discovered;
    if (options.discover || existing->empty()) {
        report(SyncProgress::Phase::Discovery, 0, 0);
        result.newRecords = discover(round, &result.discoveryUndecided);
    }
    auto records = store.records();
    if (!records) {
        result.error = SyncError::Store;
        result.storeError = records.error();
        finishNodes();
        return result;
    }
    const int total = static_cast<int>(records->size());
    int done = 0;
    for (const StoredRecord &stored : *records) {
        if (options.cancelled && options.cancelled()) {
            result.cancelled = true;
            break;
        }
        report(SyncProgress::Phase::Records, done, total);
        handleReorganisation(round, stored);
        auto fresh = store.record(stored.recordId);
        if (!fresh || !*fresh)
            continue;
        std::optional<StoreError> storeError;
        RecordReport r = detail::syncRecord(round, **fresh, &storeError);
        if (r.added > 0 && fresh->value().label.isEmpty())
            nameDiscovered(round, stored.recordId);
        result.newEntries += r.added + r.refused;
        if (storeError) {
            result.error = SyncError::Store;
            result.storeError = *storeError;
        }
        result.records.push_back(std::move(r));
        ++done;
        if (panel.usable().empty())
            break;
    }
    finishNodes();
    if (panel.usable().empty()) {
        result.error = SyncError::NoAgreement;
        result.problem = message(MessageCode::RoundAllNodesSetAside);
        return result;
    }
    result.ok = result.error != SyncError::Store;
    if (result.ok)
        (void)store.setLastVerifiedAt(now);
    report(SyncProgress::Phase::Done, done, total);
    return result;
}

} // namespace carnet::core::sync
