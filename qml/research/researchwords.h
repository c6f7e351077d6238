// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's words for research's codes: every ResearchProblem (core/service/researchfailure.h) and
// every ActionError a research call can end with (studies, preview, join, leave, withdraw), translated
// with tr() in one place, like qml/share/grantwords.cpp for sharing. Never a secret, never health data.
#include "core/service/actionfailure.h"

#include <QCoreApplication>
#include <QString>

namespace carnet::qml {

class ResearchWords
{
    Q_DECLARE_TR_FUNCTIONS(ResearchWords)

public:
    /** One or two sentences for a research problem: what happened and what to do next. */
    static QString problem(const core::service::ResearchFailure &failure);
    /** Sentences for any failure of a research call. */
    static QString failure(const core::service::ActionFailure &failure);
    /** One line for a study the nodes list but whose terms could not be checked. */
    static QString unverified(core::service::ResearchProblem problem);
    /** Why a withdrawal address is refused ("" when it is a valid address). */
    static QString addressProblem(const QString &text);
};

} // namespace carnet::qml
