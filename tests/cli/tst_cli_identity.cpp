// SPDX-License-Identifier: GPL-3.0-or-later
// `carnet-cli identity` end to end: known phrases give the oracle's address and encryption key
// (tests/cli/identity-vectors.json, from ethers); invalid phrases exit 2 with a message that names
// the problem and never repeats a submitted word; --help, --version and usage errors.
#include "clirunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <csignal>
#include <fcntl.h>
#include <pty.h>
#include <sys/wait.h>
#include <termios.h>
#include <unistd.h>

using carnet::test::runCli;

namespace {
const QByteArray kLegal = "legal winner thank year wave sausage worth useful legal winner thank yellow";

QJsonArray identities()
{
    QFile file(QStringLiteral(CARNET_SOURCE_DIR "/tests/cli/identity-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object().value(QStringLiteral("identities")).toArray();
}

// Reads what the child wrote to the terminal until `marker` shows up or `ms` milliseconds pass.
QByteArray readTerminal(int master, const QByteArray &marker, int ms)
{
    QByteArray seen;
    for (int waited = 0; waited < ms && !seen.contains(marker); waited += 10) {
        char buffer[512];
        const ssize_t n = read(master, buffer, sizeof buffer);
        if (n > 0)
            seen.append(buffer, n);
        else
            usleep(10000);
    }
    return seen;
}

// Starts carnet-cli identity on a new pseudo-terminal; returns the child's pid and the master side.
pid_t startOnTerminal(int *master)
{
    const pid_t pid = forkpty(master, nullptr, nullptr, nullptr);
    if (pid == 0) {
        execl(CARNET_CLI_PATH, "carnet-cli", "identity", static_cast<char *>(nullptr));
        _exit(127);
    }
    if (pid > 0) {
        const int flags = fcntl(*master, F_GETFL);
        fcntl(*master, F_SETFL, flags | O_NONBLOCK);
    }
    return pid;
}

bool echoIsOn(int master)
{
    struct termios state {};
    return tcgetattr(master, &state) == 0 && (state.c_lflag & ECHO);
}

QSet<QString> wordsOf(const QString &text)
{
    static const QRegularExpression separators(QStringLiteral("[^\\p{L}\\p{M}]+"));
    const QStringList words = text.split(separators, Qt::SkipEmptyParts);
    return QSet<QString>(words.begin(), words.end());
}
} // namespace

class CliIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownPhrases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QByteArray>("expected");
        const QJsonArray rows = identities();
        QVERIFY2(rows.size() >= 7, "tests/cli/identity-vectors.json is missing or short");
        for (qsizetype i = 0; i < rows.size(); ++i) {
            const QJsonObject row = rows.at(i).toObject();
            const QByteArray expected = "address: " + row.value(QStringLiteral("address")).toString().toLatin1() +
                                        "\nencryption-key: " +
                                        row.value(QStringLiteral("encryptionKey")).toString().toLatin1() + "\n";
            const QByteArray phrase = row.value(QStringLiteral("phrase")).toString().toUtf8();
            QTest::addRow("%d line", int(i)) << phrase + "\n" << expected;
            if (i == 0) {
                QTest::addRow("%d no newline", int(i)) << phrase << expected;
                QTest::addRow("%d CRLF and spaces", int(i)) << "  " + phrase + " \r\n" << expected;
                QByteArray wide = phrase;
                wide.replace(' ', "\xe3\x80\x80\t");
                QTest::addRow("%d ideographic space and tabs", int(i)) << wide + "\n" << expected;
                QTest::addRow("%d only the first line counts", int(i)) << phrase + "\nzoo zoo\n" << expected;
            }
            if (row.contains(QStringLiteral("phraseNfc")))
                QTest::addRow("%d precomposed", int(i))
                    << row.value(QStringLiteral("phraseNfc")).toString().toUtf8() + "\n" << expected;
        }
    }
    void knownPhrases()
    {
        QFETCH(QByteArray, input);
        QFETCH(QByteArray, expected);
        const auto run = runCli({QStringLiteral("identity")}, input);
        QVERIFY(run.finished);
        QCOMPARE(run.err, QByteArray());
        QCOMPARE(run.exitCode, 0);
        QCOMPARE(run.out, expected);
    }

    void invalidPhrases_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("problem");
        QList<QByteArray> words = kLegal.split(' ');
        QTest::newRow("11 words") << QByteArray(kLegal).replace(" yellow", "")
                                  << QStringLiteral("expected 12, 15, 18, 21 or 24 words, got 11");
        QTest::newRow("empty") << QByteArray("\n") << QStringLiteral("expected 12, 15, 18, 21 or 24 words, got 0");
        QTest::newRow("no input") << QByteArray() << QStringLiteral("expected 12, 15, 18, 21 or 24 words, got 0");
        QTest::newRow("unknown 7th") << QByteArray(kLegal).replace("worth", "wurth")
                                     << QStringLiteral("word 7 is not in the English or French BIP-39 list");
        QTest::newRow("bad checksum") << QByteArray(kLegal).replace("yellow", "winner")
                                      << QStringLiteral("the checksum does not match");
        QTest::newRow("out of order") << QByteArray(kLegal).replace("legal winner", "winner legal")
                                      << QStringLiteral("the checksum does not match");
        QTest::newRow("mixed languages") << QByteArray(kLegal).replace("yellow", "zoologie")
                                         << QStringLiteral("the words mix the English and French BIP-39 lists");
        QTest::newRow("invalid UTF-8") << QByteArray(kLegal).replace("thank", "th\xe9nk")
                                       << QStringLiteral("the phrase is not valid UTF-8 text");
        QTest::newRow("line too long") << QByteArray(kLegal + " ").repeated(60)
                                       << QStringLiteral("cannot read a line of at most 4096 bytes");
    }
    void invalidPhrases()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, problem);
        const auto run = runCli({QStringLiteral("identity")}, input);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 2);
        QCOMPARE(run.out, QByteArray());
        const QString err = QString::fromUtf8(run.err);
        QVERIFY2(err.contains(problem), qPrintable(err));
        QVERIFY2(err.startsWith(QStringLiteral("carnet-cli identity: invalid recovery phrase: ")), qPrintable(err));
        // No submitted word (nor a fragment of one three letters or longer) appears in the message.
        const QSet<QString> messageWords = wordsOf(err);
        for (const QString &word : wordsOf(QString::fromUtf8(input))) {
            if (word.size() >= 3)
                QVERIFY2(!messageWords.contains(word), qPrintable(word));
        }
        QVERIFY(!err.contains(QStringLiteral("sausage")));
    }

    // On a terminal: a prompt, no echo of the phrase, and the terminal's echo back on afterwards.
    void terminalInputIsNotEchoed()
    {
        int master = -1;
        const pid_t pid = startOnTerminal(&master);
        QVERIFY(pid > 0);
        QVERIFY(readTerminal(master, "Recovery phrase: ", 10000).contains("Recovery phrase: "));
        QVERIFY(!echoIsOn(master));
        const QByteArray line = kLegal + "\n";
        QCOMPARE(write(master, line.constData(), std::size_t(line.size())), ssize_t(line.size()));
        const QByteArray shown = readTerminal(master, "encryption-key: 0x", 10000);
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        QVERIFY2(shown.contains("address: 0x58A57ed9d8d624cBD12e2C467D34787555bB1b25"), shown.constData());
        QVERIFY(!shown.contains("sausage"));
        close(master);
    }

    // Interrupted at the prompt, carnet-cli puts the terminal's echo back before it dies.
    void interruptRestoresEcho()
    {
        int master = -1;
        const pid_t pid = startOnTerminal(&master);
        QVERIFY(pid > 0);
        QVERIFY(readTerminal(master, "Recovery phrase: ", 10000).contains("Recovery phrase: "));
        QVERIFY(!echoIsOn(master));
        QCOMPARE(kill(pid, SIGINT), 0);
        int status = 0;
        QCOMPARE(waitpid(pid, &status, 0), pid);
        QVERIFY(WIFSIGNALED(status) && WTERMSIG(status) == SIGINT);
        QVERIFY(echoIsOn(master));
        close(master);
    }

    void phraseIsNotAnArgument()
    {
        const auto run = runCli({QStringLiteral("identity"), QString::fromLatin1(kLegal)});
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QVERIFY(!run.err.contains("sausage"));
    }

    void helpAndVersion()
    {
        const auto help = runCli({QStringLiteral("--help")});
        QVERIFY(help.finished);
        QCOMPARE(help.exitCode, 0);
        QVERIFY(help.out.contains("identity"));
        QVERIFY(help.out.contains("Exit status: 0 success, 1 usage error, 2 invalid recovery phrase"));

        const auto version = runCli({QStringLiteral("--version")});
        QVERIFY(version.finished);
        QCOMPARE(version.exitCode, 0);
        QCOMPARE(version.out, QByteArray("carnet-cli " CARNET_VERSION "\n"));

        const auto identityHelp = runCli({QStringLiteral("identity"), QStringLiteral("--help")});
        QVERIFY(identityHelp.finished);
        QCOMPARE(identityHelp.exitCode, 0);
        QVERIFY(identityHelp.out.contains("encryption-key: 0x"));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("no command") << QStringList();
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")};
        QTest::newRow("unknown option") << QStringList{QStringLiteral("--frobnicate")};
        QTest::newRow("unknown identity option") << QStringList{QStringLiteral("identity"), QStringLiteral("--frob")};
    }
    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        const auto run = runCli(arguments, kLegal);
        QVERIFY(run.finished);
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(run.out, QByteArray());
        QVERIFY(!run.err.isEmpty());
    }
};

QTEST_GUILESS_MAIN(CliIdentity)
#include "tst_cli_identity.moc"
