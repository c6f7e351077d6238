// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the wallet's links (walletlinks*.cpp): the request's rules and the failure mapping.
#include "core/service/actionfailure.h"
#include "core/service/linktypes.h"

namespace carnet::core::service::links {

inline constexpr qsizetype kMaxLabel = 80;

ActionFailure problem(LinkProblem p);
/** A host's failure as an action failure (413 becomes TooLarge). */
ActionFailure hostFailure(const LinkFailure &f);
/** https, or http for a loopback host; no user info, query or fragment. */
bool isUsableHost(const QUrl &host);
std::optional<ActionFailure> checkRequest(const LinkRequest &request);
/** The payload's flag letters in alphabetical order: "", "P", "LP". */
QString flagOf(const LinkRequest &request);

} // namespace carnet::core::service::links
