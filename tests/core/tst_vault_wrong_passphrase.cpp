// SPDX-License-Identifier: GPL-3.0-or-later
// V1: wrong passphrase × 50 → always WrongPassphrase (never Damaged), the vault files byte-identical,
// and the right passphrase still works afterwards. The throttle is kept out of the way by a clock
// that moves past each delay.
#include "vaulttestutil.h"

#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
namespace crypto = carnet::crypto;

class TestVaultWrongPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fiftyWrongAttempts()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "the right one"));
        const QByteArray header = readAll(headerFile(dir));
        const QByteArray db = readAll(dbFile(dir));
        QVERIFY(!header.isEmpty() && !db.isEmpty());

        FakeClock clock;
        for (int i = 0; i < 50; ++i) {
            // Near misses and unrelated strings alike.
            const std::string attempt = i % 3 == 0 ? "the right on" + std::to_string(i)
                : i % 3 == 1                       ? "The right one"
                                                   : std::string(static_cast<std::size_t>(i), 'x');
            auto vault = Vault::open(dir, secret(attempt), clock.clock());
            QCOMPARE_ERROR(vault, VaultError::WrongPassphrase);
            clock.advance(std::chrono::seconds(61));
        }
        QCOMPARE(readAll(headerFile(dir)), header);
        QCOMPARE(readAll(dbFile(dir)), db);
        // Only the throttle record and the lock file were added.
        QStringList names = snapshot(dir).keys();
        names.sort();
        QCOMPARE(names, (QStringList{QStringLiteral("vault.attempts"), QStringLiteral("vault.db"),
                                     QStringLiteral("vault.header"), QStringLiteral("vault.lock")}));

        auto vault = Vault::open(dir, secret("the right one"), clock.clock());
        QVERIFY(vault.ok());
        QCOMPARE((*vault)->address(), QLatin1String(kHardhatAddress));
        // Success clears the record.
        QVERIFY(!QFile::exists(dir + QStringLiteral("/vault.attempts")));
    }

    void emptyPassphraseIsJustWrong()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "pw"));
        QCOMPARE_ERROR(Vault::open(dir, crypto::SecureBuffer()), VaultError::WrongPassphrase);
    }
};

QTEST_GUILESS_MAIN(TestVaultWrongPassphrase)
#include "tst_vault_wrong_passphrase.moc"
