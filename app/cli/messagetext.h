// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// carnet-cli's words for core/sync's message codes (core/sync/syncmessage.h): English, in one place.
// The app has its own, translated, in qml/sync/messagewords.cpp.
#include "core/sync/syncmessage.h"

#include <QString>

namespace carnet::cli {

/** The English sentence of `message` ("" for None). */
QString messageText(const core::sync::Message &message);

} // namespace carnet::cli
