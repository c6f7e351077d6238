// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle cross-check of `carnet-cli identity` on fresh random phrases: python3-mnemonic (Debian)
// generates the phrases and their seeds; ethers.js (tests/oracles, pinned by package-lock.json)
// derives the account address and the encryption key. Both oracles are required: a missing one is a
// failure (run scripts/setup-npm.sh), never a skip.
#include "clirunner.h"

#include "crypto/bip39.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using carnet::test::runCli;
using namespace carnet::crypto;

namespace {
const QString kPython = QStringLiteral("/usr/bin/python3");
const QString kOracleDir = QStringLiteral(CARNET_SOURCE_DIR "/tests/oracles");

// Prints one JSON line per phrase: language, phrase (NFKD, as the reference writes it), its NFC
// spelling, a passphrase and the seed python3-mnemonic computes for that passphrase.
const char kGenerator[] = R"(
import json, random, secrets, sys, unicodedata
from mnemonic import Mnemonic
count = {"english": int(sys.argv[1]), "french": int(sys.argv[2])}
for language, n in count.items():
    m = Mnemonic(language)
    for i in range(n):
        phrase = m.generate(strength=random.choice([128, 160, 192, 224, 256]))
        # Debian's French list starts with a byte-order mark ("\ufeffabaisser"): such a phrase and its
        # seed are the library's mistake, not BIP-39's; draw again.
        while "\ufeff" in phrase:
            phrase = m.generate(strength=random.choice([128, 160, 192, 224, 256]))
        passphrase = ["", "TREZOR", "mot de passe d\u00e9j\u00e0 vu"][i % 3]
        print(json.dumps({"language": language[:2], "phrase": phrase,
                          "phraseNfc": unicodedata.normalize("NFC", phrase), "passphrase": passphrase,
                          "seed": Mnemonic.to_seed(phrase, passphrase).hex()}))
)";

struct Generated
{
    QString language, phrase, phraseNfc, passphrase, seed;
};

QByteArray runTool(const QString &program, const QStringList &arguments, const QByteArray &input,
                   const QString &workingDirectory = {})
{
    QProcess process;
    process.setWorkingDirectory(workingDirectory);
    process.start(program, arguments);
    if (!process.waitForStarted(10000))
        return {};
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(120000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        qWarning("%s failed: %s", qPrintable(program), process.readAllStandardError().constData());
        return {};
    }
    return process.readAllStandardOutput();
}

std::string utf8(const QString &text)
{
    return text.toUtf8().toStdString();
}
} // namespace

class CliIdentityOracle : public QObject
{
    Q_OBJECT

private:
    QList<Generated> m_phrases;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(kOracleDir + QStringLiteral("/node_modules/ethers/package.json")),
                 "tests/oracles/node_modules is missing: run scripts/setup-npm.sh (npm ci in tests/oracles)");
        QVERIFY2(QFileInfo(kPython).isExecutable(), "/usr/bin/python3 is missing (Debian python3 with python3-mnemonic)");
        const QByteArray out = runTool(kPython, {QStringLiteral("-c"), QString::fromLatin1(kGenerator),
                                                 QStringLiteral("20"), QStringLiteral("6")}, {});
        QVERIFY2(!out.isEmpty(), "python3-mnemonic did not generate phrases (apt-get install python3-mnemonic)");
        for (const QByteArray &line : out.split('\n')) {
            if (line.isEmpty())
                continue;
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            m_phrases.append({o.value(QStringLiteral("language")).toString(), o.value(QStringLiteral("phrase")).toString(),
                              o.value(QStringLiteral("phraseNfc")).toString(), o.value(QStringLiteral("passphrase")).toString(),
                              o.value(QStringLiteral("seed")).toString()});
        }
        QCOMPARE(m_phrases.size(), 26);
    }

    // Our BIP-39 against python3-mnemonic: same validity, same seed (with and without a passphrase).
    void seedsMatchPython()
    {
        for (const Generated &g : std::as_const(m_phrases)) {
            for (const QString &spelling : {g.phrase, g.phraseNfc}) {
                const Bip39Parse parse = parseMnemonic(utf8(spelling));
                QVERIFY2(parse.error == Bip39Error::None, qPrintable(g.phrase));
                QCOMPARE(parse.language, g.language == QLatin1String("fr") ? Bip39Language::French : Bip39Language::English);
                const SecureBuffer seed = mnemonicToSeed(utf8(spelling), utf8(g.passphrase));
                QCOMPARE(QString::fromStdString(toHex(seed.view())), g.seed);
            }
        }
    }

    // carnet-cli identity against ethers, for the account path and the encryption path.
    void identityMatchesEthers()
    {
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("fr")}) {
            QList<Generated> batch;
            QByteArray input;
            for (const Generated &g : std::as_const(m_phrases)) {
                if (g.language == language) {
                    batch.append(g);
                    input += g.phrase.toUtf8() + "\n";
                }
            }
            const QByteArray oracle = runTool(QStringLiteral("node"),
                                              {QStringLiteral("identity.mjs"), QStringLiteral("--lang"), language},
                                              input, kOracleDir);
            const QList<QByteArray> lines = oracle.trimmed().split('\n');
            QCOMPARE(lines.size(), batch.size());
            for (qsizetype i = 0; i < batch.size(); ++i) {
                const QJsonObject expected = QJsonDocument::fromJson(lines.at(i)).object();
                const QByteArray want = "address: " + expected.value(QStringLiteral("address")).toString().toLatin1() +
                                        "\nencryption-key: " +
                                        expected.value(QStringLiteral("encryptionKey")).toString().toLatin1() + "\n";
                // French phrases go in precomposed, as a French keyboard types them.
                const QString typed = language == QLatin1String("fr") ? batch.at(i).phraseNfc : batch.at(i).phrase;
                const auto run = runCli({QStringLiteral("identity")}, typed.toUtf8() + "\n");
                QVERIFY(run.finished);
                QVERIFY2(run.exitCode == 0, run.err.constData());
                QVERIFY2(run.out == want, qPrintable(batch.at(i).phrase));
            }
        }
    }
};

QTEST_GUILESS_MAIN(CliIdentityOracle)
#include "tst_cli_identity_oracle.moc"
