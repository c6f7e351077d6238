// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What one of LinksViewModel's calls brings back from the vault's worker (linksviewmodel.cpp: the
// list and the log; linkactions.cpp: create, revoke, show again).
#include "qml/share/linksviewmodel.h"

#include "core/service/actionfailure.h"
#include "core/service/linktypes.h"

#include <optional>
#include <vector>

namespace carnet::qml {

struct LinksViewModel::Outcome
{
    bool locked = false;
    std::optional<core::service::ActionFailure> failure;
    QVariantList rows;
    std::optional<core::service::IssuedLink> issued; ///< create, show again: wiped with the outcome
};

} // namespace carnet::qml
