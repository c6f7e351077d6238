// SPDX-License-Identifier: GPL-3.0-or-later
// One record in one sync round (docs/PROTOCOL.md §7 step 4–5): every usable node's count and logs,
// each distinct entry verified once, the nodes compared position by position, the verified prefix
// stored in batches.
#include "core/fhir/entry.h"
#include "core/sync/syncround_p.h"

#include <QSet>

#include <atomic>
#include <thread>

#include <algorithm>

namespace carnet::core::sync::detail {

using ledger::EntryPublished;
using ledger::RecordLog;

namespace {

QString hex8(const crypto::Hash32 &h)
{
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(h.data()), 4).toHex());
}

/** One distinct entry offered at a position, and what the wallet made of it. */
struct Candidate
{
    EntryPublished log;
    crypto::Hash32 sealedHash{};
    std::vector<NodeState *> nodes;
    bool checked = false;
    bool accepted = false;
    QString rejection; ///< why not, in plain words
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

/** §6 step 5 (licence or patient key) for one candidate whose pure checks ran; fills candidate.entry. */
void verifyCandidate(RoundContext &round, const StoredRecord &record, const crypto::PrivateKey &recordKey,
                     const crypto::Address &patientAddress, Candidate &c)
{
    c.checked = true;
    const EntryPublished &log = c.log;
    if (!c.pure)
        verifyPure(round.domain, recordKey, c);
    const auto &verified = *c.pure;
    if (!verified) {
        c.rejection = QLatin1String(record::describe(verified.error()));
        return;
    }
    QString authorName;
    if (log.patientReported) {
        if (log.author != patientAddress) {
            c.rejection = QStringLiteral("a patient-reported entry not signed by this wallet's key for the record");
            return;
        }
    } else {
        switch (round.licences.licensedAt(log.author, log.blockNumber)) {
        case LicenceBook::Answer::Licensed:
            break;
        case LicenceBook::Answer::NotLicensed:
            c.rejection = QStringLiteral("its author was not licensed at block %1").arg(log.blockNumber);
            return;
        case LicenceBook::Answer::Undecided:
            c.rejection.clear(); // not decided this round: neither accepted nor refused
            c.checked = false;
            return;
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

/** A refused entry must at least be what the contract holds: keccak(sealed) = entryHash (§6 step 1),
 *  asked of the node that served it. A node whose log contradicts its own state forged the log. */
void checkAgainstState(RoundContext &round, const crypto::Hash32 &recordId, std::uint64_t sequence, const Candidate &c,
                       NodeState &node)
{
    auto hash = RecordLog(*node.client, round.recordLog).entryHash(recordId, sequence, round.target.block);
    if (!hash)
        node.flagError(hash.error(), QStringLiteral("entry hash"));
    else if (*hash != c.sealedHash)
        node.flag(NodeVerdict::ForgedEntry,
                  QStringLiteral("entry %1 in its log is not the one the contract holds (%2)").arg(sequence).arg(c.rejection));
}

} // namespace

std::map<NodeState *, std::uint64_t> countsAt(RoundContext &round, const crypto::Hash32 &recordId)
{
    std::map<NodeState *, std::uint64_t> counts;
    for (NodeState *n : round.panel.usable()) {
        RecordLog log(*n->client, round.recordLog);
        auto count = log.entryCount(recordId, round.target.block);
        if (!count) {
            n->flagError(count.error(), QStringLiteral("entry count"));
            continue;
        }
        counts[n] = *count;
    }
    return counts;
}

RecordReport syncRecord(RoundContext &round, const StoredRecord &record, std::optional<StoreError> *storeError)
{
    RecordReport report;
    report.recordId = record.recordId;
    report.label = record.label;
    report.entries = record.entryCount;
    const std::uint64_t have = record.entryCount;

    auto counts = countsAt(round, record.recordId);
    std::uint64_t most = have;
    for (auto &[node, count] : counts) {
        if (count < have)
            node->flag(NodeVerdict::HidesEntries,
                       QStringLiteral("says record %1… has %2 entries; %3 were verified before").arg(hex8(record.recordId)).arg(count).arg(have));
        else
            most = std::max(most, count);
    }
    if (most == have)
        return report; // nothing new anywhere: no read of logs, no write

    auto recordKey = round.keyring.recordKey(record.index);
    auto patientAddress = round.keyring.patientAddress(record.index);
    if (!recordKey || !patientAddress) {
        report.complete = false;
        report.problem = QStringLiteral("the record's key could not be derived");
        return report;
    }

    // Logs from every node that claims more than the wallet has.
    std::map<std::uint64_t, std::vector<Candidate>> offered; // by sequence
    QSet<NodeState *> served;
    for (auto &[node, count] : counts) {
        if (!node->usable() || count <= have)
            continue;
        const auto logs = node->client->getLogs(RecordLog(*node->client, round.recordLog).entryFilter(record.recordId),
                                                record.scanFrom, round.target.block);
        if (!logs) {
            node->flagError(logs.error(), QStringLiteral("entry logs"));
            continue;
        }
        served.insert(node);
        QSet<std::uint64_t> seen;
        for (const ledger::LogEntry &raw : *logs) {
            if (raw.removed)
                continue;
            const auto log = ledger::decodeEntryPublished(raw);
            if (!log || log->recordId != record.recordId || raw.address != round.recordLog || raw.blockNumber > round.target.block) {
                node->flag(NodeVerdict::BadAnswer, QStringLiteral("a log that is not an EntryPublished of this record"));
                break;
            }
            if (log->sequence < have || log->sequence >= count)
                continue;
            if (seen.contains(log->sequence)) {
                node->flag(NodeVerdict::ForgedEntry, QStringLiteral("two entries at position %1").arg(log->sequence));
                break;
            }
            seen.insert(log->sequence);
            const crypto::Hash32 sealedHash = record::entryHashOf(log->sealedEntry);
            auto &list = offered[log->sequence];
            auto same = std::find_if(list.begin(), list.end(), [&](const Candidate &c) {
                return c.sealedHash == sealedHash && c.log.author == log->author && c.log.patientReported == log->patientReported
                       && c.log.blockHash == log->blockHash;
            });
            if (same == list.end()) {
                Candidate c;
                c.log = *log;
                c.sealedHash = sealedHash;
                list.push_back(std::move(c));
                same = list.end() - 1;
            }
            same->nodes.push_back(node);
        }
    }

    // Position by position, from the first one the wallet lacks.
    auto usedBy = [](const Candidate &c) {
        return static_cast<int>(std::count_if(c.nodes.begin(), c.nodes.end(), [](NodeState *n) { return n->usable(); }));
    };
    auto claimantsOf = [&counts](std::uint64_t position) {
        return static_cast<int>(std::count_if(counts.begin(), counts.end(), [position](const auto &c) {
            return c.first->usable() && c.second > position;
        }));
    };
    {
        std::vector<Candidate *> all;
        for (auto &[position, list] : offered)
            if (position >= have && position < most)
                for (Candidate &c : list)
                    all.push_back(&c);
        verifyAllPure(round.domain, *recordKey, all);
    }
    std::vector<StoredEntry> accepted;
    std::uint64_t next = have;
    for (; next < most; ++next) {
        auto &list = offered[next];
        Candidate *winner = nullptr;
        bool undecided = false;
        for (Candidate &c : list) {
            if (round.panel.usable().empty())
                break;
            verifyCandidate(round, record, *recordKey, *patientAddress, c);
            if (!c.checked)
                undecided = true;
            if (c.accepted && !winner)
                winner = &c;
        }
        if (!winner) {
            if (list.empty() || std::none_of(list.begin(), list.end(), [&usedBy](const Candidate &c) { return usedBy(c) > 0; })) {
                // No node shows this position: the nodes that claim it claim a count they cannot back.
                for (auto &[node, count] : counts)
                    if (node->usable() && count > next && served.contains(node))
                        node->flag(NodeVerdict::HidesEntries,
                                   QStringLiteral("claims %1 entries but its log ends at %2").arg(count).arg(next));
                if (claimantsOf(next) > 0) {
                    report.complete = false;
                    report.problem = QStringLiteral("entry %1 is missing on every node").arg(next);
                }
                break;
            }
            // No verified entry. A refused entry is the chain's own content (say, a stranger's
            // publishOwn) only when its hash is the contract's: a node whose log does not match the
            // state it reports itself forged it (§6 step 1).
            for (Candidate &c : list)
                if (c.checked && !c.accepted)
                    for (NodeState *n : c.nodes)
                        if (n->usable())
                            checkAgainstState(round, record.recordId, next, c, *n);
            std::vector<Candidate *> refused;
            for (Candidate &c : list)
                if (c.checked && !c.accepted && usedBy(c))
                    refused.push_back(&c);
            const int claimants = claimantsOf(next);
            if (!undecided && refused.size() == 1 && claimants > 0 && 2 * usedBy(*refused.front()) > claimants) {
                for (Candidate &c : list)
                    if (&c != refused.front())
                        for (NodeState *n : c.nodes)
                            n->flag(NodeVerdict::ForgedEntry, QStringLiteral("entry %1: %2").arg(next).arg(c.rejection));
                accepted.push_back(refusedEntry(round, record, *refused.front()));
                ++report.refused;
                continue;
            }
            for (Candidate *c : refused)
                if (claimants > 1 && 2 * usedBy(*c) <= claimants)
                    for (NodeState *n : c->nodes)
                        n->flag(NodeVerdict::ForgedEntry, QStringLiteral("entry %1: %2").arg(next).arg(c->rejection));
            report.complete = false;
            report.problem = round.panel.usable().empty() ? QStringLiteral("every node was set aside")
                             : undecided                  ? QStringLiteral("entry %1 could not be checked this round").arg(next)
                                                          : QStringLiteral("entry %1: %2").arg(next).arg(refused.empty() ? QString() : refused.front()->rejection);
            break;
        }
        // A verified entry: nodes that offered something else here lied, nodes that claim the
        // position and offered nothing hide it.
        for (Candidate &c : list) {
            if (&c == winner)
                continue;
            for (NodeState *n : c.nodes)
                n->flag(NodeVerdict::ForgedEntry, QStringLiteral("entry %1: %2").arg(next).arg(c.accepted ? QStringLiteral("another valid entry")
                                                                                                            : c.rejection));
        }
        for (NodeState *n : served)
            if (counts[n] > next && std::none_of(list.begin(), list.end(), [&](const Candidate &c) {
                    return std::find(c.nodes.begin(), c.nodes.end(), n) != c.nodes.end();
                }))
                n->flag(NodeVerdict::HidesEntries, QStringLiteral("entry %1 is missing from its log").arg(next));
        accepted.push_back(winner->entry);
        ++report.added;
    }
    // Nodes that claimed more than anyone could show, or fewer than were proved.
    for (auto &[node, count] : counts) {
        if (report.complete && count > next)
            node->flag(NodeVerdict::HidesEntries, QStringLiteral("claims %1 entries but shows %2").arg(count).arg(next));
        else if (count < next)
            node->flag(NodeVerdict::HidesEntries, QStringLiteral("says %1 entries; %2 were verified").arg(count).arg(next));
    }

    // Store in batches; the scan position follows the last stored entry's block.
    const auto batch = static_cast<std::size_t>(std::max(1, round.options.storeBatch));
    for (std::size_t from = 0; from < accepted.size(); from += batch) {
        if (from > 0 && round.options.cancelled && round.options.cancelled()) {
            report.complete = false;
            report.problem = QStringLiteral("stopped");
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
            report.problem = QLatin1String(describe(stored.error()));
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
    return report;
}

} // namespace carnet::core::sync::detail
