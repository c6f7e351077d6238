// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkcli.h"

#include <cstdio>

namespace carnet::cli {

using core::service::LinkProblem;

QString linkProblemText(const core::service::LinkFailure &f)
{
    switch (f.problem) {
    case LinkProblem::None: return QStringLiteral("no problem");
    case LinkProblem::BadHost:
        return QStringLiteral("the share host's address must be an https URL (http only for a host on this machine)");
    case LinkProblem::BadLabel: return QStringLiteral("the label must be at most 80 characters, without control characters");
    case LinkProblem::BadExpiry:
        return QStringLiteral("the validity must be 1 to 720 hours (an emergency card: 1 to 730 days)");
    case LinkProblem::BadPasscode: return QStringLiteral("the passcode must be 4 to 64 characters");
    case LinkProblem::PasscodeRequired: return QStringLiteral("a long-term link (--long-term) needs a passcode");
    case LinkProblem::BadScope: return QStringLiteral("the scope breaks a rule: ") + QLatin1String(core::share::describe(f.scope));
    case LinkProblem::NothingInScope: return QStringLiteral("no verified entry is in the scope");
    case LinkProblem::TooLarge:
        return QStringLiteral("the export is %1 bytes, more than the share host takes").arg(f.count);
    case LinkProblem::HostUnreachable:
        return QStringLiteral("the share host could not be reached (refused, timeout, TLS, or an oversized answer)");
    case LinkProblem::HostRefused: return QStringLiteral("the share host refused the request (HTTP %1)").arg(f.status);
    case LinkProblem::HostAnswerBad: return QStringLiteral("the share host's answer is not what its API says");
    case LinkProblem::NoSuchLink: return QStringLiteral("this wallet has no such link (on its host either)");
    case LinkProblem::AlreadyRevoked: return QStringLiteral("the link is revoked already");
    case LinkProblem::NotLongTerm: return QStringLiteral("only a long-term link (made with --long-term) can be updated");
    case LinkProblem::NoHost:
        return QStringLiteral("no share host: give --host URL, or name one in the network file (\"shareHost\")");
    case LinkProblem::KeyUnknown:
        return QStringLiteral("the link was made before this wallet was restored: its key is not in this vault (it can "
                              "still be revoked and its log read; make a new link to share again)");
    }
    return QStringLiteral("link action failed");
}

int linkExitStatus(LinkProblem problem)
{
    switch (problem) {
    case LinkProblem::None:
    case LinkProblem::NoHost:
    case LinkProblem::BadHost:
    case LinkProblem::BadLabel:
    case LinkProblem::BadExpiry:
    case LinkProblem::BadPasscode:
    case LinkProblem::PasscodeRequired:
    case LinkProblem::BadScope:
    case LinkProblem::NothingInScope:
    case LinkProblem::TooLarge:
        return ExitLinkRequest;
    case LinkProblem::HostUnreachable:
    case LinkProblem::HostAnswerBad:
        return ExitLinkHostDown;
    case LinkProblem::HostRefused:
        return ExitLinkHostRefused;
    case LinkProblem::NoSuchLink:
    case LinkProblem::AlreadyRevoked:
    case LinkProblem::NotLongTerm:
        return ExitLinkUnknown;
    case LinkProblem::KeyUnknown:
        return ExitLinkKeyUnknown;
    }
    return ExitLinkHostDown;
}

int reportLinkFailure(const QString &what, const core::service::ActionFailure &f)
{
    std::fprintf(stderr, "carnet-cli %s: %s\n", qPrintable(what), qPrintable(linkProblemText(f.link)));
    return linkExitStatus(f.link.problem);
}

} // namespace carnet::cli
