// SPDX-License-Identifier: GPL-3.0-or-later
// Passphrase change: the old one stops working, the new one works, the database is untouched, the
// salt is fresh; a wrong old passphrase or weak new parameters change nothing.
#include "vaulttestutil.h"

#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
namespace crypto = carnet::crypto;

class TestVaultChangePassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oldFailsNewWorks()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        auto vault = Vault::create(dir, secret("old pass"), secret(kHardhatPhrase), kFloor);
        QVERIFY(vault.ok());
        const QByteArray oldHeader = readAll(headerFile(dir));
        const crypto::Argon2Params stronger{kFloor.memoryKiB, 4, 1};
        QVERIFY((*vault)->changePassphrase(secret("old pass"), secret("new pass"), stronger).ok());
        QCOMPARE((*vault)->params(), stronger);
        const QByteArray newHeader = readAll(headerFile(dir));
        QCOMPARE(newHeader.size(), oldHeader.size());
        QCOMPARE(newHeader.mid(26, 16), oldHeader.mid(26, 16)); // same vault id
        QVERIFY(newHeader.mid(42, 32) != oldHeader.mid(42, 32)); // fresh salt
        QVERIFY(!QFile::exists(dir + QStringLiteral("/vault.header.new")));
        // Still usable after the change, with the new passphrase for re-authentication.
        QVERIFY((*vault)->recoveryPhrase(secret("new pass")).ok());
        (*vault)->lock();

        FakeClock clock;
        QCOMPARE_ERROR(Vault::open(dir, secret("old pass"), clock.clock()), VaultError::WrongPassphrase);
        auto reopened = Vault::open(dir, secret("new pass"), clock.clock());
        QVERIFY(reopened.ok());
        QCOMPARE((*reopened)->address(), QLatin1String(kHardhatAddress));
        QCOMPARE((*reopened)->params(), stronger);
    }

    void refusalsChangeNothing()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        auto vault = Vault::create(dir, secret("old"), secret(kHardhatPhrase), kFloor);
        QVERIFY(vault.ok());
        const QByteArray header = readAll(headerFile(dir));
        QCOMPARE_ERROR((*vault)->changePassphrase(secret("not it"), secret("new")), VaultError::WrongPassphrase);
        QCOMPARE_ERROR((*vault)->changePassphrase(secret("old"), secret("")), VaultError::EmptyPassphrase);
        QCOMPARE_ERROR((*vault)->changePassphrase(secret("old"), secret("new"), crypto::Argon2Params{32768, 3, 1}),
                       VaultError::WeakParameters);
        QCOMPARE(readAll(headerFile(dir)), header);
        (*vault)->lock();
        QVERIFY(Vault::open(dir, secret("old")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVaultChangePassphrase)
#include "tst_vault_change_passphrase.moc"
