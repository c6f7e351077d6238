// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli clinician create|identity|open|note and authority register --code on the fixture's devnet
// (docs/CLI.md, "Clinician"): the clinician code printed at create, unlicensed then licensed through
// its code, a patient's grant (built with tests/core/granttestutil.h) opened with its output and JSON,
// and the exit statuses (app/cli/grantcli.h) of an unlicensed reader (31), a bad code (29), a passcode
// needed or wrong (32), a revoked grant (30), a read-only grant's note (31), and a note written back.
#include "clirunner.h"

#include "tests/core/granttestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using carnet::test::runCli;
using namespace carnet;
using namespace carnet::test;

namespace {

const QByteArray kPassphrase = "Tortue-violette-Marmelade-91";

QString field(const QByteArray &out, const char *name)
{
    const QRegularExpression re(QStringLiteral("^%1: (.*)$").arg(QLatin1String(name)), QRegularExpression::MultilineOption);
    return re.match(QString::fromUtf8(out)).captured(1);
}

} // namespace

class TestCliClinician : public QObject
{
    Q_OBJECT

    SyncScenario s;
    QTemporaryDir dir;
    QString vault;
    QString clinicianCode;
    std::optional<crypto::PrivateKey> provider;
    std::optional<core::record::ConnectCode> record;

    TestGrant grant(core::share::BundleMode mode = core::share::BundleMode::Code, const QString &passcode = {},
                    std::optional<core::record::ConnectCode> writeBack = std::nullopt)
    {
        TestGrantRequest r;
        r.mode = mode;
        r.passcode = passcode;
        r.writeBack = writeBack;
        for (std::uint64_t i = 0; i < 2; ++i)
            r.entries.push_back({s.store->records()->front().index, record->recordId, i});
        QString why;
        auto g = issueGrant(s, r, &why);
        if (!g)
            qFatal("grant: %s", qPrintable(why));
        return std::move(*g);
    }
    QStringList args(QStringList a) { return a << QStringLiteral("--vault") << vault; }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CARNET_KDF", "floor");
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        provider = s.licensedProvider(QStringLiteral("Clinique des Tilleuls"));
        record = s.connect(QStringLiteral("Clinique des Tilleuls"));
        QVERIFY(provider && record);
        QVERIFY2(s.publishMany(*record, *provider, 2), qPrintable(s.lastError));
        vault = dir.filePath(QStringLiteral("doctor"));
    }

    void createAndLicense()
    {
        const auto created = runCli(args({QStringLiteral("clinician"), QStringLiteral("create")}), kPassphrase + '\n' + kPassphrase + '\n');
        QVERIFY2(created.exitCode == 0, created.err.constData());
        clinicianCode = field(created.out, "clinician-code");
        QVERIFY(clinicianCode.startsWith(QLatin1String("carnet-clinician:v1:")));
        const auto decoded = core::share::decodeClinicianCode(clinicianCode);
        QVERIFY(decoded);
        QCOMPARE(field(created.out, "account"), core::ledger::addressText(decoded->account));
        QVERIFY(created.out.contains("RECOVERY PHRASE"));

        auto identity = runCli(args({QStringLiteral("clinician"), QStringLiteral("identity")}), kPassphrase + '\n');
        QVERIFY2(identity.exitCode == 0, identity.err.constData());
        QCOMPARE(field(identity.out, "clinician-code"), clinicianCode);
        QCOMPARE(field(identity.out, "licensed"), QStringLiteral("no"));
        QCOMPARE(field(identity.out, "name"), QStringLiteral("(not registered)"));

        // An unlicensed reader is refused (31).
        const TestGrant early = grant();
        QCOMPARE(runCli(args({QStringLiteral("clinician"), QStringLiteral("open"), early.code}), kPassphrase + '\n').exitCode, 31);

        const auto registered = runCli({QStringLiteral("authority"), QStringLiteral("register"), QStringLiteral("--role"),
                                        QStringLiteral("clinician"), QStringLiteral("--code"), clinicianCode, QStringLiteral("--name"),
                                        QStringLiteral("Dr. Lune")});
        QVERIFY2(registered.exitCode == 0, registered.err.constData());
        QCOMPARE(field(registered.out, "encryption key"), core::ledger::hexOf(crypto::ByteView(decoded->encryptionKey.compressed())));
        identity = runCli(args({QStringLiteral("clinician"), QStringLiteral("identity")}), kPassphrase + '\n');
        QCOMPARE(field(identity.out, "licensed"), QStringLiteral("yes"));
        QCOMPARE(field(identity.out, "name"), QStringLiteral("Dr. Lune"));
        // --code is for clinicians only.
        QCOMPARE(runCli({QStringLiteral("authority"), QStringLiteral("register"), QStringLiteral("--role"), QStringLiteral("provider"),
                         QStringLiteral("--code"), clinicianCode, QStringLiteral("--name"), QStringLiteral("X")}).exitCode, 1);
    }

    void open()
    {
        const TestGrant g = grant();
        const auto opened = runCli(args({QStringLiteral("clinician"), QStringLiteral("open"), g.code}), kPassphrase + '\n');
        QVERIFY2(opened.exitCode == 0, opened.err.constData());
        QCOMPARE(field(opened.out, "grant"), core::ledger::hexOf(g.grantId));
        QCOMPARE(field(opened.out, "for"), QStringLiteral("any licensed clinician holding the code"));
        QCOMPARE(field(opened.out, "write back"), QStringLiteral("no"));
        QVERIFY(field(opened.out, "receipt").startsWith(QLatin1String("0x")));
        QVERIFY(opened.out.contains("Clinique des Tilleuls, verified"));
        QVERIFY(opened.out.endsWith("2 entries\n"));

        // The code from standard input, JSON out.
        const auto json = runCli(args({QStringLiteral("clinician"), QStringLiteral("open"), QStringLiteral("-"), QStringLiteral("--json")}),
                                 kPassphrase + '\n' + g.code.toLatin1() + '\n');
        QVERIFY2(json.exitCode == 0, json.err.constData());
        const QJsonObject o = QJsonDocument::fromJson(json.out).object();
        QCOMPARE(o.value(QLatin1String("grantId")).toString(), core::ledger::hexOf(g.grantId));
        const QJsonArray entries = o.value(QLatin1String("entries")).toArray();
        QCOMPARE(entries.size(), 2);
        QCOMPARE(entries.at(0).toObject().value(QLatin1String("state")).toString(), QStringLiteral("verified"));
        QCOMPARE(QJsonDocument(entries.at(0).toObject().value(QLatin1String("resource")).toObject()).toJson(QJsonDocument::Compact),
                 QJsonDocument::fromJson(s.published.at(0).content).toJson(QJsonDocument::Compact));

        QCOMPARE(runCli(args({QStringLiteral("clinician"), QStringLiteral("open"), QStringLiteral("carnet-share:v1:AAAA")}), kPassphrase + '\n').exitCode, 29);
        QCOMPARE(runCli(args({QStringLiteral("clinician"), QStringLiteral("note"), g.code, QStringLiteral("/nonexistent.json")}), kPassphrase + '\n').exitCode, 1);
    }

    void passcodeAndRevocation()
    {
        const TestGrant g = grant(core::share::BundleMode::Passcode, QStringLiteral("tulipe-42"));
        QCOMPARE(runCli(args({QStringLiteral("clinician"), QStringLiteral("open"), g.code}), kPassphrase + '\n').exitCode, 32);
        QCOMPARE(runCli(args({QStringLiteral("clinician"), QStringLiteral("open"), g.code, QStringLiteral("--passcode-stdin")}),
                        kPassphrase + "\ntulipe-43\n").exitCode, 32);
        QCOMPARE(runCli(args({QStringLiteral("clinician"), QStringLiteral("open"), g.code, QStringLiteral("--passcode-stdin")}),
                        kPassphrase + "\ntulipe-42\n").exitCode, 0);
        QVERIFY(core::ledger::AccessGrants(*s.client, *s.network.contract(QStringLiteral("AccessGrants"))).revoke(*g.sharing, g.grantId));
        QCOMPARE(runCli(args({QStringLiteral("clinician"), QStringLiteral("open"), g.code, QStringLiteral("--passcode-stdin")}),
                        kPassphrase + "\ntulipe-42\n").exitCode, 30);
    }

    void note()
    {
        const QString file = dir.filePath(QStringLiteral("note.json"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"resourceType":"DocumentReference","status":"current","description":"Contrôle dans un mois"})");
        f.close();
        const TestGrant readOnly = grant();
        QCOMPARE(runCli(args({QStringLiteral("clinician"), QStringLiteral("note"), readOnly.code, file}), kPassphrase + '\n').exitCode, 31);
        auto target = s.connect(QStringLiteral("Dr. Lune"));
        QVERIFY(target);
        const TestGrant g = grant(core::share::BundleMode::Code, {}, *target);
        const auto written = runCli(args({QStringLiteral("clinician"), QStringLiteral("note"), g.code, file}), kPassphrase + '\n');
        QVERIFY2(written.exitCode == 0, written.err.constData());
        QVERIFY(written.out.startsWith(QByteArray("published: record " + core::ledger::hexOf(target->recordId).toLatin1() + ", entry 0")));
    }
};

QTEST_GUILESS_MAIN(TestCliClinician)
#include "tst_cli_clinician.moc"
