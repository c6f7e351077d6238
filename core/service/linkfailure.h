// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Why a SMART Health Link action did not happen (docs/SHL.md, "The wallet's links"), as codes:
// ActionFailure::link when ActionFailure::error is ActionError::Link. The UI turns them into words.
#include "core/share/grantscope.h"

#include <cstdint>

namespace carnet::core::service {

enum class LinkProblem {
    None,
    // --- the request
    NoHost,            ///< no share host given, and the network file names none (`shareHost`)
    BadHost,           ///< the share host's address is not an https URL (http only for a loopback host)
    BadLabel,          ///< a label over 80 characters, or with a control character
    BadExpiry,         ///< validity outside its range (see docs/SHL.md: 1 h … 30 d, an emergency card 1 … 730 days)
    BadPasscode,       ///< a passcode that is not 4 to 64 characters
    PasscodeRequired,  ///< a long-term (L) link without a passcode
    BadScope,          ///< the scope breaks a rule (see `scope`)
    NothingInScope,    ///< no verified entry matches the scope
    TooLarge,          ///< the export is over the host's file limit (see `count`: bytes)
    // --- the host
    HostUnreachable,   ///< no answer: refused, timeout, TLS, an oversized answer
    HostRefused,       ///< the host answered with an error status (see `status`)
    HostAnswerBad,     ///< the host's answer is not what docs/SHARE-HOST.md says it is
    // --- the wallet's links
    NoSuchLink,        ///< no link with that id in this wallet, nor on its host for this wallet's owner token
    AlreadyRevoked,    ///< the link was revoked already
    NotLongTerm,       ///< only a long-term (L) link's file can be updated
    KeyUnknown,        ///< the link was made before a restore: its key is not in this vault (it can be revoked, its log read)
};

/** The details of a LinkProblem (only the field its code names is set). */
struct LinkFailure
{
    LinkProblem problem = LinkProblem::None;
    share::ScopeError scope = share::ScopeError::Empty;
    int status = 0;          ///< HostRefused: the HTTP status
    std::uint64_t count = 0; ///< TooLarge: bytes
};

} // namespace carnet::core::service
