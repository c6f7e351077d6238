// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkwords.h"

#include "qml/share/grantwords.h"
#include "qml/sync/syncviewmodel.h"
#include "qml/walletsession.h"

#include <QLocale>

namespace carnet::qml {

using core::service::ActionError;
using core::service::LinkAccess;
using core::service::LinkKind;
using core::service::LinkProblem;

QString LinkWords::problem(const core::service::LinkFailure &f)
{
    switch (f.problem) {
    case LinkProblem::None: break;
    case LinkProblem::NoHost:
        return tr("The network set up here names no share host, so no link can be made. Nothing was sent.");
    case LinkProblem::BadHost:
        return tr("The share host's address is not a secure (https) address, so no link was made.");
    case LinkProblem::BadLabel:
        return tr("A label has at most 80 characters, on one line.");
    case LinkProblem::BadExpiry:
        return tr("A link lasts from 1 hour to 30 days; an emergency card from 1 day to 2 years.");
    case LinkProblem::BadPasscode:
        return tr("A passcode has 4 to 64 characters, and an emergency card has none.");
    case LinkProblem::PasscodeRequired:
        return tr("A link you keep up to date needs a passcode. Add one, or turn off keeping it up to date.");
    case LinkProblem::BadScope:
        return tr("This choice of what to send is refused: %1.").arg(GrantWords::scopeError(f.scope));
    case LinkProblem::NothingInScope:
        return tr("No verified entry matches this choice, so there is nothing to send. Choose other categories or dates.");
    case LinkProblem::TooLarge:
        return tr("This part of your record (%1) is larger than the share host accepts. Choose fewer categories or a "
                  "shorter period.").arg(QLocale().formattedDataSize(static_cast<qint64>(f.count)));
    case LinkProblem::HostUnreachable:
        return tr("The share host could not be reached. Nothing was changed; try again when you are online.");
    case LinkProblem::HostRefused:
        return tr("The share host refused (error %1). Nothing was changed; try again later.").arg(f.status);
    case LinkProblem::HostAnswerBad:
        return tr("The share host's answer is not what Carnet expects, so it was not used. Nothing was changed.");
    case LinkProblem::NoSuchLink:
        return tr("This link is not in this wallet.");
    case LinkProblem::AlreadyRevoked:
        return tr("This link is revoked already: nobody can open it any more.");
    case LinkProblem::NotLongTerm:
        return tr("Only a link you keep up to date can be sent again.");
    case LinkProblem::KeyUnknown:
        return tr("This link was made before this wallet was restored, so its key is not here and it can't be shown. "
                  "You can still revoke it and see who opened it.");
    }
    return tr("Something went wrong with this link. Nothing was changed; try again.");
}

QString LinkWords::failure(const core::service::ActionFailure &f)
{
    switch (f.error) {
    case ActionError::Link: return problem(f.link);
    case ActionError::Locked: return tr("The wallet is locked. Unlock it and try again.");
    case ActionError::Vault: return WalletSession::describe(f.vault);
    case ActionError::NetworkFile:
        if (f.network.error == core::ledger::NetworkFileError::NotFound)
            return tr("No network is set up on this device, so it names no share host for links.");
        if (f.network.error == core::ledger::NetworkFileError::Refused)
            return SyncViewModel::refusalWords(f.network.refusal);
        return tr("The network settings file cannot be read, so no link can be made.");
    case ActionError::Store: return tr("The wallet's database failed. Nothing was sent; try again.");
    case ActionError::Grant:
        // The export of a link's scope reports its scope problems as a grant's (Wallet::exportBundle).
        if (f.grant.problem == core::service::GrantProblem::NothingInScope)
            return problem({LinkProblem::NothingInScope});
        if (f.grant.problem == core::service::GrantProblem::BadScope)
            return problem({LinkProblem::BadScope, f.grant.scope});
        return GrantWords::problem(f.grant);
    default: break;
    }
    return tr("Something went wrong with this link. Nothing was changed; try again.");
}

QString LinkWords::kind(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Bundle: return tr("Record copy");
    case LinkKind::Summary: return tr("Summary (IPS)");
    case LinkKind::Emergency: return tr("Emergency card");
    }
    return tr("Record copy");
}

QString LinkWords::status(const QString &key)
{
    if (key == QLatin1String("active"))
        return tr("Active");
    if (key == QLatin1String("revoked"))
        return tr("Revoked");
    if (key == QLatin1String("expired"))
        return tr("Expired");
    if (key == QLatin1String("disabled"))
        return tr("Disabled: too many wrong passcodes");
    return tr("Share host unreachable");
}

QString LinkWords::access(LinkAccess::What what)
{
    switch (what) {
    case LinkAccess::What::Manifest: return tr("opened the link");
    case LinkAccess::What::File: return tr("downloaded the record");
    case LinkAccess::What::Direct: return tr("downloaded the record directly");
    case LinkAccess::What::WrongPasscode: return tr("tried a wrong passcode");
    }
    return tr("opened the link");
}

} // namespace carnet::qml
