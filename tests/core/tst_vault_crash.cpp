// SPDX-License-Identifier: GPL-3.0-or-later
// C1 for the vault: vault_tool create / restore / passwd killed at every checkpoint
// (CARNET_VAULT_CRASH_POINT) and at random moments (SIGKILL through QProcess::kill), some of them
// again during the recovery that follows. After each kill the directory must hold no vault, the old
// vault (old passphrase), or the complete new one — never a broken one — and leftovers must never
// be taken for the vault and must be cleaned by the next open or create. The recovery phrase must
// open with whichever passphrase opens the vault (a passphrase change re-seals it). An old vault
// (tests/data/vault-legacy) opened by vault_tool open is killed at every checkpoint of its migration:
// it keeps the old layout or has the new one, never neither.
#include "vaulttestutil.h"
#include "core/vault/vaultdb.h"
#include "core/vault/vaultfiles.h"
#include "core/vault/vaultsecrets.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

using namespace carnet::core;
using namespace carnet::core::test;

namespace {

constexpr int kCrashed = 9;
constexpr int kRandomKillsPerOperation = 10; // kills that hit a live process, per operation

QByteArray createInput() { return QByteArray("old\n") + kHardhatPhrase + '\n'; }
QByteArray passwdInput() { return QByteArray("old\nnew\n"); }
constexpr char kLegacyPassphrase[] = "legacy passphrase 2";

QProcess *startTool(QObject *parent, const QString &command, const QString &dir, const QByteArray &input,
                    int crashPoint)
{
    auto *tool = new QProcess(parent);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (crashPoint > 0)
        env.insert(QStringLiteral("CARNET_VAULT_CRASH_POINT"), QString::number(crashPoint));
    tool->setProcessEnvironment(env);
    tool->start(QStringLiteral(VAULT_TOOL), {command, dir});
    if (tool->waitForStarted()) {
        tool->write(input);
        tool->waitForBytesWritten(10000); // QProcess writes from the event loop; push it now
        tool->closeWriteChannel();
    }
    return tool;
}

int runTool(const QString &command, const QString &dir, const QByteArray &input, int crashPoint = 0)
{
    QProcess *tool = startTool(nullptr, command, dir, input, crashPoint);
    tool->waitForFinished(60000);
    const int code = tool->exitStatus() == QProcess::NormalExit ? tool->exitCode() : -1;
    delete tool;
    return code;
}

QStringList temporaries(const QString &dir)
{
    const QFileInfo info(dir);
    return QDir(info.absolutePath())
        .entryList({QLatin1Char('.') + info.fileName() + QStringLiteral(".carnet-new-*")},
                   QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
}

} // namespace

class TestVaultCrash : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_template; // a vault with passphrase "old", for passwd runs
    int m_case = 0;
    int m_kills = 0;
    int m_outcomes[2] = {0, 0}; // per data row: [old state / no vault, new state]

    QString freshDir(bool makeEmptyDir)
    {
        const QString dir = m_tmp.filePath(QStringLiteral("case%1/w").arg(++m_case));
        QDir().mkpath(makeEmptyDir ? dir : QFileInfo(dir).absolutePath());
        return dir;
    }

    QString copyOfTemplate()
    {
        const QString dir = freshDir(true);
        for (const QString &name : {QStringLiteral("vault.header"), QStringLiteral("vault.db")})
            QFile::copy(m_template + QLatin1Char('/') + name, dir + QLatin1Char('/') + name);
        return dir;
    }

    // After a killed create/restore: nothing, or the complete vault. Then recovery must work.
    void checkCreateOutcome(const QString &dir, bool recreate)
    {
        ++m_outcomes[Vault::exists(dir) ? 1 : 0];
        if (Vault::exists(dir)) {
            auto vault = Vault::open(dir, secret("old"));
            QVERIFY2(vault.ok(), vault.ok() ? "" : vaultErrorName(vault.error()));
            QCOMPARE((*vault)->address(), QLatin1String(kHardhatAddress));
            QVERIFY((*vault)->recoveryPhrase(secret("old")).ok());
        } else {
            QCOMPARE_ERROR(Vault::open(dir, secret("old")), VaultError::NotFound);
            if (QFileInfo::exists(dir))
                QVERIFY(QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot));
            if (recreate) {
                auto vault = Vault::create(dir, secret("old"), secret(kHardhatPhrase), kFloor);
                QVERIFY2(vault.ok(), vault.ok() ? "" : vaultErrorName(vault.error()));
            }
        }
        if (recreate || Vault::exists(dir))
            QVERIFY2(temporaries(dir).isEmpty(), qPrintable(temporaries(dir).join(QLatin1Char(' '))));
    }

    // After a killed passwd: exactly one of the two passphrases opens the complete vault.
    void checkPasswdOutcome(const QString &dir)
    {
        FakeClock clock;
        auto withOld = Vault::open(dir, secret("old"), clock.clock());
        if (withOld.ok()) {
            QCOMPARE((*withOld)->address(), QLatin1String(kHardhatAddress));
            checkOnePhrase(**withOld, "old");
            ++m_outcomes[0];
            return;
        }
        ++m_outcomes[1];
        QCOMPARE(withOld.error(), VaultError::WrongPassphrase);
        auto withNew = Vault::open(dir, secret("new"), clock.clock());
        QVERIFY2(withNew.ok(), withNew.ok() ? "" : vaultErrorName(withNew.error()));
        QCOMPARE((*withNew)->address(), QLatin1String(kHardhatAddress));
        QVERIFY(!QFile::exists(dir + QStringLiteral("/vault.header.new")));
        checkOnePhrase(**withNew, "new");
    }

    // The phrase opens with the passphrase that opens the vault, and the open left one sealed copy.
    void checkOnePhrase(Vault &vault, std::string_view passphrase)
    {
        auto phrase = vault.recoveryPhrase(secret(passphrase));
        QVERIFY2(phrase.ok(), phrase.ok() ? "" : vaultErrorName(phrase.error()));
        QCOMPARE(phrase->asStringView(), std::string_view(kHardhatPhrase));
        auto copies = vault.database()->queryInt("SELECT count(*) FROM sealed_phrase");
        QVERIFY(copies.ok());
        QCOMPARE(*copies, 1);
    }

    int checkpointsOf(const QString &command)
    {
        const bool passwd = command == QLatin1String("passwd");
        const QString dir = passwd ? copyOfTemplate() : freshDir(command == QLatin1String("restore"));
        QProcess *tool = startTool(nullptr, command, dir, passwd ? passwdInput() : createInput(), 0);
        tool->waitForFinished(60000);
        const QByteArray err = tool->readAllStandardError();
        delete tool;
        const qsizetype at = err.indexOf("CHECKPOINTS ");
        return at < 0 ? 0 : err.mid(at + 12).trimmed().toInt();
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_template = m_tmp.filePath(QStringLiteral("template"));
        QVERIFY(makeVault(m_template, "old"));
    }

    void cleanupTestCase()
    {
        qInfo("kill points exercised: %d", m_kills);
        QVERIFY(m_kills >= 50);
    }

    void everyCheckpoint_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("create") << QStringLiteral("create");
        QTest::newRow("restore into an empty directory") << QStringLiteral("restore");
        QTest::newRow("passwd") << QStringLiteral("passwd");
    }

    void init()
    {
        m_outcomes[0] = m_outcomes[1] = 0;
    }

    void everyCheckpoint()
    {
        QFETCH(QString, command);
        const bool passwd = command == QLatin1String("passwd");
        const int count = checkpointsOf(command);
        QVERIFY2(count >= (passwd ? 5 : 8), qPrintable(QString::number(count)));
        for (int point = 1; point <= count + 1; ++point) {
            const QString dir = passwd ? copyOfTemplate() : freshDir(command == QLatin1String("restore"));
            const int code = runTool(command, dir, passwd ? passwdInput() : createInput(), point);
            QCOMPARE(code, point <= count ? kCrashed : 0);
            if (code == kCrashed)
                ++m_kills;
            if (passwd) {
                // Crash again during the recovery (the next open), at each of its checkpoints.
                for (int again = 1; again <= 3; ++again) {
                    const int recovery = runTool(QStringLiteral("open"), dir, "old\n", again);
                    QVERIFY(recovery == kCrashed || recovery == 10 + int(VaultError::WrongPassphrase));
                    m_kills += recovery == kCrashed;
                }
                checkPasswdOutcome(dir);
            } else {
                checkCreateOutcome(dir, true);
            }
        }
        // The loop crossed the commit point: both outcomes were seen.
        QVERIFY(m_outcomes[0] > 0 && m_outcomes[1] > 0);
    }

    void legacyMigrationEveryCheckpoint()
    {
        // The data key of the old vault, to look at its layout without the passphrase path (which migrates).
        const QString legacy = QStringLiteral(CARNET_TEST_DATA_DIR "/vault-legacy/schema2");
        const QByteArray headerBytes = readAll(headerFile(legacy));
        auto header = VaultHeader::parse({reinterpret_cast<const std::uint8_t *>(headerBytes.constData()),
                                          static_cast<std::size_t>(headerBytes.size())});
        QVERIFY(header.ok());
        auto keys = vaultfiles::unwrapDataKey(*header, carnet::crypto::asBytes(std::string_view(kLegacyPassphrase)));
        QVERIFY(keys.ok());
        const QByteArray input = QByteArray(kLegacyPassphrase) + '\n';
        const auto copy = [&] {
            const QString dir = freshDir(true);
            for (const QString &name : {QStringLiteral("vault.header"), QStringLiteral("vault.db")})
                QFile::copy(legacy + QLatin1Char('/') + name, dir + QLatin1Char('/') + name);
            return dir;
        };
        QProcess *clean = startTool(nullptr, QStringLiteral("open"), copy(), input, 0);
        clean->waitForFinished(60000);
        const QByteArray err = clean->readAllStandardError();
        delete clean;
        const int count = err.mid(err.indexOf("CHECKPOINTS ") + 12).trimmed().toInt();
        QVERIFY2(count >= 3, err.constData());
        int kept = 0, moved = 0;
        for (int point = 1; point <= count + 1; ++point) {
            const QString dir = copy();
            const int code = runTool(QStringLiteral("open"), dir, input, point);
            QCOMPARE(code, point <= count ? kCrashed : 0);
            m_kills += code == kCrashed;
            {
                // Old layout or new, never neither: the phrase is in exactly one of the two places.
                auto db = openVaultDatabase(dbFile(dir), keys->dataKey.view(), DbOpenMode::Open);
                QVERIFY(db.ok());
                auto old = vaultsecrets::readLegacyPhrase(**db);
                auto sealed = vaultsecrets::readSealedPhrase(**db, *header);
                QVERIFY(old.ok() && sealed.ok());
                QVERIFY(old->has_value() != sealed->has_value());
                ++(old->has_value() ? kept : moved);
            }
            auto vault = Vault::open(dir, secret(kLegacyPassphrase));
            QVERIFY2(vault.ok(), vault.ok() ? "" : vaultErrorName(vault.error()));
            auto phrase = (*vault)->recoveryPhrase(secret(kLegacyPassphrase));
            QVERIFY(phrase.ok());
            QCOMPARE(phrase->asStringView(), std::string_view(kVectorPhrase));
            QCOMPARE(*(*vault)->database()->queryInt("SELECT count(*) FROM meta WHERE key = 'recovery_phrase'"), 0);
        }
        QVERIFY(kept > 0 && moved > 0);
    }

    void randomKills_data()
    {
        everyCheckpoint_data();
    }

    void randomKills()
    {
        QFETCH(QString, command);
        const bool passwd = command == QLatin1String("passwd");
        const QByteArray input = passwd ? passwdInput() : createInput();
        QElapsedTimer timer;
        timer.start();
        QCOMPARE(checkpointsOf(command) > 0, true);
        const qint64 duration = std::max<qint64>(timer.elapsed(), 50);
        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("%s: seed %u, clean run %lld ms", qPrintable(command), seed, duration);
        QRandomGenerator rng(seed);
        // Count only kills that hit a live process; a kill after a normal exit shortens the window.
        auto span = static_cast<quint32>(duration);
        int effective = 0;
        for (int attempt = 0; effective < kRandomKillsPerOperation && attempt < 4 * kRandomKillsPerOperation;
             ++attempt) {
            const QString dir = passwd ? copyOfTemplate() : freshDir(command == QLatin1String("restore"));
            QProcess *tool = startTool(nullptr, command, dir, input, 0);
            // Most of a run is Argon2id; half the kills aim at its last part, where the writes are.
            QThread::msleep(attempt % 2 ? rng.bounded(span) : span * 6 / 10 + rng.bounded(span * 4 / 10));
            tool->kill();
            tool->waitForFinished(60000);
            if (tool->exitStatus() == QProcess::CrashExit)
                ++effective;
            else
                span = std::max<quint32>(span * 8 / 10, 20);
            delete tool;
            if (passwd)
                checkPasswdOutcome(dir);
            else
                checkCreateOutcome(dir, false);
        }
        QCOMPARE(effective, kRandomKillsPerOperation);
        m_kills += effective;
        qInfo("%s: %d kept the old state, %d had the new one", qPrintable(command), m_outcomes[0], m_outcomes[1]);
    }
};

QTEST_GUILESS_MAIN(TestVaultCrash)
#include "tst_vault_crash.moc"
