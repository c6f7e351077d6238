// SPDX-License-Identifier: GPL-3.0-or-later
// The clinician a grant names (PROTOCOL.md §8.1): licensed as clinician now, with the encryption key
// the licensing authority set for them, as a strict majority of the configured nodes says at their
// heads (the rule for handing something out, PROTOCOL.md §1: no single node decides whom a grant
// is sealed to).
#include "core/ledger/contracts/registry.h"
#include "core/service/share_p.h"
#include "core/share/clinicianid.h"

#include <map>

namespace carnet::core::service::detail {

namespace {

struct Answer
{
    bool licensed = false;
    crypto::Bytes key;
    QString name;
    friend bool operator<(const Answer &a, const Answer &b)
    {
        return std::tie(a.licensed, a.key, a.name) < std::tie(b.licensed, b.key, b.name);
    }
};

} // namespace

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
    const auto registryAddress = network.contract(QStringLiteral("CarnetRegistry"));
    if (!registryAddress)
        return fail(grantFailure(GrantProblem::NoAccessGrants));

    std::map<Answer, int> votes;
    int answered = 0;
    ledger::RpcError last;
    for (const QUrl &url : network.nodes) {
        ledger::EthClient client(network.chainId, QList<QUrl>{url}, {}, network.gas);
        auto head = client.blockNumber();
        if (!head) {
            last = head.error();
            continue;
        }
        ledger::Registry registry(client, *registryAddress);
        const ledger::BlockTag at(*head);
        auto licensed = registry.isLicensed(out.account, ledger::Role::Clinician, at);
        auto key = registry.encryptionKeyOf(out.account, at);
        auto name = registry.nameOf(out.account, at);
        if (!licensed || !key || !name) {
            last = !licensed ? licensed.error() : !key ? key.error() : name.error();
            continue;
        }
        ++answered;
        ++votes[Answer{*licensed, std::move(*key), std::move(*name)}];
    }
    const auto majority = [&](int n) { return n > network.nodes.size() / 2; };
    const Answer *agreed = nullptr;
    for (const auto &[answer, n] : votes)
        if (majority(n))
            agreed = &answer;
    if (!agreed) {
        ActionFailure f = majority(answered) ? grantFailure(GrantProblem::CantVerify) : actionFailure(ActionError::Unreachable);
        f.rpc = last;
        return fail(f);
    }
    if (!agreed->licensed)
        return fail(grantFailure(GrantProblem::ClinicianNotLicensed));
    const auto key = crypto::PublicKey::parse(agreed->key);
    if (agreed->key.empty() || !key)
        return fail(grantFailure(GrantProblem::ClinicianNoKey));
    if (codeKey && codeKey->compressed() != key->compressed())
        return fail(grantFailure(GrantProblem::ClinicianKeyMismatch));
    out.key = *key;
    out.name = agreed->name;
    return out;
}

} // namespace carnet::core::service::detail
