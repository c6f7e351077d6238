// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* `carnet-cli demo seed`: a full wallet in one command on the devnet. The synthetic record of
 * core/demo is published by made-up providers, each given a fresh key licensed by the devnet's
 * authority and a record of the wallet (a connect code, as a real provider would get), and then
 * synced, verified and stored like any record. */
#include "core/demo/demorecord.h"
#include "core/ledger/networkconfig.h"
#include "core/record/recordkeys.h"
#include "core/sync/syncengine.h"

#include <functional>

namespace carnet::core::sync {

struct DemoSeedOptions
{
    demo::DemoOptions demo;
    /** Where the providers' key files go (one per provider, mode 0600), so more can be published
     *  with `carnet-cli provider publish`. Empty: not saved. */
    QString keyDirectory;
    std::function<void(int published, int total)> progress;
};

struct DemoSeedResult
{
    bool ok = false;
    QString problem;       ///< why not (never health data)
    QStringList providers; ///< "Name (0xAddress)"
    int published = 0;
    SyncResult sync;
};

/** Seeds the wallet of `store`/`keyring` on `network`, licensing providers with `authority`. */
DemoSeedResult seedDemo(const ledger::NetworkConfig &network, const crypto::PrivateKey &authority, RecordStore &store,
                        const record::RecordKeyring &keyring, const DemoSeedOptions &options = {});

} // namespace carnet::core::sync
