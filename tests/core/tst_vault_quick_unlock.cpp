// SPDX-License-Identifier: GPL-3.0-or-later
// Quick unlock through a KeyStore (C9): the data key goes to the keystore; opening with it needs
// no passphrase; a missing entry, a refusing keystore or a stale key give KeystoreUnavailable and
// the passphrase path still works.
#include "fakekeystore.h"
#include "vaulttestutil.h"

#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
namespace crypto = carnet::crypto;

class TestVaultQuickUnlock : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void enableOpenDisable()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        FakeKeyStore keys;
        QString id;
        {
            auto vault = Vault::create(dir, secret("pw"), secret(kHardhatPhrase), kFloor);
            QVERIFY(vault.ok());
            QCOMPARE_ERROR(Vault::openWithKeyStore(dir, keys), VaultError::InUse);
            QVERIFY((*vault)->enableQuickUnlock(keys).ok());
            id = (*vault)->keyStoreId();
            QVERIFY(id.startsWith(QLatin1String("carnet-vault-")));
            QCOMPARE(id.size(), 13 + 32);
        }
        QCOMPARE(keys.size(), std::size_t{1});
        {
            auto vault = Vault::openWithKeyStore(dir, keys);
            QVERIFY(vault.ok());
            QCOMPARE((*vault)->address(), QLatin1String(kHardhatAddress));
            // Revealing the phrase still asks for the passphrase.
            QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("nope")), VaultError::WrongPassphrase);
            QVERIFY((*vault)->recoveryPhrase(secret("pw")).ok());
            // A passphrase change keeps the data key, so quick unlock keeps working.
            QVERIFY((*vault)->changePassphrase(secret("pw"), secret("pw2")).ok());
        }
        {
            auto vault = Vault::openWithKeyStore(dir, keys);
            QVERIFY(vault.ok());
            QVERIFY((*vault)->disableQuickUnlock(keys).ok());
        }
        QCOMPARE(keys.size(), std::size_t{0});
        QCOMPARE_ERROR(Vault::openWithKeyStore(dir, keys), VaultError::KeystoreUnavailable);
        QVERIFY(Vault::open(dir, secret("pw2")).ok());
    }

    void keystoreProblems_data()
    {
        QTest::addColumn<int>("problem");
        QTest::newRow("entry lost") << 0;
        QTest::newRow("backend unavailable") << 1;
        QTest::newRow("user refused") << 2;
        QTest::newRow("stale key") << 3;
        QTest::newRow("wrong length") << 4;
    }

    void keystoreProblems()
    {
        QFETCH(int, problem);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        FakeKeyStore keys;
        QString id;
        {
            auto vault = Vault::create(dir, secret("pw"), secret(kHardhatPhrase), kFloor);
            QVERIFY(vault.ok());
            QVERIFY((*vault)->enableQuickUnlock(keys).ok());
            id = (*vault)->keyStoreId();
        }
        switch (problem) {
        case 0: QVERIFY(keys.remove(id).ok()); break;
        case 1: keys.failWith = KeyStoreError::Unavailable; break;
        case 2: keys.failWith = KeyStoreError::Denied; break;
        case 3: keys.put(id, crypto::SecureBuffer(32).view()); break;
        case 4: keys.put(id, crypto::SecureBuffer(16).view()); break;
        }
        const auto files = snapshot(dir);
        QCOMPARE_ERROR(Vault::openWithKeyStore(dir, keys), VaultError::KeystoreUnavailable);
        QCOMPARE(snapshot(dir), files);
        auto vault = Vault::open(dir, secret("pw"));
        QVERIFY(vault.ok());
        QCOMPARE((*vault)->address(), QLatin1String(kHardhatAddress));
    }

    void enableFailsCleanly()
    {
        QTemporaryDir tmp;
        FakeKeyStore keys;
        keys.failWith = KeyStoreError::Unavailable;
        auto vault = Vault::create(tmp.filePath(QStringLiteral("w")), secret("pw"), secret(kHardhatPhrase), kFloor);
        QVERIFY(vault.ok());
        QCOMPARE_ERROR((*vault)->enableQuickUnlock(keys), VaultError::KeystoreUnavailable);
        (*vault)->lock();
        QCOMPARE_ERROR((*vault)->enableQuickUnlock(keys), VaultError::Locked);
    }
};

QTEST_GUILESS_MAIN(TestVaultQuickUnlock)
#include "tst_vault_quick_unlock.moc"
