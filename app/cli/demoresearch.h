// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
#include "core/ledger/networkconfig.h"
#include "crypto/secp256k1.h"

namespace carnet::cli {

/** The demo researcher and its two studies (demoresearch.cpp), for `demo seed` on a devnet. Made once:
 *  a second seed reuses the key and posts nothing new. Returns an exit status. */
int demoResearcher(const core::ledger::NetworkConfig &network, const crypto::PrivateKey &authority);

} // namespace carnet::cli
