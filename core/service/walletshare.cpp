// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's side of sharing (docs/PROTOCOL.md §8): the preview and the grant itself. The grant
// is written to the vault before anything is sent, so an interrupted issue is known and can be
// finished or revoked; every transaction goes from the grant's own sharing key with zero fees.
#include "core/ledger/contracts/accessgrants.h"
#include "core/record/sealedentry.h"
#include "core/service/grantstore.h"
#include "core/service/share_p.h"
#include "core/service/wallet_p.h"
#include "core/share/sharecode.h"
#include "crypto/hash.h"
#include "crypto/random.h"

namespace carnet::core::service {

using detail::now;
using detail::storeFailure;
using detail::vaultFailure;

namespace {

constexpr std::chrono::seconds kMinValidity{3600};
constexpr std::chrono::seconds kMaxValidity{30 * 24 * 3600};

ActionFailure problem(GrantProblem p, std::uint64_t count = 0)
{
    ActionFailure f = grantFailure(p);
    f.grant.count = count;
    return f;
}

/** The checks a request passes before anything is read: scope, validity, passcode. */
std::optional<ActionFailure> checkRequest(const ShareRequest &request)
{
    if (auto scope = share::encodeScope(request.scope); !scope) {
        ActionFailure f = problem(GrantProblem::BadScope);
        f.grant.scope = scope.error();
        return f;
    }
    if (request.validity < kMinValidity || request.validity > kMaxValidity)
        return problem(GrantProblem::BadExpiry);
    const bool named = !request.clinicianCode.isEmpty() || request.clinician.has_value();
    if (!request.passcode.empty()) {
        if (named)
            return problem(GrantProblem::PasscodeWithNamed);
        if (!share::passcodeBytes(QString::fromUtf8(request.passcode.asStringView().data(),
                                                    static_cast<qsizetype>(request.passcode.size()))))
            return problem(GrantProblem::BadPasscode);
    }
    if (!request.clinicianCode.isEmpty()) {
        if (auto code = share::decodeClinicianCode(request.clinicianCode); !code) {
            ActionFailure f = problem(GrantProblem::BadClinicianCode);
            f.grant.clinicianCode = code.error();
            return f;
        }
    }
    return std::nullopt;
}

share::BundleMode modeOf(const ShareRequest &request)
{
    if (!request.clinicianCode.isEmpty() || request.clinician)
        return share::BundleMode::Named;
    return request.passcode.empty() ? share::BundleMode::Code : share::BundleMode::Passcode;
}

/** The records of `entries`, labelled as the patient labelled them, in record id order. */
std::vector<GrantViewRecord> recordsOf(const std::vector<sync::StoredEntry> &entries, const std::vector<sync::StoredRecord> &records)
{
    std::vector<GrantViewRecord> out;
    for (const sync::StoredEntry &e : entries) {
        if (!out.empty() && out.back().recordId == e.recordId)
            continue;
        GrantViewRecord r{e.recordId, {}};
        for (const sync::StoredRecord &s : records)
            if (s.recordId == e.recordId)
                r.label = s.label;
        out.push_back(std::move(r));
    }
    return out;
}

} // namespace

ActionResult<GrantView> Wallet::previewShare(const ShareRequest &request)
{
    if (auto refused = checkRequest(request))
        return fail(*refused);
    sync::EntryQuery query;
    query.verifiedOnly = true;
    auto view = read(query);
    if (!view)
        return fail(view.error());
    GrantView g;
    g.mode = modeOf(request);
    if (!request.clinicianCode.isEmpty())
        g.grantee = share::decodeClinicianCode(request.clinicianCode)->account;
    else if (request.clinician)
        g.grantee = *request.clinician;
    g.expiry = static_cast<std::uint64_t>(now() + request.validity.count());
    g.permissions = ledger::kPermissionRead | (request.allowWriteBack ? ledger::kPermissionWrite : 0);
    g.scope = request.scope;
    g.entries = entriesInScope(request.scope, view->entries);
    g.records = recordsOf(g.entries, view->records);
    if (g.entries.empty())
        return fail(problem(GrantProblem::NothingInScope));
    return g;
}

ActionResult<IssuedGrant> Wallet::share(const ShareRequest &request, const NetworkSource &network)
{
    if (auto refused = checkRequest(request))
        return fail(*refused);
    auto open = openRecords(&network);
    if (!open)
        return fail(open.error());
    const ledger::NetworkConfig &config = open->network;
    const auto grantsAddress = config.contract(QStringLiteral("AccessGrants"));
    const auto recordLog = config.contract(QStringLiteral("RecordLog"));
    if (!grantsAddress || !recordLog || !config.contract(QStringLiteral("CarnetRegistry")))
        return fail(problem(GrantProblem::NoAccessGrants));
    // S_g holds nothing and is never funded (a funding transaction would link the grant to whoever paid).
    if (config.gas != ledger::GasPricing::Free)
        return fail(actionFailure(ActionError::GasNotFree));
    auto keys = m_vault->grantKeys();
    if (!keys)
        return fail(vaultFailure(keys.error()));

    sync::EntryQuery query;
    query.withContent = false;
    query.verifiedOnly = true;
    auto entries = open->store.entries(query);
    if (!entries)
        return fail(storeFailure(entries.error()));
    auto records = open->store.records();
    if (!records)
        return fail(storeFailure(records.error()));
    const std::vector<sync::StoredEntry> selected = entriesInScope(request.scope, *entries);
    if (selected.empty())
        return fail(problem(GrantProblem::NothingInScope));
    const std::vector<GrantViewRecord> grantRecords = recordsOf(selected, *records);
    const share::BundleMode mode = modeOf(request);
    if (share::partCount(share::sealedBundleSize(mode, share::plaintextSize(share::encodeScope(request.scope)->size(),
                                                                            grantRecords.size(), selected.size(),
                                                                            request.allowWriteBack)))
        > share::kMaxParts)
        return fail(problem(GrantProblem::TooManyEntries, selected.size()));

    // The grantee (named mode): licensed now and with the registry's key, by majority.
    detail::Grantee grantee;
    if (mode == share::BundleMode::Named) {
        auto named = detail::namedGrantee(config, request);
        if (!named)
            return fail(named.error());
        grantee = std::move(*named);
    }

    // The content keys of every selected entry, from the sealed entries the nodes hold (any node will
    // do: each one is checked against the sealed hash the vault verified).
    auto bundleRecords = detail::fetchContentKeys(config, *recordLog, open->keyring, *records, selected);
    if (!bundleRecords)
        return fail(bundleRecords.error());

    GrantStore grants(*m_vault->database());
    auto index = detail::freeGrantIndex(config, *grantsAddress, grants, keys->sharing());
    if (!index)
        return fail(index.error());
    const std::uint32_t g = *index;
    auto sharingKey = keys->sharing().sharingKey(g);
    if (!sharingKey)
        return fail(vaultFailure(VaultError::Damaged));
    const crypto::Address patient = crypto::addressOf(sharingKey->publicKey());

    share::KeyBundle bundle;
    bundle.grantId = ledger::grantIdOf(patient, ledger::U256(0));
    bundle.scope = *share::encodeScope(request.scope);
    bundle.records = std::move(*bundleRecords);
    std::optional<std::uint32_t> writeIndex;
    if (request.allowWriteBack) {
        const QString label = grantee.name.isEmpty() ? QStringLiteral("Notes from a clinician") : grantee.name;
        auto reserved = sync::reserveRecord(config, open->store, open->keyring, sync::RecordKind::Provider, label, now());
        if (!reserved)
            return fail(detail::reserveFailure(reserved.error()));
        writeIndex = reserved->record.index;
        auto key = open->keyring.recordPublicKey(*writeIndex);
        if (!key)
            return fail(vaultFailure(VaultError::Damaged));
        bundle.writeBack = share::WriteBack{reserved->record.recordId, *key};
    }

    auto sealed = detail::sealBundle(bundle, mode, share::BundleContext{config.chainId, *grantsAddress, bundle.grantId},
                                     request.passcode, grantee);
    if (!sealed)
        return fail(sealed.error());
    auto parts = share::splitParts(sealed->bundle);
    if (!parts)
        return fail(problem(GrantProblem::TooManyEntries, selected.size()));

    ledger::GrantTerms terms;
    terms.grantId = bundle.grantId;
    terms.patient = patient;
    terms.scopeHash = share::scopeHash(bundle.scope);
    terms.keyBundleHash = crypto::keccak256(sealed->bundle);
    terms.keyBundleParts = static_cast<std::uint16_t>(parts->size());
    terms.expiry = static_cast<std::uint64_t>(now() + request.validity.count());
    terms.grantee = grantee.account;
    terms.permissions = ledger::kPermissionRead | (request.allowWriteBack ? ledger::kPermissionWrite : 0);
    terms.nonce = ledger::U256(0);

    IssuedGrant out;
    StoredGrant &stored = out.grant;
    stored.index = g;
    stored.grantId = terms.grantId;
    stored.mode = mode;
    stored.grantee = grantee.account;
    stored.granteeName = grantee.name;
    stored.scope = request.scope;
    stored.permissions = terms.permissions;
    stored.expiry = terms.expiry;
    stored.createdAt = now();
    stored.entryCount = static_cast<std::uint32_t>(selected.size());
    stored.recordCount = static_cast<std::uint32_t>(bundle.records.size());
    stored.bundleBytes = static_cast<std::uint32_t>(sealed->bundle.size());
    stored.parts = terms.keyBundleParts;
    stored.writeRecordIndex = writeIndex;
    const crypto::SecureBuffer code = share::encodeShareCode(
        share::ShareCode{config.chainId, *grantsAddress, terms.grantId, mode, crypto::SecureBuffer::copyOf(sealed->shareSecret.view())});
    out.shareCode = QString::fromUtf8(code.asStringView().data(), static_cast<qsizetype>(code.size()));

    // Stored first: a crash from here on leaves a grant the wallet knows and can finish or revoke.
    if (auto added = grants.addGrant(GrantRow{stored, crypto::SecureBuffer::copyOf(code.view()), sealed->bundle, 0}); !added)
        return fail(storeFailure(added.error()));
    if (auto used = grants.reserveGrantIndex(g + 1); !used)
        return fail(storeFailure(used.error()));

    auto sent = detail::sendGrant(config, *grantsAddress, *sharingKey, terms, ledger::signGrant(*sharingKey, config.chainId, *grantsAddress, terms),
                                  *parts, 0, grants, g);
    if (!sent)
        return fail(sent.error());
    out.transactions = std::move(sent->transactions);
    out.gasUsed = sent->gasUsed;
    stored.issued = true;
    return out;
}

} // namespace carnet::core::service
