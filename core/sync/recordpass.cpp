// SPDX-License-Identifier: GPL-3.0-or-later
// One record in one sync round (docs/PROTOCOL.md §7 step 4–5): the record's state (count, running
// head) by strict majority of the round's nodes, the logs of one agreeing node checked against that
// head, every confirmed entry verified once, stored in batches.
#include "core/fhir/entry.h"
#include "core/sync/syncround_p.h"

#include <atomic>
#include <thread>

#include <algorithm>

namespace carnet::core::sync::detail {

using ledger::EntryPublished;
using ledger::RecordLog;

namespace {

/** How many of a round's newest positions every other agreeing node's logs are checked for. */
constexpr std::uint64_t kCrossCheckEntries = 256;

/** One confirmed entry of the record, and what the wallet made of it. */
struct Candidate
{
    EntryPublished log;
    crypto::Hash32 sealedHash{};
    bool checked = false;
    bool accepted = false;
    Message rejection; ///< why not (an Entry… code)
    StoredEntry entry;
    /** §6 steps 1–4 (pure), done for all candidates at once on several threads. */
    std::optional<Result<record::VerifiedEntry, record::EntryRejection>> pure;
    std::optional<fhir::EntrySummary> summary;
};

/** §6 steps 1–4 and the summary: no network, no vault, nothing shared — safe on any thread. */
void verifyPure(const record::EntryDomain &domain, const crypto::PrivateKey &recordKey, Candidate &c)
{
    record::LoggedEntry logged;
    logged.recordId = c.log.recordId;
    logged.sequence = c.log.sequence;
    logged.sealed = c.log.sealedEntry;
    logged.author = c.log.author;
    logged.patientReported = c.log.patientReported;
    logged.entryHash = c.sealedHash; // the contract's hash is read when nothing verifies (below)
    c.pure = record::verifyEntry(logged, domain, recordKey);
    if (*c.pure) {
        const auto &content = c.pure->value().content;
        auto summary = fhir::summarize(QByteArrayView(reinterpret_cast<const char *>(content.data()),
                                                      static_cast<qsizetype>(content.size())),
                                       QLocale::c());
        if (summary)
            c.summary = std::move(*summary);
    }
}

/** Runs verifyPure over every candidate, on up to four threads (the crypto dominates a sync). */
void verifyAllPure(const record::EntryDomain &domain, const crypto::PrivateKey &recordKey, std::vector<Candidate *> &all)
{
    const std::size_t threads = std::clamp<std::size_t>(std::thread::hardware_concurrency(), 1, 4);
    if (all.size() < 64 || threads == 1) {
        for (Candidate *c : all)
            verifyPure(domain, recordKey, *c);
        return;
    }
    std::atomic<std::size_t> next{0};
    auto work = [&] {
        for (std::size_t i = next++; i < all.size(); i = next++)
            verifyPure(domain, recordKey, *all[i]);
    };
    std::vector<std::thread> pool;
    for (std::size_t t = 1; t < threads; ++t)
        pool.emplace_back(work);
    work();
    for (std::thread &t : pool)
        t.join();
}

/** §6 step 5 (licence or patient key) for one entry whose pure checks ran; fills c.entry or c.rejection.
 *  Returns false when the licence cannot be decided this round (no majority of the round's nodes). */
bool verifyCandidate(RoundContext &round, const StoredRecord &record, const crypto::PrivateKey &recordKey,
                     const crypto::Address &patientAddress, Candidate &c)
{
    c.checked = true;
    const EntryPublished &log = c.log;
    if (!c.pure)
        verifyPure(round.domain, recordKey, c);
    const auto &verified = *c.pure;
    if (!verified) {
        c.rejection = message(MessageCode::EntryRejected, verified.error());
        return true;
    }
    QString authorName;
    if (log.patientReported) {
        if (log.author != patientAddress) {
            c.rejection = message(MessageCode::EntryNotPatientsKey);
            return true;
        }
    } else {
        switch (round.licences.licensedAt(log.author, log.blockNumber)) {
        case LicenceBook::Answer::Licensed:
            break;
        case LicenceBook::Answer::NotLicensed:
            c.rejection = message(MessageCode::EntryNotLicensed, log.blockNumber);
            return true;
        case LicenceBook::Answer::Undecided:
            c.checked = false;
            return false;
        }
        authorName = round.licences.nameOf(log.author);
    }
    const QByteArray content(reinterpret_cast<const char *>(verified->content.data()),
                             static_cast<qsizetype>(verified->content.size()));
    StoredEntry &e = c.entry;
    e.recordId = record.recordId;
    e.sequence = log.sequence;
    e.state = EntryState::Verified;
    e.author = log.author;
    e.authorName = authorName;
    e.patientReported = log.patientReported;
    e.blockNumber = log.blockNumber;
    e.blockHash = log.blockHash;
    e.txHash = log.txHash;
    e.logIndex = log.logIndex;
    e.authoredAt = static_cast<std::int64_t>(verified->authoredAt);
    e.sealedHash = c.sealedHash;
    e.content = content;
    e.verifiedAt = round.now;
    if (const auto &summary = c.summary) {
        e.resourceType = summary->resourceType;
        e.category = QLatin1String(fhir::categoryKey(summary->category));
        e.effective = summary->effective.isValid() ? summary->effective.toDateTime().toString(Qt::ISODate) : QString();
        e.title = summary->title;
    } else {
        e.resourceType = QStringLiteral("Unknown");
        e.category = QStringLiteral("other");
    }
    c.accepted = true;
    return true;
}

StoredEntry refusedEntry(RoundContext &round, const StoredRecord &record, const Candidate &c)
{
    StoredEntry e;
    e.recordId = record.recordId;
    e.sequence = c.log.sequence;
    e.state = EntryState::Refused;
    e.author = c.log.author;
    e.patientReported = c.log.patientReported;
    e.blockNumber = c.log.blockNumber;
    e.blockHash = c.log.blockHash;
    e.txHash = c.log.txHash;
    e.logIndex = c.log.logIndex;
    e.sealedHash = c.sealedHash;
    e.reason = c.rejection;
    e.verifiedAt = round.now;
    return e;
}

/** One node's EntryPublished logs of positions [from, count) at or below the target, checked against
 *  the agreed state: one log per position, and the running head from `fromHead` over them must be the
 *  agreed head. On a mismatch the node is flagged for what its log says against the majority. */
std::optional<std::vector<Candidate>> logsMatching(RoundContext &round, const StoredRecord &record, NodeState &node,
                                                   std::uint64_t fromBlock, std::uint64_t from, const crypto::Hash32 &fromHead,
                                                   const ledger::RecordState &agreed)
{
    const RecordLog contract(*node.client, round.recordLog);
    const auto logs = node.client->getLogs(contract.entryFilter(record.recordId), fromBlock, round.target.block);
    if (!logs) {
        node.flagError(logs.error(), RpcStep::EntryLogs);
        return std::nullopt;
    }
    std::vector<std::optional<EntryPublished>> byPosition(static_cast<std::size_t>(agreed.count - from));
    for (const ledger::LogEntry &raw : *logs) {
        if (raw.removed)
            continue;
        auto log = ledger::decodeEntryPublished(raw);
        if (!log || log->recordId != record.recordId || raw.address != round.recordLog || raw.blockNumber > round.target.block) {
            node.flag(NodeVerdict::BadAnswer, message(MessageCode::NodeForeignLog));
            return std::nullopt;
        }
        if (log->sequence < from)
            continue; // already stored (the scan starts at the block of the last stored entry)
        if (log->sequence >= agreed.count) {
            node.flag(NodeVerdict::ForgedEntry, message(MessageCode::NodeLogBeyondCount, log->sequence, agreed.count));
            return std::nullopt;
        }
        auto &slot = byPosition[static_cast<std::size_t>(log->sequence - from)];
        if (slot) {
            node.flag(NodeVerdict::ForgedEntry, message(MessageCode::NodeTwoEntriesAt, log->sequence));
            return std::nullopt;
        }
        slot = std::move(*log);
    }
    std::vector<Candidate> out;
    out.reserve(byPosition.size());
    crypto::Hash32 head = fromHead;
    for (std::size_t i = 0; i < byPosition.size(); ++i) {
        if (!byPosition[i]) {
            node.flag(NodeVerdict::HidesEntries, message(MessageCode::NodeEntryMissing, from + i));
            return std::nullopt;
        }
        Candidate c;
        c.log = std::move(*byPosition[i]);
        c.sealedHash = record::entryHashOf(c.log.sealedEntry);
        head = ledger::nextRecordHead(head, record.recordId, c.log.sequence, c.sealedHash, c.log.author, c.log.blockNumber,
                                      c.log.patientReported);
        out.push_back(std::move(c));
    }
    if (head != agreed.head) {
        node.flag(NodeVerdict::ForgedEntry, message(MessageCode::NodeLogsDisagree, from, agreed.count - 1));
        return std::nullopt;
    }
    return out;
}

} // namespace

std::map<NodeState *, ledger::RecordState> statesAt(RoundContext &round, const crypto::Hash32 &recordId)
{
    std::map<NodeState *, ledger::RecordState> states;
    for (NodeState *n : round.panel.usable()) {
        RecordLog contract(*n->client, round.recordLog);
        auto state = contract.state(recordId, round.stateBlock(*n));
        if (!state && !n->blockByNumber && state.error().kind == ledger::RpcErrorKind::RpcError) {
            // A node without EIP-1898: the target by number from now on (its hash was agreed in step 3).
            n->blockByNumber = true;
            state = contract.state(recordId, round.stateBlock(*n));
        }
        if (!state) {
            n->flagError(state.error(), RpcStep::RecordState);
            continue;
        }
        states[n] = *state;
    }
    return states;
}

std::optional<ledger::RecordState> majorityState(RoundContext &round, const std::map<NodeState *, ledger::RecordState> &states,
                                                 bool flagMinority)
{
    std::vector<std::pair<ledger::RecordState, int>> votes;
    for (const auto &answer : states) {
        const ledger::RecordState &state = answer.second; // not a structured binding: lambdas capture it
        auto it = std::find_if(votes.begin(), votes.end(), [&state](const auto &v) { return v.first == state; });
        if (it == votes.end())
            votes.emplace_back(state, 1);
        else
            ++it->second;
    }
    const auto best = std::max_element(votes.begin(), votes.end(), [](const auto &a, const auto &b) { return a.second < b.second; });
    if (best == votes.end() || !round.isMajority(best->second))
        return std::nullopt;
    const ledger::RecordState agreed = best->first;
    if (flagMinority)
        for (const auto &[node, state] : states) {
            if (state == agreed)
                continue;
            if (state.count < agreed.count)
                node->flag(NodeVerdict::HidesEntries, message(MessageCode::NodeFewerEntries, state.count, agreed.count));
            else
                node->flag(NodeVerdict::WrongState, state.count == agreed.count
                                                        ? message(MessageCode::NodeOtherRecordState, state.count)
                                                        : message(MessageCode::NodeMoreEntries, state.count, agreed.count));
        }
    return agreed;
}

RecordReport syncRecord(RoundContext &round, const StoredRecord &record, std::optional<StoreError> *storeError)
{
    RecordReport report;
    report.recordId = record.recordId;
    report.label = record.label;
    report.entries = record.entryCount;
    const std::uint64_t have = record.entryCount;
    auto cannotVerify = [&report](Message why) {
        report.complete = false;
        report.unverifiable = true;
        report.problem = std::move(why);
        return report;
    };

    // 1. The record's state at T by strict majority of the round's nodes (§7 step 4).
    const auto states = statesAt(round, record.recordId);
    const auto agreed = majorityState(round, states, true);
    if (!agreed)
        return cannotVerify(message(MessageCode::RecordStateUndecided));
    auto storedHead = round.store.recordHead(record.recordId);
    if (!storedHead) {
        *storeError = storedHead.error();
        report.complete = false;
        report.problem = message(MessageCode::RecordStoreFailed, storedHead.error());
        return report;
    }
    if (agreed->count < have)
        return cannotVerify(message(MessageCode::RecordFewerThanStored, agreed->count, have));
    if (agreed->count == have) {
        if (have > 0 && agreed->head != *storedHead)
            return cannotVerify(message(MessageCode::RecordOtherThanStored));
        return report; // nothing new: one call per node, no logs, no write
    }

    auto recordKey = round.keyring.recordKey(record.index);
    auto patientAddress = round.keyring.patientAddress(record.index);
    if (!recordKey || !patientAddress) {
        report.complete = false;
        report.problem = message(MessageCode::RecordKeyUnavailable);
        return report;
    }

    // 2. The logs of one agreeing node at a time, in the network file's order, until one reproduces
    //    the agreed head; the other agreeing nodes are checked against it after the store (step 5).
    std::vector<NodeState *> agreeing;
    for (NodeState &n : round.panel.nodes())
        if (const auto it = states.find(&n); it != states.end() && it->second == *agreed)
            agreeing.push_back(&n);
    std::optional<std::vector<Candidate>> chosen;
    std::size_t asked = 0;
    while (!chosen && asked < agreeing.size()) {
        NodeState *node = agreeing[asked++];
        if (node->usable())
            chosen = logsMatching(round, record, *node, record.scanFrom, have, *storedHead, *agreed);
    }
    if (!chosen)
        return cannotVerify(message(MessageCode::RecordNoLogs));
    // The cross-check covers the newest kCrossCheckEntries positions (all of them in an ordinary
    // round): it starts at the block of its first position, from the head the confirmed entries give
    // just before it.
    const std::uint64_t checkFrom = agreed->count - have > kCrossCheckEntries ? agreed->count - kCrossCheckEntries : have;
    crypto::Hash32 checkHead = *storedHead;
    for (std::uint64_t i = 0; i < checkFrom - have; ++i) {
        const Candidate &c = (*chosen)[i];
        checkHead = ledger::nextRecordHead(checkHead, record.recordId, c.log.sequence, c.sealedHash, c.log.author, c.log.blockNumber,
                                           c.log.patientReported);
    }
    const std::uint64_t checkBlock = checkFrom == have ? record.scanFrom : (*chosen)[checkFrom - have].log.blockNumber;
    auto crossCheck = [&] {
        chosen.reset(); // its entries are stored: free them before reading another node's logs
        for (; asked < agreeing.size(); ++asked)
            if (agreeing[asked]->usable())
                (void)logsMatching(round, record, *agreeing[asked], checkBlock, checkFrom, checkHead, *agreed);
    };

    // 3. Every position is confirmed by the majority: verify each (pure checks on several threads,
    //    then licences at the confirmed block); a verified entry is stored as such, one that fails is
    //    the chain's own content and is stored as refused, so sequences stay dense.
    {
        std::vector<Candidate *> all;
        all.reserve(chosen->size());
        for (Candidate &c : *chosen)
            all.push_back(&c);
        verifyAllPure(round.domain, *recordKey, all);
    }
    std::vector<StoredEntry> accepted;
    accepted.reserve(chosen->size());
    for (Candidate &c : *chosen) {
        if (!verifyCandidate(round, record, *recordKey, *patientAddress, c)) {
            report.complete = false;
            report.unverifiable = true;
            report.problem = message(MessageCode::RecordLicenceUndecided, c.log.sequence);
            break;
        }
        if (c.accepted) {
            accepted.push_back(std::move(c.entry));
            ++report.added;
        } else {
            accepted.push_back(refusedEntry(round, record, c));
            ++report.refused;
        }
    }

    // 4. Store in batches; the scan position follows the last stored entry's block.
    const auto batch = static_cast<std::size_t>(std::max(1, round.options.storeBatch));
    for (std::size_t from = 0; from < accepted.size(); from += batch) {
        if (from > 0 && round.options.cancelled && round.options.cancelled()) {
            report.complete = false;
            report.problem = message(MessageCode::RecordStopped);
            return report;
        }
        const std::size_t to = std::min(accepted.size(), from + batch);
        const std::vector<StoredEntry> part(accepted.begin() + static_cast<std::ptrdiff_t>(from),
                                            accepted.begin() + static_cast<std::ptrdiff_t>(to));
        const bool last = to == accepted.size();
        auto stored = round.store.appendEntries(record.recordId, part, part.back().blockNumber,
                                                last && report.complete ? std::optional(round.target.block) : std::nullopt,
                                                last && report.complete ? std::optional(round.target.hash) : std::nullopt);
        if (!stored) {
            *storeError = stored.error();
            report.complete = false;
            report.problem = message(MessageCode::RecordStoreFailed, stored.error());
            return report;
        }
        report.entries = have + to;
        if (round.options.progress) {
            SyncProgress p;
            p.phase = SyncProgress::Phase::Records;
            p.newEntries = static_cast<int>(to);
            round.options.progress(p);
        }
    }
    // 5. Every other agreeing node must serve the same entries: a node whose logs contradict the
    //    majority's head is flagged (and left out of the rest of the round) even though nothing it
    //    says is used.
    crossCheck();
    return report;
}

} // namespace carnet::core::sync::detail
