// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one of ResearchViewModel's calls brings back from the vault's worker (researchviewmodel.cpp:
// the list and the preview; researchactions.cpp: join, leave, withdraw).
#include "qml/research/researchviewmodel.h"

#include "core/service/actionfailure.h"

#include <optional>

namespace carnet::qml {

struct ResearchViewModel::Outcome
{
    bool locked = false;
    std::optional<core::service::ActionFailure> failure;
    std::optional<core::service::StudyList> list;
    std::optional<core::service::DatasetPreview> preview;
    std::optional<core::service::JoinReport> join;
    std::optional<core::service::WithdrawReport> withdrawn;
};

} // namespace carnet::qml
