// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include <QString>

namespace carnet::platform {

/** The directory that holds the user's vault by default: the platform's per-user application data
 *  location (~/.local/share/Carnet on Linux), or $CARNET_HOME when it is set (tests, portable use). */
QString defaultVaultDirectory();

} // namespace carnet::platform
