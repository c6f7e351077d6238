// SPDX-License-Identifier: GPL-3.0-or-later
// Leftovers of crashed operations are never taken for the vault and are cleaned by the next open or
// create, but a create in progress (its lock held) is never touched.
#include "vaulttestutil.h"
#include "core/vault/fileops.h"

#include <QTemporaryDir>

#include <sys/time.h>

using namespace carnet::core;
using namespace carnet::core::test;

namespace {

QString makeTemporary(const QString &dir, const char *suffix, bool withLock, bool withContent)
{
    const QFileInfo info(dir);
    const QString path = info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".carnet-new-")
        + QLatin1String(suffix);
    QDir().mkpath(path);
    if (withLock)
        writeAll(path + QStringLiteral("/vault.lock"), {});
    if (withContent)
        writeAll(path + QStringLiteral("/vault.db"), QByteArray(4096, 'x'));
    return path;
}

bool makeOld(const QString &path)
{
    const timeval times[2] = {{1'000'000'000, 0}, {1'000'000'000, 0}};
    return ::utimes(QFile::encodeName(path).constData(), times) == 0;
}

} // namespace

class TestVaultLeftovers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openCleansWhatIsAbandoned()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "pw"));
        const QByteArray header = readAll(headerFile(dir));

        const QString crashed = makeTemporary(dir, "aaaaaaaa", true, true);      // lock free: creator died
        const QString inProgress = makeTemporary(dir, "bbbbbbbb", true, true);   // lock held below
        const QString emptyNoLock = makeTemporary(dir, "cccccccc", false, false); // killed before the lock
        const QString youngNoLock = makeTemporary(dir, "dddddddd", false, true);  // unknown, recent: kept
        const QString oldNoLock = makeTemporary(dir, "eeeeeeee", false, true);    // unknown, old: removed
        QVERIFY(makeOld(oldNoLock));
        const QString otherVault = tmp.filePath(QStringLiteral(".other.carnet-new-ffffffff"));
        QVERIFY(QDir().mkpath(otherVault)); // belongs to another DIR: never touched
        auto held = fileops::FileLock::acquire(inProgress + QStringLiteral("/vault.lock"));
        QVERIFY(held.ok());

        // A half-written passphrase change and throttle record inside DIR.
        QVERIFY(writeAll(dir + QStringLiteral("/vault.header.new"), QByteArray(80, 'z')));
        QVERIFY(writeAll(dir + QStringLiteral("/vault.attempts.new"), QByteArray(3, 'z')));

        auto vault = Vault::open(dir, secret("pw"));
        QVERIFY(vault.ok());
        QCOMPARE(readAll(headerFile(dir)), header);
        QVERIFY(!QFile::exists(dir + QStringLiteral("/vault.header.new")));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/vault.attempts.new")));
        QVERIFY(!QFileInfo::exists(crashed));
        QVERIFY(QFileInfo::exists(inProgress));
        QVERIFY(!QFileInfo::exists(emptyNoLock));
        QVERIFY(QFileInfo::exists(youngNoLock));
        QVERIFY(!QFileInfo::exists(oldNoLock));
        QVERIFY(QFileInfo::exists(otherVault));
    }

    void leftoverIsNeverTheVault()
    {
        // A complete temporary vault next to a missing DIR does not make DIR a vault.
        QTemporaryDir tmp;
        const QString built = tmp.filePath(QStringLiteral("built"));
        QVERIFY(makeVault(built, "pw"));
        const QString dir = tmp.filePath(QStringLiteral("w"));
        const QString leftover = makeTemporary(dir, "12345678", false, false);
        for (const QString &name : {QStringLiteral("vault.header"), QStringLiteral("vault.db"), QStringLiteral("vault.lock")})
            QVERIFY(QFile::copy(built + QLatin1Char('/') + name, leftover + QLatin1Char('/') + name));
        QVERIFY(!Vault::exists(dir));
        QCOMPARE_ERROR(Vault::open(dir, secret("pw")), VaultError::NotFound);
        // The next create cleans it and builds its own.
        auto vault = Vault::create(dir, secret("new"), secret(kVectorPhrase), kFloor);
        QVERIFY(vault.ok());
        QVERIFY(!QFileInfo::exists(leftover));
        QVERIFY((*vault)->address() != QLatin1String(kHardhatAddress));
    }
};

QTEST_GUILESS_MAIN(TestVaultLeftovers)
#include "tst_vault_leftovers.moc"
