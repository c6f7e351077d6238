// SPDX-License-Identifier: GPL-3.0-or-later
// Clinician mode (docs/PROTOCOL.md §8.7–8.9): this wallet's clinician identity, opening a share code,
// re-checking it, writing back. Every ledger answer is a majority's at one target block (GrantLedger).
// Nothing of the patient's is written to disk: no call here writes to the vault.
#include "core/fhir/json.h"
#include "core/service/clinician_p.h"
#include "core/service/publishing_p.h"

namespace carnet::core::service {

namespace detail {

ActionFailure grantRevert(const ledger::RpcError &error)
{
    if (error.kind != ledger::RpcErrorKind::Reverted) {
        ActionFailure f = actionFailure(ActionError::Unreachable);
        f.rpc = error;
        return f;
    }
    const QString name = ledger::decodeRevert(error.data).name;
    GrantProblem problem = GrantProblem::ReceiptRefused;
    if (name == QLatin1String("GrantRevoked"))
        problem = GrantProblem::GrantRevoked;
    else if (name == QLatin1String("GrantExpired"))
        problem = GrantProblem::GrantExpired;
    else if (name == QLatin1String("NotLicensedClinician"))
        problem = GrantProblem::NotLicensed;
    else if (name == QLatin1String("NotGrantee"))
        problem = GrantProblem::NotForYou;
    ActionFailure f = grantFailure(problem);
    f.rpc = error;
    return f;
}

ActionResult<ShareCodeParts> readShareCode(const QString &text, const ledger::NetworkConfig &network)
{
    const auto grants = network.contract(QStringLiteral("AccessGrants"));
    if (!grants || !network.contract(QStringLiteral("CarnetRegistry")) || !network.contract(QStringLiteral("RecordLog")))
        return fail(grantFailure(GrantProblem::NoAccessGrants));
    auto code = share::decodeShareCode(text);
    if (!code) {
        ActionFailure f = grantFailure(GrantProblem::NotAShareCode);
        f.grant.shareCode = code.error();
        return fail(f);
    }
    if (auto here = share::checkShareNetwork(*code, network.chainId, *grants); !here) {
        ActionFailure f = grantFailure(GrantProblem::WrongNetwork);
        f.grant.shareCode = here.error();
        return fail(f);
    }
    return ShareCodeParts{std::move(*code)};
}

ActionResult<ledger::GrantRecord> checkGrantTerms(GrantLedger &ledger, const share::GrantId &grantId, const crypto::Address &reader)
{
    // §7 steps 1–3.
    const sync::RoundTarget target = ledger.assess();
    if (!target.ok) {
        if (target.problem.code == sync::MessageCode::RoundNoNodeAnswered) {
            ActionFailure f = actionFailure(ActionError::Unreachable);
            f.rpc = ledger::RpcError{ledger::RpcErrorKind::NoNode, 0, 0, QStringLiteral("no node of the network file answered"), {}, {}};
            return fail(f);
        }
        return fail(grantFailure(GrantProblem::CantVerify));
    }
    // §8.7 step 1: the grant and its state at T; the reader's clock for the expiry.
    const auto grant = ledger.grant(grantId);
    if (!grant)
        return fail(grantFailure(GrantProblem::CantVerify));
    if (!grant->known) {
        // Unknown at T: a grant issued within the last `confirmations` blocks is known at the heads.
        const auto latest = ledger.stateAtHeads(grantId);
        if (latest == ledger::GrantState::Revoked)
            return fail(grantFailure(GrantProblem::GrantRevoked));
        if (latest == ledger::GrantState::Active || latest == ledger::GrantState::Incomplete)
            return fail(grantFailure(GrantProblem::GrantNotConfirmed));
        return fail(grantFailure(GrantProblem::UnknownGrant));
    }
    const auto state = ledger.state(grantId);
    if (!state)
        return fail(grantFailure(GrantProblem::CantVerify));
    switch (*state) {
    case ledger::GrantState::None:
        return fail(grantFailure(GrantProblem::UnknownGrant));
    case ledger::GrantState::Revoked:
        return fail(grantFailure(GrantProblem::GrantRevoked));
    case ledger::GrantState::Expired:
        return fail(grantFailure(GrantProblem::GrantExpired));
    case ledger::GrantState::Incomplete:
        return fail(grantFailure(GrantProblem::GrantIncomplete));
    case ledger::GrantState::Active:
        break;
    }
    if (grant->record.revokedAt != 0 || ledger.revokedAtHeads(grantId).value_or(false))
        return fail(grantFailure(GrantProblem::GrantRevoked));
    if (grant->record.expiry <= static_cast<std::uint64_t>(now()))
        return fail(grantFailure(GrantProblem::GrantExpired));
    // Step 2: for this reader, who is licensed as a clinician now.
    if (grant->record.grantee != crypto::Address{} && grant->record.grantee != reader)
        return fail(grantFailure(GrantProblem::NotForYou));
    const auto licensed = ledger.isLicensedClinician(reader);
    if (!licensed)
        return fail(grantFailure(GrantProblem::CantVerify));
    if (!*licensed)
        return fail(grantFailure(GrantProblem::NotLicensed));
    return grant->record;
}

ActionResult<share::KeyBundle> openBundle(GrantLedger &ledger, const share::ShareCode &code, const ledger::GrantRecord &record,
                                          const share::GrantKeys &keys, const crypto::SecureBuffer &passcode)
{
    // §8.7 step 3: the parts from the agreeing nodes in turn, joined, against the signed hash.
    auto bundle = ledger.keyBundle(code.grantId, record);
    if (!bundle)
        return fail(grantFailure(bundle.error()));
    // Step 4: open with K (named) or the code's secret (and the passcode).
    Result<crypto::SecureBuffer, share::BundleError> plain = fail(share::BundleError::Damaged);
    if (code.mode == share::BundleMode::Named) {
        plain = share::openNamedBundle(*bundle, code.context(), keys.clinicianEncryption());
    } else {
        // The share API takes the passcode as text: a short-lived copy, overwritten after use.
        QString text = QString::fromUtf8(reinterpret_cast<const char *>(passcode.data()), static_cast<qsizetype>(passcode.size()));
        plain = share::openCodeBundle(code.mode, *bundle, code.context(), code.shareSecret.view(), text);
        text.fill(QChar(u'\0'));
    }
    if (!plain) {
        const share::BundleError e = plain.error();
        ActionFailure f = grantFailure(e == share::BundleError::WrongPasscode || e == share::BundleError::BadPasscode
                                           ? GrantProblem::WrongPasscode
                                           : GrantProblem::BundleDamaged);
        f.grant.bundle = e;
        return fail(f);
    }
    auto decoded = share::decodeKeyBundle(plain->view());
    if (!decoded) {
        ActionFailure f = grantFailure(GrantProblem::BundleDamaged);
        f.grant.keyBundle = decoded.error();
        return fail(f);
    }
    if (decoded->grantId != code.grantId || share::scopeHash(decoded->scope) != record.scopeHash) {
        ActionFailure f = grantFailure(GrantProblem::BundleDamaged);
        f.grant.keyBundle = share::KeyBundleError::BadScope;
        return fail(f);
    }
    return std::move(*decoded);
}

} // namespace detail

ActionResult<Wallet::ClinicianRound> Wallet::clinicianRound(const QString &shareCode, const crypto::SecureBuffer *passcode,
                                                    const NetworkSource &network)
{
    if (m_vault->isLocked())
        return fail(actionFailure(ActionError::Locked));
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    auto code = detail::readShareCode(shareCode, *config);
    if (!code)
        return fail(code.error());
    if (passcode && code->code.mode == share::BundleMode::Passcode && passcode->empty())
        return fail(grantFailure(GrantProblem::PasscodeNeeded));
    auto keys = m_vault->grantKeys();
    if (!keys)
        return fail(detail::vaultFailure(keys.error()));
    ClinicianRound round{std::move(*keys), std::move(code->code), std::make_unique<GrantLedger>(*config), {}};
    auto record = detail::checkGrantTerms(*round.ledger, round.code.grantId, round.keys.clinicianAddress());
    if (!record)
        return fail(record.error());
    round.record = *record;
    return round;
}

ActionResult<ClinicianIdentity> Wallet::clinicianIdentity(bool checkLedger, const NetworkSource &network)
{
    if (m_vault->isLocked())
        return fail(actionFailure(ActionError::Locked));
    auto keys = m_vault->grantKeys();
    if (!keys)
        return fail(detail::vaultFailure(keys.error()));
    ClinicianIdentity id;
    id.account = keys->clinicianAddress();
    id.code = QString::fromStdString(share::encodeClinicianCode(id.account, keys->clinicianEncryption().publicKey()));
    if (!checkLedger)
        return id;
    auto config = network.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    GrantLedger ledger(*config);
    if (!ledger.assess().ok)
        return id; // licensed stays nullopt: can't verify
    id.licensed = ledger.isLicensedClinician(id.account);
    id.registryName = ledger.nameOf(id.account).value_or(QString());
    return id;
}

ActionResult<ledger::GrantState> Wallet::checkGrant(const QString &shareCode, const NetworkSource &network)
{
    auto round = clinicianRound(shareCode, nullptr, network);
    if (!round)
        return fail(round.error());
    return ledger::GrantState::Active;
}

ActionResult<WriteBackReport> Wallet::writeBack(const QString &shareCode, const crypto::SecureBuffer &passcode,
                                                const QList<QByteArray> &resources, const NetworkSource &network)
{
    if (resources.isEmpty())
        return fail(actionFailure(ActionError::NoEntries));
    // §8.8: notes (DocumentReference) and prescriptions (MedicationRequest) only, checked before
    // anything is read from the ledger.
    for (const QByteArray &resource : resources) {
        const auto parsed = fhir::parseResource(resource);
        const QString type = parsed ? (*parsed)[QLatin1String("resourceType")].toString() : QString();
        if (type != QLatin1String("DocumentReference") && type != QLatin1String("MedicationRequest"))
            return fail(grantFailure(GrantProblem::NotNoteOrPrescription));
    }
    auto round = clinicianRound(shareCode, &passcode, network);
    if (!round)
        return fail(round.error());
    if ((round->record.permissions & ledger::kPermissionWrite) == 0)
        return fail(grantFailure(GrantProblem::NoWriteBack));
    auto bundle = detail::openBundle(*round->ledger, round->code, round->record, round->keys, passcode);
    if (!bundle)
        return fail(bundle.error());
    if (!bundle->writeBack)
        return fail(grantFailure(GrantProblem::NoWriteBack));
    // §8.8: published as a provider does, signed by C (licensed as clinician), with the network's fees.
    const record::ConnectCode target{bundle->writeBack->recordId, bundle->writeBack->recordKey};
    auto published = detail::publishEach(round->ledger->network(), target, round->keys.clinicianAccount(), false, resources);
    if (!published)
        return fail(published.error());
    return WriteBackReport{target.recordId, std::move(published->entries)};
}

} // namespace carnet::core::service
