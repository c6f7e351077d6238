// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The app's words for core/sync's message codes (core/sync/syncmessage.h), translated with tr(), in
// one place: node details, refused entries' reasons, record and round problems.
#include "core/sync/syncmessage.h"

#include <QCoreApplication>
#include <QString>

namespace carnet::qml {

class MessageWords
{
    Q_DECLARE_TR_FUNCTIONS(MessageWords)

public:
    /** A phrase that starts in lower case and has no final stop, so it fits after "Not shown: " ("" for
     *  None). A malformed message gets Legacy's phrase. */
    static QString phrase(const core::sync::Message &message);
    /** The phrase as a sentence of its own (first letter in upper case, no final stop). */
    static QString sentence(const core::sync::Message &message);

private:
    static QString step(core::sync::RpcStep step);
    static QString rpcKind(core::ledger::RpcErrorKind kind, std::uint64_t httpStatus);
    static QString rejection(core::record::EntryRejection rejection);
    static QString storeError(core::sync::StoreError error);
};

} // namespace carnet::qml
