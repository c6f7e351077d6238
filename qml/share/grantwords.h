// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's words for sharing's codes: every GrantProblem (core/service/grantfailure.h) with its
// detail (a scope rule, a share or clinician code's first failed check) and every ActionError of a
// grant action, translated with tr() in one place, like qml/sync/messagewords.cpp for sync's codes.
// Never a secret, never a part of a code, never health data.
#include "core/service/actionfailure.h"

#include <QCoreApplication>
#include <QString>

namespace carnet::qml {

class GrantWords
{
    Q_DECLARE_TR_FUNCTIONS(GrantWords)

public:
    /** One or two sentences for a grant problem: what happened and what to do next. */
    static QString problem(const core::service::GrantFailure &failure);
    /** Sentences for any failure of a grant action (share, grants, revoke, access log, clinicians,
     *  the clinician's identity, open, refresh, write back). */
    static QString failure(const core::service::ActionFailure &failure);
    /** A phrase for why a scope is refused (lower case first, no final stop). */
    static QString scopeError(core::share::ScopeError error);
    /** A phrase for why a text is not a share code. */
    static QString shareCodeError(core::share::ShareCodeError error);
    /** A phrase for why a text is not a clinician's identity code. */
    static QString clinicianCodeError(core::share::ClinicianCodeError error);
};

} // namespace carnet::qml
