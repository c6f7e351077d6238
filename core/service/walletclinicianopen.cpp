// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a share code (docs/PROTOCOL.md §8.7 steps 1–6): the grant checked by majority, its key
// bundle verified and opened, every entry in it fetched, folded to the agreed record head, opened with
// its content key and verified (§6), then the access receipt (§8.9). The view lives in memory only.
#include "core/fhir/entry.h"
#include "core/service/clinician_p.h"
#include "core/share/receipt.h"

#include <QLocale>

namespace carnet::core::service {

namespace {

using sync::EntryState;
using sync::MessageCode;
using sync::StoredEntry;

/** One bundled entry checked against its confirmed log (§8.7 step 5); nullopt when the author's
 *  licence at its block has no majority (the whole open is then "can't verify"). */
std::optional<StoredEntry> checkEntry(GrantLedger &ledger, const record::EntryDomain &domain, const share::BundleRecord &bundled,
                                      const share::BundleEntry &key, const ledger::EntryPublished &log, std::int64_t readAt)
{
    StoredEntry e;
    e.recordId = bundled.recordId;
    e.sequence = log.sequence;
    e.author = log.author;
    e.patientReported = log.patientReported;
    e.blockNumber = log.blockNumber;
    e.blockHash = log.blockHash;
    e.txHash = log.txHash;
    e.logIndex = log.logIndex;
    e.sealedHash = record::entryHashOf(log.sealedEntry);
    e.verifiedAt = readAt;
    auto refuse = [&e](sync::Message why) {
        e.state = EntryState::Refused;
        e.reason = std::move(why);
        return e;
    };
    const record::LoggedEntry logged{bundled.recordId, log.sequence, log.sealedEntry, log.author, log.patientReported, e.sealedHash};
    auto verified = record::verifyEntryWithContentKey(logged, domain, key.contentKey.view());
    if (!verified)
        return refuse(sync::message(MessageCode::EntryRejected, verified.error()));
    if (log.patientReported) {
        if (log.author != bundled.patientAuthor)
            return refuse(sync::message(MessageCode::EntryNotPatientsKey));
    } else {
        const auto licensed = ledger.licensedAt(log.author, log.blockNumber);
        if (!licensed)
            return std::nullopt;
        if (!*licensed)
            return refuse(sync::message(MessageCode::EntryNotLicensed, log.blockNumber));
        e.authorName = ledger.nameOf(log.author).value_or(QString());
    }
    e.state = EntryState::Verified;
    e.authoredAt = static_cast<std::int64_t>(verified->authoredAt);
    e.content = QByteArray(reinterpret_cast<const char *>(verified->content.data()), static_cast<qsizetype>(verified->content.size()));
    if (auto summary = fhir::summarize(e.content, QLocale::c())) {
        e.resourceType = summary->resourceType;
        e.category = QLatin1String(fhir::categoryKey(summary->category));
        e.effective = summary->effective.isValid() ? summary->effective.toDateTime().toString(Qt::ISODate) : QString();
        e.title = summary->title;
    } else {
        e.resourceType = QStringLiteral("Unknown");
        e.category = QStringLiteral("other");
    }
    return e;
}

} // namespace

ActionResult<GrantView> Wallet::openGrant(const QString &shareCode, const crypto::SecureBuffer &passcode, const NetworkSource &network)
{
    // Steps 1–2.
    auto round = clinicianRound(shareCode, &passcode, network);
    if (!round)
        return fail(round.error());
    GrantLedger &ledger = *round->ledger;
    // Steps 3–4.
    auto bundle = detail::openBundle(ledger, round->code, round->record, round->keys, passcode);
    if (!bundle)
        return fail(bundle.error());
    auto scope = share::decodeScope(bundle->scope);
    if (!scope) {
        ActionFailure f = grantFailure(GrantProblem::BundleDamaged);
        f.grant.keyBundle = share::KeyBundleError::BadScope;
        return fail(f);
    }

    GrantView view;
    view.grantId = round->code.grantId;
    view.mode = round->code.mode;
    view.grantee = round->record.grantee;
    view.expiry = round->record.expiry;
    view.permissions = round->record.permissions;
    view.scope = std::move(*scope);
    view.targetBlock = ledger.targetBlock();
    if (view.grantee != crypto::Address{})
        view.granteeName = ledger.nameOf(view.grantee).value_or(QString());

    // Step 5: per record, the head after its last bundled entry by majority, and logs folding to it.
    const record::EntryDomain domain{ledger.network().chainId, *ledger.network().contract(QStringLiteral("RecordLog"))};
    const std::int64_t readAt = detail::now();
    std::vector<crypto::Hash32> readHashes;
    for (const share::BundleRecord &r : bundle->records) {
        const std::uint64_t last = r.entries.back().sequence;
        const auto head = ledger.recordHead(r.recordId, last);
        if (!head)
            return fail(grantFailure(GrantProblem::CantVerify));
        if (!head->exists) { // the bundle names entries the ledger does not have
            ActionFailure f = grantFailure(GrantProblem::BundleDamaged);
            f.grant.keyBundle = share::KeyBundleError::SequencesNotIncreasing;
            return fail(f);
        }
        const auto logs = ledger.recordLogs(r.recordId, last);
        if (!logs)
            return fail(grantFailure(GrantProblem::CantVerify));
        GrantViewRecord shown{r.recordId, {}};
        for (const share::BundleEntry &key : r.entries) {
            auto entry = checkEntry(ledger, domain, r, key, (*logs)[key.sequence], readAt);
            if (!entry)
                return fail(grantFailure(GrantProblem::CantVerify));
            if (entry->state == EntryState::Verified) {
                if (shown.label.isEmpty())
                    shown.label = entry->patientReported ? QStringLiteral("self") : entry->authorName;
                readHashes.push_back(entry->sealedHash);
            }
            view.entries.push_back(std::move(*entry));
        }
        view.records.push_back(std::move(shown));
    }

    // Step 6: the receipt is left before the view is returned; a grant revoked or expired meanwhile
    // (the receipt reverts) shows nothing. Its entries read (§8.9) are the verified ones, in bundle
    // order: a refused entry's content was not read.
    const crypto::Address reader = round->keys.clinicianAddress();
    const share::BundleContext context = round->code.context();
    const crypto::Hash32 receipt = share::receiptHash(context, reader, static_cast<std::uint64_t>(readAt), readHashes);
    ledger::EthClient client(ledger.network());
    const auto sent = ledger::AccessGrants(client, context.contract)
                          .recordAccess(round->keys.clinicianAccount(), context.grantId, receipt, ledger.network().confirmations);
    if (!sent)
        return fail(detail::grantRevert(sent.error()));
    view.receiptTx = sent->transactionHash;
    view.nodes = ledger.nodes();
    return view;
}

} // namespace carnet::core::service
