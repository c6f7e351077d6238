// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a patient action did not happen, as codes with their arguments: the UI (carnet-cli, the app's
// view models) turns them into words. Never a secret and never health data.
#include "core/fhir/fhirerror.h"
#include "core/ledger/rpcclient.h"
#include "core/service/grantfailure.h"
#include "core/service/linkfailure.h"
#include "core/service/researchfailure.h"
#include "core/result.h"
#include "core/service/networksource.h"
#include "core/sync/publisher.h"
#include "core/sync/recordstore.h"
#include "core/sync/walletrecords.h"
#include "core/vault/vaulterror.h"

namespace carnet::core::service {

enum class ActionError {
    Locked,         ///< the wallet is locked (or a lock came while the action waited)
    Vault,          ///< the vault refused (see `vault`)
    NetworkFile,    ///< the network file is missing, unreadable, invalid or refused (see `network`)
    NoRecordLog,    ///< the network file names no RecordLog contract
    Store,          ///< the vault's record store failed (see `store`)
    NotReserved,    ///< no record index was handed out (see `reserve`)
    GasNotFree,     ///< the network charges for gas: a record's patient key P_n is never funded, so it cannot send
    Unreachable,    ///< the nodes could not be reached (see `rpc`)
    PublishRefused, ///< the record log refused an entry (see `publish`); entries before it were published
    PublishFailed,  ///< a node failed while publishing (see `publish`); entries before it were published
    FileUnreadable, ///< an import file cannot be read
    FileTooLarge,   ///< an import file is larger than kMaxImportBytes (16 MiB)
    NotFhir,        ///< an import file is not a FHIR JSON resource or Bundle
    NoEntries,      ///< nothing to add
    NoSuchRecord,   ///< no provider record with that index
    Grant,          ///< a grant action (share, revoke, open, write back) could not be done (see `grant`)
    Research,       ///< a research action (studies, preview, join, leave, withdraw, post) could not be done (see `research`)
    Link,           ///< a SMART Health Link action (create, list, log, revoke, update) could not be done (see `link`)
};

struct ActionFailure
{
    ActionError error = ActionError::Locked;
    VaultError vault = VaultError::Locked;       ///< Vault
    NetworkFileFailure network;                  ///< NetworkFile
    sync::StoreError store = sync::StoreError::Database; ///< Store
    sync::ReserveFailure reserve;                ///< NotReserved (and reserve.error says which way)
    sync::PublishError publish;                  ///< PublishRefused, PublishFailed
    fhir::FhirError fhir = fhir::FhirError::NotObject; ///< NotFhir: what the parser found
    ledger::RpcError rpc;                        ///< Unreachable: the last node error (a node's words: plain text, never translated)
    int published = 0;                           ///< entries published before the failure (add, import)
    GrantFailure grant;                          ///< Grant
    ResearchFailure research;                    ///< Research
    LinkFailure link;                            ///< Link
};

inline ActionFailure actionFailure(ActionError error)
{
    ActionFailure f;
    f.error = error;
    return f;
}

inline ActionFailure networkFileFailure(NetworkFileFailure network)
{
    ActionFailure f = actionFailure(ActionError::NetworkFile);
    f.network = std::move(network);
    return f;
}

inline ActionFailure grantFailure(GrantProblem problem)
{
    ActionFailure f = actionFailure(ActionError::Grant);
    f.grant.problem = problem;
    return f;
}

inline ActionFailure researchFailure(ResearchProblem problem)
{
    ActionFailure f = actionFailure(ActionError::Research);
    f.research.problem = problem;
    return f;
}

inline ActionFailure linkFailure(LinkProblem problem)
{
    ActionFailure f = actionFailure(ActionError::Link);
    f.link.problem = problem;
    return f;
}

template <typename T>
using ActionResult = Result<T, ActionFailure>;

} // namespace carnet::core::service
