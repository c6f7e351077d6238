// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A real WalletSession over a fresh vault (a new random phrase, so its records are its own on a
// shared devnet), created and unlocked before the test runs.
#include "../core/fakekeystore.h"
#include "core/vault/header.h"
#include "qml/secretinput.h"
#include "qml/walletsession.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace carnet::qml::test {

struct UnlockedSession
{
    QTemporaryDir root;
    core::test::FakeKeyStore keyStore;
    std::unique_ptr<WalletSession> session;

    /** Creates the vault and waits for the session to be Unlocked. */
    bool start()
    {
        WalletSession::Options options;
        options.newVaultParams = [] { return core::kArgon2Floor; };
        session = std::make_unique<WalletSession>(root.filePath(QStringLiteral("vault")), &keyStore, options);
        WalletSession::publish(session.get());
        bool done = false;
        bool ok = false;
        session->createVault(secureCopy(QStringLiteral("sync test passphrase, long enough")),
                             session->newPhrase(), session.get(), [&](VaultOutcome &outcome) {
                                 ok = outcome.ok();
                                 done = true;
                             });
        return QTest::qWaitFor([&] { return done; }, 60000) && ok && session->state() == WalletSession::Unlocked;
    }
    ~UnlockedSession()
    {
        WalletSession::publish(nullptr);
    }
};

} // namespace carnet::qml::test
