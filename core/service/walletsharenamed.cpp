// SPDX-License-Identifier: GPL-3.0-or-later
// The clinician a grant names (PROTOCOL.md §8.1): licensed as clinician, with the encryption key the
// licensing authority set for them, each by a strict majority of the round's nodes at its target
// block (GrantLedger): no single node decides whom a grant is sealed to.
#include "core/service/grantledger.h"
#include "core/service/share_p.h"
#include "core/share/clinicianid.h"

namespace carnet::core::service::detail {

ActionResult<Grantee> namedGrantee(const ledger::NetworkConfig &network, const ShareRequest &request)
{
    Grantee out;
    std::optional<crypto::PublicKey> codeKey;
    if (!request.clinicianCode.isEmpty()) {
        auto code = share::decodeClinicianCode(request.clinicianCode);
        if (!code) {
            ActionFailure f = grantFailure(GrantProblem::BadClinicianCode);
            f.grant.clinicianCode = code.error();
            return fail(f);
        }
        out.account = code->account;
        codeKey = code->encryptionKey;
    } else {
        out.account = *request.clinician;
    }
    GrantLedger ledger(network);
    if (const sync::RoundTarget target = ledger.assess(); !target.ok)
        return fail(target.problem.code == sync::MessageCode::RoundNoNodeAnswered ? actionFailure(ActionError::Unreachable)
                                                                                  : grantFailure(GrantProblem::CantVerify));
    const auto licensed = ledger.isLicensedClinician(out.account);
    const auto key = ledger.encryptionKeyOf(out.account);
    const auto name = ledger.nameOf(out.account);
    if (!licensed || !key || !name)
        return fail(grantFailure(GrantProblem::CantVerify));
    if (!*licensed)
        return fail(grantFailure(GrantProblem::ClinicianNotLicensed));
    if (key->status != RegistryKey::Status::Valid)
        return fail(grantFailure(GrantProblem::ClinicianNoKey));
    if (codeKey && codeKey->compressed() != key->key->compressed())
        return fail(grantFailure(GrantProblem::ClinicianKeyMismatch));
    out.key = key->key;
    out.name = *name;
    return out;
}

} // namespace carnet::core::service::detail
