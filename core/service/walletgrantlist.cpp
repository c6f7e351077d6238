// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's grants after they are made (docs/PROTOCOL.md §8.9–8.10): the list with what the
// ledger says of each, revocation, the access log, and the clinicians one can name. Every ledger
// value is a GrantLedger answer: a strict majority of the round's nodes at its target block.
#include "core/service/grantledger.h"
#include "core/service/share_p.h"

#include <QThread>

#include <algorithm>

namespace carnet::core::service {

using detail::storeFailure;
using detail::vaultFailure;

namespace {

/** A round on the network of `source`, or why not (NetworkFile, NoAccessGrants, Unreachable, CantVerify). */
ActionResult<std::unique_ptr<GrantLedger>> roundOn(const NetworkSource &source)
{
    auto config = source.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    if (!config->contract(QStringLiteral("AccessGrants")) || !config->contract(QStringLiteral("CarnetRegistry")))
        return fail(grantFailure(GrantProblem::NoAccessGrants));
    auto ledger = std::make_unique<GrantLedger>(*config);
    const sync::RoundTarget target = ledger->assess();
    if (!target.ok) {
        ActionFailure f = target.problem.code == sync::MessageCode::RoundNoNodeAnswered ? actionFailure(ActionError::Unreachable)
                                                                                         : grantFailure(GrantProblem::CantVerify);
        return fail(f);
    }
    return ledger;
}

} // namespace

namespace {

/** The grants of this phrase on the ledger that the vault does not hold (after a restore), stored as
 *  discovered: sharing index g is used when a strict majority says address(S_g) used nonce 0 at T;
 *  the walk stops after 20 unused indexes in a row, or at the first index without a majority. */
ActionResult<void> discoverGrants(GrantLedger &ledger, GrantStore &store, const share::SharingKeyring &sharing)
{
    constexpr std::uint32_t kGap = 20;
    auto known = store.grants();
    if (!known)
        return fail(storeFailure(known.error()));
    auto isKnown = [&](std::uint32_t g) {
        return std::any_of(known->begin(), known->end(), [g](const StoredGrant &s) { return s.index == g; });
    };
    for (std::uint32_t g = 0, unused = 0; unused < kGap && g <= share::kMaxGrantIndex; ++g) {
        auto address = sharing.sharingAddress(g);
        if (!address)
            return fail(vaultFailure(VaultError::Damaged));
        const auto used = ledger.nonceUsed(*address, ledger::U256(0));
        if (!used)
            return fail(grantFailure(GrantProblem::CantVerify));
        if (!*used) {
            ++unused;
            continue;
        }
        unused = 0;
        if (isKnown(g))
            continue;
        const share::GrantId id = ledger::grantIdOf(*address, ledger::U256(0));
        const auto lookup = ledger.grant(id);
        if (!lookup || !lookup->known)
            return fail(grantFailure(GrantProblem::CantVerify));
        const ledger::GrantRecord &r = lookup->record;
        StoredGrant found;
        found.index = g;
        found.grantId = id;
        found.mode = r.grantee == crypto::Address{} ? share::BundleMode::Code : share::BundleMode::Named;
        found.grantee = r.grantee;
        if (found.mode == share::BundleMode::Named)
            found.granteeName = ledger.nameOf(r.grantee).value_or(QString());
        found.permissions = r.permissions;
        found.expiry = r.expiry;
        found.createdAt = static_cast<std::int64_t>(r.issuedAt);
        found.parts = r.keyBundleParts;
        found.revokedAt = r.revokedAt;
        found.discovered = true;
        if (auto added = store.addGrant(GrantRow{found, {}, {}, r.partsReceived}); !added)
            return fail(storeFailure(added.error()));
        if (auto parts = store.setPartsSent(g, r.partsReceived); !parts)
            return fail(storeFailure(parts.error()));
        if (r.revokedAt != 0)
            if (auto saved = store.setRevokedAt(g, r.revokedAt); !saved)
                return fail(storeFailure(saved.error()));
        if (auto next = store.reserveGrantIndex(g + 1); !next)
            return fail(storeFailure(next.error()));
    }
    return {};
}

} // namespace

ActionResult<std::vector<GrantListing>> Wallet::grants(const NetworkSource &network, bool discover)
{
    if (m_vault->database() == nullptr)
        return fail(actionFailure(ActionError::Locked));
    GrantStore store(*m_vault->database());
    std::unique_ptr<GrantLedger> round;
    if (discover) {
        auto keys = m_vault->grantKeys();
        if (!keys)
            return fail(vaultFailure(keys.error()));
        auto ledger = roundOn(network);
        if (!ledger)
            return fail(ledger.error());
        if (auto found = discoverGrants(**ledger, store, keys->sharing()); !found)
            return fail(found.error());
        round = std::move(*ledger);
    }
    auto stored = store.grants();
    if (!stored)
        return fail(storeFailure(stored.error()));
    std::vector<GrantListing> out;
    for (StoredGrant &g : *stored)
        out.push_back(GrantListing{std::move(g), std::nullopt, 0});
    if (!round) {
        auto ledger = roundOn(network);
        if (!ledger)
            return out; // the vault's list, every state "can't verify"
        round = std::move(*ledger);
    }
    GrantLedger *ledger = round.get();
    for (GrantListing &l : out) {
        const auto lookup = ledger->grant(l.grant.grantId);
        if (!lookup || !lookup->known)
            continue; // not on the ledger (an issue that did not go through) or no majority
        l.state = ledger->state(l.grant.grantId);
        l.reads = ledger->accessCount(l.grant.grantId).value_or(0);
        if (lookup->record.revokedAt != 0 && l.grant.revokedAt != lookup->record.revokedAt) {
            l.grant.revokedAt = lookup->record.revokedAt;
            if (auto saved = store.setRevokedAt(l.grant.index, lookup->record.revokedAt); !saved)
                return fail(storeFailure(saved.error()));
        }
    }
    return out;
}

ActionResult<crypto::Hash32> Wallet::revokeGrant(std::uint32_t index, const crypto::SecureBuffer &passphrase,
                                                 const NetworkSource &network)
{
    if (auto verified = m_vault->verifyPassphrase(passphrase); !verified)
        return fail(vaultFailure(verified.error()));
    GrantStore store(*m_vault->database());
    auto row = store.grant(index);
    if (!row)
        return fail(storeFailure(row.error()));
    if (!*row)
        return fail(grantFailure(GrantProblem::NoSuchGrant));
    const share::GrantId id = (*row)->grant.grantId;
    auto keys = m_vault->grantKeys();
    if (!keys)
        return fail(vaultFailure(keys.error()));
    auto sharingKey = keys->sharing().sharingKey(index);
    if (!sharingKey)
        return fail(vaultFailure(VaultError::Damaged));
    auto before = roundOn(network);
    if (!before)
        return fail(before.error());
    const auto state = (*before)->state(id);
    if (!state)
        return fail(grantFailure(GrantProblem::CantVerify));
    if (*state == ledger::GrantState::Revoked)
        return fail(grantFailure(GrantProblem::AlreadyRevoked));
    if (*state == ledger::GrantState::None)
        return fail(grantFailure(GrantProblem::UnknownGrant));

    const ledger::NetworkConfig &config = (*before)->network();
    ledger::EthClient sender(config, sync::SyncOptions::defaultRpcOptions());
    ledger::AccessGrants contract(sender, *config.contract(QStringLiteral("AccessGrants")));
    auto sent = contract.revoke(*sharingKey, id, std::max(config.confirmations, 1));
    if (!sent)
        return fail(detail::rpcFailure(GrantProblem::IssueRefused, sent.error()));

    // Revoked once a strict majority of the nodes says so at their latest blocks: what honest readers
    // check from the next block on (GrantLedger::revokedAtHeads; PROTOCOL.md §8.10).
    for (int attempt = 0; attempt < 50; ++attempt) {
        auto after = roundOn(network);
        if (after && (*after)->revokedAtHeads(id).value_or(false)) {
            const auto revokedAt = static_cast<std::uint64_t>(detail::now());
            if (auto saved = store.setRevokedAt(index, revokedAt); !saved)
                return fail(storeFailure(saved.error()));
            return sent->transactionHash;
        }
        QThread::msleep(200);
    }
    return fail(grantFailure(GrantProblem::CantVerify));
}

ActionResult<std::vector<AccessLogEntry>> Wallet::accessLog(const NetworkSource &network)
{
    if (m_vault->database() == nullptr)
        return fail(actionFailure(ActionError::Locked));
    auto stored = GrantStore(*m_vault->database()).grants();
    if (!stored)
        return fail(storeFailure(stored.error()));
    auto ledger = roundOn(network);
    if (!ledger)
        return fail(ledger.error());
    std::vector<AccessLogEntry> out;
    for (const StoredGrant &g : *stored) {
        const auto lookup = (*ledger)->grant(g.grantId);
        if (!lookup)
            return fail(grantFailure(GrantProblem::CantVerify));
        if (!lookup->known)
            continue;
        const auto records = (*ledger)->accessRecords(g.grantId);
        if (!records)
            return fail(grantFailure(GrantProblem::CantVerify));
        for (const ledger::AccessRecorded &r : *records) {
            AccessLogEntry e;
            e.grantId = g.grantId;
            e.grantIndex = g.index;
            e.clinician = r.clinician;
            e.clinicianName = (*ledger)->nameOf(r.clinician).value_or(QString());
            e.accessedAt = r.accessedAt;
            e.receiptHash = r.receiptHash;
            e.block = r.origin.blockNumber;
            out.push_back(std::move(e));
        }
    }
    std::sort(out.begin(), out.end(), [](const AccessLogEntry &a, const AccessLogEntry &b) {
        return std::tie(a.block, a.accessedAt) > std::tie(b.block, b.accessedAt);
    });
    return out;
}

ActionResult<std::vector<ClinicianListing>> Wallet::licensedClinicians(const NetworkSource &network)
{
    auto ledger = roundOn(network);
    if (!ledger)
        return fail(ledger.error());
    const auto clinicians = (*ledger)->licensedClinicians();
    if (!clinicians)
        return fail(grantFailure(GrantProblem::CantVerify));
    std::vector<ClinicianListing> out;
    for (const RegisteredClinician &c : *clinicians)
        out.push_back(ClinicianListing{c.account, c.name});
    return out;
}

} // namespace carnet::core::service
