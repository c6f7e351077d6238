// SPDX-License-Identifier: GPL-3.0-or-later
// `carnet-cli wallet create|restore|info|passwd` end to end: the built executable, secrets piped
// on stdin, CARNET_KDF=floor. Addresses of restored phrases are checked against the ethers-derived
// vectors of tests/cli/identity-vectors.json (English and French); every run is checked for leaked
// passphrases; each vault error gives its own exit status and message (docs/CLI.md).
#include "crypto/bip39.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>
#include <fcntl.h>
#include <pty.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

namespace {

// Exit statuses (docs/CLI.md).
constexpr int kOk = 0, kUsage = 1, kInvalidPhrase = 2, kWrongPassphrase = 3, kDamaged = 4, kNoVault = 5,
              kExists = 6, kInUse = 7, kThrottled = 8, kRefused = 10;

const QByteArray kPassphrase = "Tortue-violette-Marmelade-91";
const QByteArray kOtherPassphrase = "hibou lunaire sous la falaise 1907";

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run runWallet(const QStringList &arguments, const QByteArray &input, const QProcessEnvironment &env = {})
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(QStringLiteral(CARNET_CLI_PATH), QStringList{QStringLiteral("wallet")} + arguments);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.write(input);
    process.closeWriteChannel();
    run.finished = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit;
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QByteArray lines(std::initializer_list<QByteArray> items)
{
    QByteArray text;
    for (const QByteArray &item : items)
        text += item + '\n';
    return text;
}

QString addressIn(const QByteArray &out)
{
    static const QRegularExpression pattern(QStringLiteral("^address: (0x[0-9a-fA-F]{40})$"),
                                            QRegularExpression::MultilineOption);
    return pattern.match(QString::fromUtf8(out)).captured(1);
}

/** The words of the "write these words down" block of `create`. */
QByteArray phraseIn(const QByteArray &out)
{
    const QList<QByteArray> all = out.split('\n');
    QList<QByteArray> words;
    int rules = 0;
    bool inWords = false;
    for (const QByteArray &line : all) {
        if (line.startsWith("=====")) {
            ++rules;
            continue;
        }
        if (rules != 1)
            continue;
        if (line.isEmpty()) {
            inWords = true;
            continue;
        }
        if (inWords)
            words += line.split(' ');
    }
    return words.join(' ');
}

QJsonArray identityVectors()
{
    QFile file(QStringLiteral(CARNET_SOURCE_DIR "/tests/cli/identity-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("identities")).toArray();
}

/** True while some process holds a flock on `path` (read from /proc/locks, without taking it). */
bool flockHeld(const QString &path)
{
    struct stat info {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return false;
    QFile locks(QStringLiteral("/proc/locks"));
    if (!locks.open(QIODevice::ReadOnly))
        return false;
    const QByteArray inode = ':' + QByteArray::number(static_cast<qulonglong>(info.st_ino)) + ' ';
    for (const QByteArray &line : locks.readAll().split('\n'))
        if (line.contains("FLOCK") && line.contains(inode))
            return true;
    return false;
}

/** Reads what the child wrote to the terminal until `marker` shows up or `ms` milliseconds pass. */
QByteArray readTerminal(int master, const QByteArray &marker, int ms)
{
    QByteArray seen;
    for (int waited = 0; waited < ms && !seen.contains(marker); waited += 10) {
        char buffer[512];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n > 0)
            seen.append(buffer, n);
        else
            ::usleep(10000);
    }
    return seen;
}

/** Reads the rest of the child's output, until it closes the terminal or `ms` milliseconds pass. */
QByteArray readUntilClosed(int master, int ms)
{
    QByteArray seen;
    for (int waited = 0; waited < ms;) {
        char buffer[512];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n > 0) {
            seen.append(buffer, n);
        } else if (n == 0 || errno != EAGAIN) {
            break; // EIO: the child's side is closed
        } else {
            ::usleep(10000);
            waited += 10;
        }
    }
    return seen;
}

bool echoIsOff(int master)
{
    struct termios state {};
    return ::tcgetattr(master, &state) == 0 && !(state.c_lflag & ECHO);
}

} // namespace

class TestCliWallet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void createPrintsAddressAndPhrase();
    void infoOpensWithThePassphrase();
    void wrongPassphrase();
    void restoreFromPrintedPhrase();
    void restoreVectors_data();
    void restoreVectors();
    void restoreRejectsInvalidPhrase();
    void passwdChangesThePassphrase();
    void refusedNewPassphrase_data();
    void refusedNewPassphrase();
    void damagedVault_data();
    void damagedVault();
    void createOverExistingVault();
    void noVault();
    void inUseByAnotherProcess();
    void throttledAfterFailures();
    void usageErrors();
    void terminalPromptsWithoutEcho();

private:
    struct Created
    {
        QString address;
        QByteArray phrase;
    };
    /** Creates a vault with `passphrase` in a new directory `name`; fails the test on error. */
    Created create(const QString &dir, const QByteArray &passphrase = kPassphrase);
    QString dir(const QString &name) const { return m_root.filePath(name); }
    /** Fails the test if a passphrase shows in the output of `run`. */
    static bool leaks(const Run &run);

    QTemporaryDir m_root;
};

void TestCliWallet::initTestCase()
{
    QVERIFY(m_root.isValid());
    qputenv("CARNET_KDF", "floor"); // inherited by every carnet-cli started here
}

bool TestCliWallet::leaks(const Run &run)
{
    for (const QByteArray &secret : {kPassphrase, kOtherPassphrase})
        if (run.out.contains(secret) || run.err.contains(secret))
            return true;
    return false;
}

TestCliWallet::Created TestCliWallet::create(const QString &vaultDir, const QByteArray &passphrase)
{
    const Run run = runWallet({QStringLiteral("create"), QStringLiteral("--vault"), vaultDir},
                              lines({passphrase, passphrase}));
    if (!run.finished || run.exitCode != kOk || leaks(run)) {
        qWarning("create failed (%d): %s", run.exitCode, run.err.constData());
        return {};
    }
    return {addressIn(run.out), phraseIn(run.out)};
}

void TestCliWallet::createPrintsAddressAndPhrase()
{
    const QString vault = dir(QStringLiteral("create"));
    const Run run = runWallet({QStringLiteral("create"), QStringLiteral("--vault"), vault},
                              lines({kPassphrase, kPassphrase}));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, kOk);
    QVERIFY(!leaks(run));
    QVERIFY(run.err.isEmpty());
    QVERIFY(!addressIn(run.out).isEmpty());
    QVERIFY(run.out.contains("write these 24 words down"));
    QVERIFY(run.out.contains("kdf: Argon2id m=65536 KiB (64 MiB), t=3, p=1"));
    QVERIFY(QFileInfo::exists(vault + QStringLiteral("/vault.header")));

    // 24 words of the English list, shown once, and they are the phrase of that address: the
    // identity command (checked against ethers) derives the same address from them.
    const QByteArray phrase = phraseIn(run.out);
    const QList<QByteArray> words = phrase.split(' ');
    QCOMPARE(words.size(), 24);
    const auto list = carnet::crypto::bip39Wordlist(carnet::crypto::Bip39Language::English);
    for (const QByteArray &word : words)
        QVERIFY2(std::find(list.begin(), list.end(), std::string_view(word.constData(), word.size())) != list.end(),
                 "a word outside the English list");
    QCOMPARE(run.out.count(QByteArray(words.constFirst() + ' ' + words.at(1) + ' ' + words.at(2))), 1);

    QProcess identity;
    identity.start(QStringLiteral(CARNET_CLI_PATH), {QStringLiteral("identity")});
    identity.write(phrase + '\n');
    identity.closeWriteChannel();
    QVERIFY(identity.waitForFinished(60000));
    QCOMPARE(addressIn(identity.readAllStandardOutput()), addressIn(run.out));
}

void TestCliWallet::infoOpensWithThePassphrase()
{
    const QString vault = dir(QStringLiteral("info"));
    const Created created = create(vault);
    QVERIFY(!created.address.isEmpty());
    const Run run = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kPassphrase}));
    QCOMPARE(run.exitCode, kOk);
    QVERIFY(!leaks(run));
    QCOMPARE(addressIn(run.out), created.address);
    QVERIFY(run.out.contains(QByteArray("vault: " + QDir(vault).absolutePath().toUtf8() + '\n')));
    QVERIFY(run.out.contains("kdf: Argon2id m=65536 KiB (64 MiB), t=3, p=1\n"));
    QVERIFY(!run.out.contains(created.phrase)); // shown at creation only
}

void TestCliWallet::wrongPassphrase()
{
    const QString vault = dir(QStringLiteral("wrong"));
    QVERIFY(!create(vault).address.isEmpty());
    const Run run = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kOtherPassphrase}));
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, kWrongPassphrase);
    QCOMPARE(run.err, QByteArray("carnet-cli wallet info: wrong passphrase\n"));
    QVERIFY(run.out.isEmpty());
}

void TestCliWallet::restoreFromPrintedPhrase()
{
    const Created created = create(dir(QStringLiteral("original")));
    QCOMPARE(created.phrase.split(' ').size(), 24);
    const QString copy = dir(QStringLiteral("restored"));
    const Run run = runWallet({QStringLiteral("restore"), QStringLiteral("--vault"), copy},
                              lines({created.phrase, kOtherPassphrase, kOtherPassphrase}));
    QCOMPARE(run.exitCode, kOk);
    QVERIFY(!leaks(run));
    QVERIFY(!run.out.contains(created.phrase.left(20)));
    QCOMPARE(addressIn(run.out), created.address);
    const Run info = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), copy}, lines({kOtherPassphrase}));
    QCOMPARE(info.exitCode, kOk);
    QCOMPARE(addressIn(info.out), created.address);
}

void TestCliWallet::restoreVectors_data()
{
    QTest::addColumn<QByteArray>("phrase");
    QTest::addColumn<QString>("address");
    const QJsonArray vectors = identityVectors();
    QVERIFY(!vectors.isEmpty());
    int french = 0;
    for (const QJsonValue &value : vectors) {
        const QJsonObject vector = value.toObject();
        const QString language = vector.value(QStringLiteral("language")).toString();
        if (language == QLatin1String("fr"))
            ++french;
        else if (vector.value(QStringLiteral("phrase")).toString().split(QLatin1Char(' ')).size() != 24)
            continue; // the French ones and the 24-word English ones are enough here
        const QString tag = language + QLatin1Char('-') + vector.value(QStringLiteral("address")).toString().left(10);
        QTest::newRow(qPrintable(tag)) << vector.value(QStringLiteral("phrase")).toString().toUtf8()
                                       << vector.value(QStringLiteral("address")).toString();
    }
    QVERIFY(french >= 1);
}

void TestCliWallet::restoreVectors()
{
    QFETCH(QByteArray, phrase);
    QFETCH(QString, address);
    const QString vault = dir(QStringLiteral("vector-") + QString::fromLatin1(QTest::currentDataTag()));
    const Run run = runWallet({QStringLiteral("restore"), QStringLiteral("--vault"), vault},
                              lines({phrase, kPassphrase, kPassphrase}));
    QCOMPARE(run.exitCode, kOk);
    QCOMPARE(addressIn(run.out), address);
    const Run info = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kPassphrase}));
    QCOMPARE(addressIn(info.out), address);
}

void TestCliWallet::restoreRejectsInvalidPhrase()
{
    const QString vault = dir(QStringLiteral("invalid-phrase"));
    QByteArray phrase = "legal winner thank year wave sausage worth useful legal winner thank thank"; // checksum
    const Run run = runWallet({QStringLiteral("restore"), QStringLiteral("--vault"), vault},
                              lines({phrase, kPassphrase, kPassphrase}));
    QCOMPARE(run.exitCode, kInvalidPhrase);
    QVERIFY(run.err.startsWith("carnet-cli wallet restore: invalid recovery phrase: "));
    QVERIFY(!run.err.contains("winner"));
    QVERIFY(!QFileInfo::exists(vault));
}

void TestCliWallet::passwdChangesThePassphrase()
{
    const QString vault = dir(QStringLiteral("passwd"));
    const Created created = create(vault);
    QVERIFY(!created.address.isEmpty());
    const Run run = runWallet({QStringLiteral("passwd"), QStringLiteral("--vault"), vault},
                              lines({kPassphrase, kOtherPassphrase, kOtherPassphrase}));
    QCOMPARE(run.exitCode, kOk);
    QVERIFY(!leaks(run));
    QCOMPARE(addressIn(run.out), created.address);

    const Run old = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kPassphrase}));
    QCOMPARE(old.exitCode, kWrongPassphrase);
    QVERIFY(old.err.contains("wrong passphrase"));
    const Run fresh = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kOtherPassphrase}));
    QCOMPARE(fresh.exitCode, kOk);
    QCOMPARE(addressIn(fresh.out), created.address);
}

void TestCliWallet::refusedNewPassphrase_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QByteArray>("first");
    QTest::addColumn<QByteArray>("second");
    QTest::addColumn<QByteArray>("message");
    const struct
    {
        const char *name;
        QByteArray first, second, message;
    } cases[] = {
        {"mismatch", kPassphrase, kPassphrase + "x", "the new passphrase and its confirmation do not match"},
        {"weak", "password1234", "password1234", "the new passphrase is too weak: it would be guessed"},
        {"short", "Zq7#pLk", "Zq7#pLk", "the new passphrase is too weak: it has fewer than 10 characters"},
        {"empty", "", "", "the new passphrase is empty"},
        {"missing confirmation", kPassphrase, QByteArray(), "do not match"},
    };
    for (const QString &action : {QStringLiteral("create"), QStringLiteral("restore"), QStringLiteral("passwd")})
        for (const auto &c : cases)
            QTest::addRow("%s %s", qPrintable(action), c.name) << action << c.first << c.second << c.message;
}

void TestCliWallet::refusedNewPassphrase()
{
    QFETCH(QString, action);
    QFETCH(QByteArray, first);
    QFETCH(QByteArray, second);
    QFETCH(QByteArray, message);
    const QString vault = dir(QStringLiteral("refused-") + QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('-')));
    QByteArray input;
    Created created;
    if (action == QLatin1String("restore")) {
        input = "legal winner thank year wave sausage worth useful legal winner thank yellow\n";
    } else if (action == QLatin1String("passwd")) {
        created = create(vault);
        QVERIFY(!created.address.isEmpty());
        input = kPassphrase + '\n';
    }
    input += first + '\n' + second + '\n';
    const Run run = runWallet({action, QStringLiteral("--vault"), vault}, input);
    QCOMPARE(run.exitCode, kRefused);
    QVERIFY2(run.err.contains(message), run.err.constData());
    QVERIFY(run.err.startsWith(QByteArray("carnet-cli wallet " + action.toLatin1() + ": ")));
    QVERIFY(!run.err.contains(kPassphrase) && !run.err.contains("password1234") && !run.err.contains("Zq7#pLk"));
    QVERIFY(run.out.isEmpty());
    if (action == QLatin1String("passwd")) {
        const Run info = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kPassphrase}));
        QCOMPARE(info.exitCode, kOk); // unchanged
        QCOMPARE(addressIn(info.out), created.address);
    } else {
        QVERIFY(!QFileInfo::exists(vault)); // nothing created
    }
}

void TestCliWallet::damagedVault_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QByteArray>("detail");
    QTest::newRow("header byte flipped") << QStringLiteral("flip") << QByteArray("its header or database is corrupt, truncated or was tampered with");
    QTest::newRow("header truncated") << QStringLiteral("truncate") << QByteArray("its header or database is corrupt, truncated or was tampered with");
    QTest::newRow("header missing") << QStringLiteral("no-header") << QByteArray("vault.header is missing");
    QTest::newRow("database missing") << QStringLiteral("no-db") << QByteArray("vault.db is missing");
}

void TestCliWallet::damagedVault()
{
    QFETCH(QString, damage);
    QFETCH(QByteArray, detail);
    const QString vault = dir(QStringLiteral("damaged-") + damage);
    QVERIFY(!create(vault).address.isEmpty());
    QFile header(vault + QStringLiteral("/vault.header"));
    if (damage == QLatin1String("flip")) {
        QVERIFY(header.open(QIODevice::ReadWrite));
        QByteArray bytes = header.readAll();
        bytes[50] = static_cast<char>(bytes[50] ^ 0x01); // inside the salt
        QVERIFY(header.seek(0));
        QCOMPARE(header.write(bytes), bytes.size());
        header.close();
    } else if (damage == QLatin1String("truncate")) {
        QVERIFY(header.resize(100));
    } else if (damage == QLatin1String("no-header")) {
        QVERIFY(header.remove());
    } else {
        QVERIFY(QFile::remove(vault + QStringLiteral("/vault.db")));
    }
    const Run run = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kPassphrase}));
    QCOMPARE(run.exitCode, kDamaged);
    QVERIFY2(run.err.startsWith(QByteArray("carnet-cli wallet info: the vault is damaged: " + detail)), run.err.constData());
    QVERIFY(!run.err.contains("wrong passphrase"));
}

void TestCliWallet::createOverExistingVault()
{
    const QString vault = dir(QStringLiteral("existing"));
    const Created created = create(vault);
    QVERIFY(!created.address.isEmpty());
    const QByteArray headerBefore = [&] {
        QFile f(vault + QStringLiteral("/vault.header"));
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();

    const Run again = runWallet({QStringLiteral("create"), QStringLiteral("--vault"), vault},
                                lines({kOtherPassphrase, kOtherPassphrase}));
    QCOMPARE(again.exitCode, kExists);
    QCOMPARE(again.err, "carnet-cli wallet create: a vault already exists in " + QDir(vault).absolutePath().toUtf8() + '\n');
    const Run restore = runWallet({QStringLiteral("restore"), QStringLiteral("--vault"), vault},
                                  lines({created.phrase, kOtherPassphrase, kOtherPassphrase}));
    QCOMPARE(restore.exitCode, kExists);

    QFile header(vault + QStringLiteral("/vault.header"));
    QVERIFY(header.open(QIODevice::ReadOnly));
    QCOMPARE(header.readAll(), headerBefore); // untouched
    const Run info = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kPassphrase}));
    QCOMPARE(addressIn(info.out), created.address);

    // A directory holding other files is refused too, with its own message.
    const QString other = dir(QStringLiteral("not-empty"));
    QVERIFY(QDir().mkpath(other));
    QFile note(other + QStringLiteral("/notes.txt"));
    QVERIFY(note.open(QIODevice::WriteOnly));
    note.close();
    const Run notEmpty = runWallet({QStringLiteral("create"), QStringLiteral("--vault"), other},
                                   lines({kPassphrase, kPassphrase}));
    QCOMPARE(notEmpty.exitCode, kExists);
    QVERIFY(notEmpty.err.contains("is not empty"));
}

void TestCliWallet::noVault()
{
    for (const QString &action : {QStringLiteral("info"), QStringLiteral("passwd")}) {
        const Run run = runWallet({action, QStringLiteral("--vault"), dir(QStringLiteral("nothing-here"))},
                                  lines({kPassphrase, kOtherPassphrase, kOtherPassphrase}));
        QCOMPARE(run.exitCode, kNoVault);
        QVERIFY(run.err.contains("there is no vault in"));
    }
}

void TestCliWallet::inUseByAnotherProcess()
{
    const QString vault = dir(QStringLiteral("in-use"));
    const Created created = create(vault);
    QVERIFY(!created.address.isEmpty());

    // passwd checks the current passphrase, then holds the vault open while it waits for the new one.
    QProcess holder;
    holder.start(QStringLiteral(CARNET_CLI_PATH), {QStringLiteral("wallet"), QStringLiteral("passwd"),
                                                   QStringLiteral("--vault"), vault});
    QVERIFY(holder.waitForStarted());
    holder.write(kPassphrase + '\n');
    QTRY_VERIFY_WITH_TIMEOUT(flockHeld(vault + QStringLiteral("/vault.lock")), 30000);
    QCOMPARE(holder.state(), QProcess::Running);

    const Run run = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kPassphrase}));
    QCOMPARE(run.exitCode, kInUse);
    QCOMPARE(run.err, QByteArray("carnet-cli wallet info: another Carnet process has this vault open\n"));

    holder.write(lines({kOtherPassphrase, kOtherPassphrase}));
    holder.closeWriteChannel();
    QVERIFY(holder.waitForFinished(60000));
    QCOMPARE(holder.exitCode(), kOk);
    const Run after = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kOtherPassphrase}));
    QCOMPARE(after.exitCode, kOk);
    QCOMPARE(addressIn(after.out), created.address);
}

void TestCliWallet::throttledAfterFailures()
{
    const QString vault = dir(QStringLiteral("throttled"));
    QVERIFY(!create(vault).address.isEmpty());
    int wrong = 0;
    Run run;
    for (int attempt = 0; attempt < 10; ++attempt) {
        run = runWallet({QStringLiteral("info"), QStringLiteral("--vault"), vault}, lines({kOtherPassphrase}));
        if (run.exitCode != kWrongPassphrase)
            break;
        ++wrong;
    }
    QCOMPARE(run.exitCode, kThrottled);
    QVERIFY(wrong >= 5); // five free attempts (QUALITY.md §8.5)
    static const QRegularExpression message(QStringLiteral("^carnet-cli wallet info: too many wrong passphrases: "
                                                           "try again in [1-9][0-9]* s\n$"));
    QVERIFY2(message.match(QString::fromUtf8(run.err)).hasMatch(), run.err.constData());
}

void TestCliWallet::usageErrors()
{
    QCOMPARE(runWallet({}, {}).exitCode, kUsage);
    QCOMPARE(runWallet({QStringLiteral("frobnicate")}, {}).exitCode, kUsage);
    QCOMPARE(runWallet({QStringLiteral("info"), QStringLiteral("extra")}, {}).exitCode, kUsage);

    const Run help = runWallet({QStringLiteral("--help")}, {});
    QCOMPARE(help.exitCode, kOk);
    QVERIFY(help.out.startsWith("Usage: carnet-cli wallet"));
    QVERIFY(help.out.contains("3 wrong passphrase"));

    // Only "floor" (or nothing) is accepted in CARNET_KDF; nothing is created otherwise.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CARNET_KDF"), QStringLiteral("cheap"));
    const QString vault = dir(QStringLiteral("bad-kdf"));
    const Run run = runWallet({QStringLiteral("create"), QStringLiteral("--vault"), vault},
                              lines({kPassphrase, kPassphrase}), env);
    QCOMPARE(run.exitCode, kUsage);
    QVERIFY(run.err.contains("CARNET_KDF"));
    QVERIFY(!QFileInfo::exists(vault));
}

void TestCliWallet::terminalPromptsWithoutEcho()
{
    // On a terminal: a prompt for each passphrase, typed without echo; the result as usual.
    const QByteArray vault = QFile::encodeName(dir(QStringLiteral("terminal")));
    int master = -1;
    const pid_t pid = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        ::execl(CARNET_CLI_PATH, "carnet-cli", "wallet", "create", "--vault", vault.constData(), static_cast<char *>(nullptr));
        ::_exit(127);
    }
    QVERIFY(pid > 0);
    ::fcntl(master, F_SETFL, ::fcntl(master, F_GETFL) | O_NONBLOCK);
    QByteArray screen;
    for (const QByteArray &prompt : {QByteArray("New passphrase: "), QByteArray("Repeat the new passphrase: ")}) {
        screen += readTerminal(master, prompt, 20000);
        QVERIFY2(screen.contains(prompt), screen.constData());
        // The prompt is written just before echo goes off: type only once it is off.
        QTRY_VERIFY_WITH_TIMEOUT(echoIsOff(master), 10000);
        const QByteArray line = kPassphrase + '\n';
        QCOMPARE(::write(master, line.constData(), static_cast<std::size_t>(line.size())), line.size());
    }
    screen += readUntilClosed(master, 60000);
    int status = 0;
    QCOMPARE(::waitpid(pid, &status, 0), pid);
    ::close(master);
    QVERIFY(WIFEXITED(status));
    QCOMPARE(WEXITSTATUS(status), kOk);
    QVERIFY(!screen.contains(kPassphrase));
    QVERIFY(!addressIn(screen.replace("\r\n", "\n")).isEmpty());
    QCOMPARE(phraseIn(screen).split(' ').size(), 24);
}

QTEST_GUILESS_MAIN(TestCliWallet)
#include "tst_cli_wallet.moc"
