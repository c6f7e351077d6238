// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's words for SMART Health Links' codes: every LinkProblem (core/service/linkfailure.h) with
// its detail (a scope rule, an HTTP status, a size) and every ActionError a link call can end with
// (create, list, log, revoke, show, emergency notices), translated with tr() in one place, like
// grantwords.cpp for grants. Never a secret (link text, passcode), never health data.
#include "core/service/actionfailure.h"
#include "core/service/linktypes.h"

#include <QCoreApplication>
#include <QString>

namespace carnet::qml {

class LinkWords
{
    Q_DECLARE_TR_FUNCTIONS(LinkWords)

public:
    /** One or two sentences for a link problem: what happened and what to do next. */
    static QString problem(const core::service::LinkFailure &failure);
    /** Sentences for any failure of a link call. */
    static QString failure(const core::service::ActionFailure &failure);
    /** "Record copy", "Summary (IPS)", "Emergency card". */
    static QString kind(core::service::LinkKind kind);
    /** A status key of LinksViewModel's rows ("active", "revoked", "expired", "disabled", "unreachable")
     *  in words. */
    static QString status(const QString &key);
    /** What a reader fetched, in words. */
    static QString access(core::service::LinkAccess::What what);
};

} // namespace carnet::qml
