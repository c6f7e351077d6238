// SPDX-License-Identifier: GPL-3.0-or-later
// KeychainKeyStore against a real gnome-keyring (Secret Service) on a private D-Bus session.
//
// Run without CARNET_TEST_KEYRING, the executable re-executes itself under
//   dbus-run-session -- sh -c 'printf pass | gnome-keyring-daemon --unlock --components=secrets; exec "$@"'
// with a throw-away HOME and XDG directories, so the user's own keyring is never touched. If the
// tools are missing or the daemon does not start, the test FAILS (dbus and gnome-keyring are
// installed by scripts/setup-deps.sh): a keystore test that skips would prove nothing.
// The entries written are checked with an independent reader (secret_service_oracle.py, python3-dbus
// speaking the Secret Service protocol directly).
#include "platform/keychainstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cstdio>
#include <memory>

using carnet::core::KeyStoreError;
using carnet::crypto::ByteView;
using carnet::platform::KeychainKeyStore;

namespace {

constexpr char kModeVariable[] = "CARNET_TEST_KEYRING"; // "1": inside the private session; "probe"
constexpr int kDaemonFailed = 97;                        // the wrapper's status when the daemon fails
constexpr std::chrono::seconds kTimeout{20};

QByteArray toBytes(ByteView view)
{
    return QByteArray(reinterpret_cast<const char *>(view.data()), static_cast<qsizetype>(view.size()));
}

ByteView viewOf(const QByteArray &bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())};
}

const char *errorName(KeyStoreError error)
{
    switch (error) {
    case KeyStoreError::NotFound:
        return "NotFound";
    case KeyStoreError::Unavailable:
        return "Unavailable";
    case KeyStoreError::Denied:
        return "Denied";
    case KeyStoreError::Failed:
        return "Failed";
    }
    return "?";
}

struct OracleItem
{
    int status = -1;     // 0 found, 3 not found, 4 locked
    QStringList entries; // "<type> <hex>"
};

/** What the Secret Service itself holds under server=`service`, user=`id`. */
OracleItem askOracle(const QString &service, const QString &id)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral(CARNET_SOURCE_DIR "/tests/platform/secret_service_oracle.py"), service, id});
    OracleItem item;
    if (!python.waitForFinished(30000) || python.exitStatus() != QProcess::NormalExit) {
        qWarning("oracle: %s", python.readAllStandardError().constData());
        return item;
    }
    item.status = python.exitCode();
    if (item.status != 0 && item.status != 3)
        qWarning("oracle: %s", python.readAllStandardError().constData());
    item.entries = QString::fromLatin1(python.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return item;
}

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void missingEntryIsNotFound();
    void storeReplaces();
    void removeDeletes();
    void servicesAreSeparate();
    void fromWorkerThreads();
    void noSessionBusIsUnavailable();

private:
    QString m_service = QStringLiteral("Carnet");
};

void TestKeychainStore::initTestCase()
{
    QCOMPARE(qgetenv(kModeVariable), QByteArray("1"));
    QVERIFY2(!qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"), "no private session bus");
    QCOMPARE(KeychainKeyStore::defaultService(), m_service);
}

void TestKeychainStore::roundTrip_data()
{
    QTest::addColumn<QByteArray>("secret");
    QTest::newRow("32-byte data key") << QByteArray::fromHex(
        "000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    QTest::newRow("NUL and high bytes") << QByteArray::fromHex("00ff00ff80007f0a0d00");
    QTest::newRow("one byte") << QByteArray("\x00", 1);
    QTest::newRow("1 KiB") << QByteArray(1024, '\xa5');
}

void TestKeychainStore::roundTrip()
{
    QFETCH(QByteArray, secret);
    KeychainKeyStore store(m_service, kTimeout);
    const QString id = QStringLiteral("carnet-test-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-'));

    const auto stored = store.store(id, viewOf(secret));
    QVERIFY2(stored.ok(), stored.ok() ? "" : errorName(stored.error()));

    // The Secret Service itself holds exactly these bytes, under service "Carnet".
    const OracleItem item = askOracle(m_service, id);
    QCOMPARE(item.status, 0);
    QCOMPARE(item.entries, QStringList{QStringLiteral("base64 ") + QString::fromLatin1(secret.toHex())});

    const auto loaded = store.load(id);
    QVERIFY2(loaded.ok(), loaded.ok() ? "" : errorName(loaded.error()));
    QCOMPARE(toBytes(loaded->view()), secret);

    QVERIFY(store.remove(id).ok());
}

void TestKeychainStore::missingEntryIsNotFound()
{
    KeychainKeyStore store(m_service, kTimeout);
    const auto loaded = store.load(QStringLiteral("carnet-test-never-stored"));
    QVERIFY(!loaded.ok());
    QCOMPARE(errorName(loaded.error()), "NotFound");
}

void TestKeychainStore::storeReplaces()
{
    KeychainKeyStore store(m_service, kTimeout);
    const QString id = QStringLiteral("carnet-test-replace");
    QVERIFY(store.store(id, viewOf(QByteArray(32, '\x11'))).ok());
    QVERIFY(store.store(id, viewOf(QByteArray(32, '\x22'))).ok());
    const auto loaded = store.load(id);
    QVERIFY(loaded.ok());
    QCOMPARE(toBytes(loaded->view()), QByteArray(32, '\x22'));
    QCOMPARE(askOracle(m_service, id).entries.size(), 1); // replaced, not added
    QVERIFY(store.remove(id).ok());
}

void TestKeychainStore::removeDeletes()
{
    KeychainKeyStore store(m_service, kTimeout);
    const QString id = QStringLiteral("carnet-test-remove");
    QVERIFY(store.store(id, viewOf(QByteArray(32, '\x33'))).ok());
    QCOMPARE(askOracle(m_service, id).status, 0);

    QVERIFY(store.remove(id).ok());
    QCOMPARE(askOracle(m_service, id).status, 3); // gone from the Secret Service
    const auto loaded = store.load(id);
    QVERIFY(!loaded.ok());
    QCOMPARE(errorName(loaded.error()), "NotFound");

    // Removing a missing entry succeeds (core::KeyStore contract).
    QVERIFY(store.remove(id).ok());
}

void TestKeychainStore::servicesAreSeparate()
{
    KeychainKeyStore first(QStringLiteral("Carnet-test-first"), kTimeout);
    KeychainKeyStore second(QStringLiteral("Carnet-test-second"), kTimeout);
    const QString id = QStringLiteral("carnet-test-shared-id");
    QVERIFY(first.store(id, viewOf(QByteArray(32, '\x44'))).ok());

    const auto fromSecond = second.load(id);
    QVERIFY(!fromSecond.ok());
    QCOMPARE(errorName(fromSecond.error()), "NotFound");
    QVERIFY(second.remove(id).ok()); // does not touch the first service's entry
    const auto fromFirst = first.load(id);
    QVERIFY(fromFirst.ok());
    QCOMPARE(toBytes(fromFirst->view()), QByteArray(32, '\x44'));
    QVERIFY(first.remove(id).ok());
}

void TestKeychainStore::fromWorkerThreads()
{
    // The vault calls the keystore from worker threads that come and go, while the main thread
    // may be blocked (here: in QThread::wait, with no event loop running).
    KeychainKeyStore store(m_service, kTimeout);
    for (int round = 0; round < 3; ++round) {
        const QString id = QStringLiteral("carnet-test-thread-%1").arg(round);
        const QByteArray secret(32, static_cast<char>(0x50 + round));
        bool stored = false, loaded = false, removed = false, gone = false;
        std::unique_ptr<QThread> worker(QThread::create([&] {
            stored = store.store(id, viewOf(secret)).ok();
            const auto back = store.load(id);
            loaded = back.ok() && toBytes(back->view()) == secret;
            removed = store.remove(id).ok();
            const auto again = store.load(id);
            gone = !again.ok() && again.error() == KeyStoreError::NotFound;
        }));
        worker->start();
        QVERIFY(worker->wait(4 * 1000 * kTimeout.count()));
        QVERIFY(stored);
        QVERIFY(loaded);
        QVERIFY(removed);
        QVERIFY(gone);
    }
}

void TestKeychainStore::noSessionBusIsUnavailable()
{
    // The same executable in "probe" mode, with a session bus address that leads nowhere.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QString::fromLatin1(kModeVariable), QStringLiteral("probe"));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + dir.filePath(QStringLiteral("no-bus")));
    QProcess probe;
    probe.setProcessEnvironment(env);
    probe.start(QCoreApplication::applicationFilePath(), {});
    QVERIFY(probe.waitForFinished(60000));
    QCOMPARE(probe.exitStatus(), QProcess::NormalExit);
    QCOMPARE(probe.readAllStandardOutput().trimmed(), QByteArray("Unavailable"));
    QCOMPARE(probe.exitCode(), 0);
}

namespace {

/** Probe mode: one load against whatever bus the environment names; prints the outcome. */
int probe(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    KeychainKeyStore store(KeychainKeyStore::defaultService(), kTimeout);
    const auto loaded = store.load(QStringLiteral("carnet-test-probe"));
    std::printf("%s\n", loaded.ok() ? "Loaded" : errorName(loaded.error()));
    return 0;
}

/** Re-runs this executable inside a private D-Bus session with an unlocked gnome-keyring. */
int runUnderPrivateKeyring(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    for (const char *tool : {"dbus-run-session", "gnome-keyring-daemon"}) {
        if (QStandardPaths::findExecutable(QString::fromLatin1(tool)).isEmpty()) {
            std::fprintf(stderr, "FAIL: %s is not installed; install dbus and gnome-keyring (scripts/setup-deps.sh)\n", tool);
            return 1;
        }
    }
    QTemporaryDir home;
    if (!home.isValid()) {
        std::fprintf(stderr, "FAIL: cannot create a temporary HOME\n");
        return 1;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QDir root(home.path());
    for (const char *sub : {"data", "config", "cache", "runtime"})
        root.mkpath(QString::fromLatin1(sub));
    QFile::setPermissions(root.filePath(QStringLiteral("runtime")), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_DATA_HOME"), root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), root.filePath(QStringLiteral("runtime")));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    env.remove(QStringLiteral("GNOME_KEYRING_CONTROL"));
    env.insert(QString::fromLatin1(kModeVariable), QStringLiteral("1"));

    QStringList arguments{QStringLiteral("--"), QStringLiteral("sh"), QStringLiteral("-c"),
                          QStringLiteral("printf pass | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
                                         " || exit %1; exec \"$@\"").arg(kDaemonFailed),
                          QStringLiteral("sh"), QCoreApplication::applicationFilePath()};
    arguments += QCoreApplication::arguments().mid(1);
    QProcess session;
    session.setProcessEnvironment(env);
    session.setProcessChannelMode(QProcess::ForwardedChannels);
    session.start(QStringLiteral("dbus-run-session"), arguments);
    if (!session.waitForStarted() || !session.waitForFinished(-1)) {
        std::fprintf(stderr, "FAIL: dbus-run-session did not run: %s\n", qPrintable(session.errorString()));
        return 1;
    }
    if (session.exitStatus() != QProcess::NormalExit) {
        std::fprintf(stderr, "FAIL: the test crashed inside the private D-Bus session\n");
        return 1;
    }
    if (session.exitCode() == kDaemonFailed) {
        std::fprintf(stderr, "FAIL: gnome-keyring-daemon --unlock --components=secrets could not be started "
                             "in a private D-Bus session (dbus-run-session); the keychain cannot be tested\n");
        return 1;
    }
    return session.exitCode();
}

} // namespace

int main(int argc, char **argv)
{
    const QByteArray mode = qgetenv(kModeVariable);
    if (mode == "probe")
        return probe(argc, argv);
    if (mode != "1")
        return runUnderPrivateKeyring(argc, argv);
    QCoreApplication app(argc, argv);
    TestKeychainStore test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_keychain_store.moc"
