// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli research post|list|datasets|refund|withdraw and wallet studies|study-preview|join|leave|
// earnings|withdraw on the fixture's devnet (docs/CLI.md, "Paid research"): a study posted from a key
// file, listed with its fit, previewed (fields and exact bytes), joined with the preview's hash, the
// researcher's NDJSON equal to the previewed lines, earnings withdrawn, left; and the exit statuses of
// app/cli/researchcli.h: a join without --hash (1), with another hash (41), an unknown study (37), a
// study the record cannot satisfy (40), an unlicensed researcher (44), nothing to withdraw (43).
#include "clirunner.h"

#include "core/ledger/contracts/registry.h"
#include "core/ledger/devnet.h"
#include "crypto/hash.h"
#include "tests/core/synctestutil.h"

#include <QDir>
#include <QFile>
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

QByteArray hba1c(int n)
{
    return QStringLiteral(R"({"resourceType":"Observation","id":"h%1","status":"final",)"
                          R"("code":{"coding":[{"system":"http://loinc.org","code":"4548-4"}]},)"
                          R"("effectiveDateTime":"202%1-01-05","valueQuantity":{"value":6.%1,"unit":"%%"}})")
        .arg(n)
        .toUtf8();
}

} // namespace

class TestCliResearch : public QObject
{
    Q_OBJECT

    SyncScenario s;
    QTemporaryDir dir;
    QString vault, keyFile, strangerKeyFile, study, otherStudy;

    QStringList args(QStringList a) { return a << QStringLiteral("--vault") << vault; }
    QStringList post(const QString &key, const QString &loinc)
    {
        return {QStringLiteral("research"), QStringLiteral("post"), QStringLiteral("--key-file"), key,
                QStringLiteral("--title"), QStringLiteral("HbA1c study"), QStringLiteral("--purpose"), QStringLiteral("Glycaemia."),
                QStringLiteral("--require"), loinc, QStringLiteral("--price"), QStringLiteral("5000"),
                QStringLiteral("--places"), QStringLiteral("2"), QStringLiteral("--days"), QStringLiteral("30")};
    }

private Q_SLOTS:
    void initTestCase()
    {
        qputenv("CARNET_KDF", "floor");
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        vault = dir.filePath(QStringLiteral("patient"));
        QVERIFY(runCli(args({QStringLiteral("wallet"), QStringLiteral("create")}), kPassphrase + '\n' + kPassphrase + '\n').exitCode == 0);
        const auto code = runCli(args({QStringLiteral("wallet"), QStringLiteral("connect-code"), QStringLiteral("--provider"),
                                       QStringLiteral("Labo")}), kPassphrase + '\n');
        QVERIFY2(code.exitCode == 0, code.err.constData());
        auto provider = s.licensedProvider(QStringLiteral("Labo"));
        QVERIFY(provider);
        auto decoded = core::record::decodeConnectCode(field(code.out, "connect code").trimmed());
        QVERIFY(decoded);
        for (int i = 1; i <= 3; ++i)
            QVERIFY(s.publish(*decoded, *provider, hba1c(i)));
        QVERIFY(runCli(args({QStringLiteral("wallet"), QStringLiteral("sync")}), kPassphrase + '\n').exitCode == 0);

        auto researcher = s.fundedKey();
        auto stranger = s.fundedKey();
        QVERIFY(researcher && stranger);
        keyFile = dir.filePath(QStringLiteral("researcher.key"));
        strangerKeyFile = dir.filePath(QStringLiteral("stranger.key"));
        QVERIFY(core::ledger::saveKeyFile(keyFile, *researcher));
        QVERIFY(core::ledger::saveKeyFile(strangerKeyFile, *stranger));
        core::ledger::Registry reg(*s.client, s.registry);
        QVERIFY(reg.registerAccount(*s.authority, crypto::addressOf(researcher->publicKey()), core::ledger::Role::Researcher,
                                    QStringLiteral("Institut CLI")));
    }

    void postAndList()
    {
        QCOMPARE(runCli(post(strangerKeyFile, QStringLiteral("4548-4"))).exitCode, 44);
        const auto bad = runCli(post(keyFile, QStringLiteral("not-a-code")));
        QCOMPARE(bad.exitCode, 35);
        auto posted = runCli(post(keyFile, QStringLiteral("4548-4")));
        QVERIFY2(posted.exitCode == 0, posted.err.constData());
        study = field(posted.out, "study");
        QCOMPARE(study.size(), 66);
        QCOMPARE(field(posted.out, "escrow"), QStringLiteral("10000 wei"));
        auto other = runCli(post(keyFile, QStringLiteral("1989-3")));
        QVERIFY(other.exitCode == 0);
        otherStudy = field(other.out, "study");

        const auto listed = runCli({QStringLiteral("research"), QStringLiteral("list"), QStringLiteral("--key-file"), keyFile,
                                    QStringLiteral("--json")});
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QCOMPARE(QJsonDocument::fromJson(listed.out).array().size(), 2);

        const auto studies = runCli(args({QStringLiteral("wallet"), QStringLiteral("studies"), QStringLiteral("--json")}), kPassphrase + '\n');
        QVERIFY2(studies.exitCode == 0, studies.err.constData());
        const QJsonArray all = QJsonDocument::fromJson(studies.out).array();
        QCOMPARE(all.size(), 2);
        for (const QJsonValue &v : all) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(QLatin1String("researcherName")).toString(), QStringLiteral("Institut CLI"));
            QCOMPARE(o.value(QLatin1String("fit")).toString(), o.value(QLatin1String("studyId")).toString() == study
                                                                   ? QStringLiteral("satisfiable") : QStringLiteral("nothing-selected"));
        }
        const auto text = runCli(args({QStringLiteral("wallet"), QStringLiteral("studies")}), kPassphrase + '\n');
        QVERIFY(text.out.contains("your record: satisfies it (3 entries)"));
        QVERIFY(text.out.contains("your record: has nothing this study asks for"));
    }

    void previewJoinAndDeliver()
    {
        const auto preview = runCli(args({QStringLiteral("wallet"), QStringLiteral("study-preview"), study}), kPassphrase + '\n');
        QVERIFY2(preview.exitCode == 0, preview.err.constData());
        const QString hash = field(preview.out, "dataset-hash");
        QVERIFY(preview.out.contains("code.coding[0].code = 4548-4"));
        const auto bytes = runCli(args({QStringLiteral("wallet"), QStringLiteral("study-preview"), study, QStringLiteral("--bytes")}),
                                  kPassphrase + '\n');
        QCOMPARE(core::ledger::hexOf(crypto::keccak256({reinterpret_cast<const std::uint8_t *>(bytes.out.data()),
                                                         std::size_t(bytes.out.size())})),
                 hash);
        QCOMPARE(runCli(args({QStringLiteral("wallet"), QStringLiteral("study-preview"), otherStudy}), kPassphrase + '\n').exitCode, 40);
        QCOMPARE(runCli(args({QStringLiteral("wallet"), QStringLiteral("study-preview"), QStringLiteral("0x") + QString(64, QLatin1Char('7'))}),
                        kPassphrase + '\n').exitCode, 37);

        QCOMPARE(runCli(args({QStringLiteral("wallet"), QStringLiteral("join"), study}), kPassphrase + '\n').exitCode, 1);
        QString wrong = hash;
        wrong[10] = wrong[10] == QLatin1Char('a') ? QLatin1Char('b') : QLatin1Char('a');
        QCOMPARE(runCli(args({QStringLiteral("wallet"), QStringLiteral("join"), study, QStringLiteral("--hash"), wrong}), kPassphrase + '\n').exitCode,
                 41);
        const auto joined = runCli(args({QStringLiteral("wallet"), QStringLiteral("join"), study, QStringLiteral("--hash"), hash}),
                                   kPassphrase + '\n');
        QVERIFY2(joined.exitCode == 0, joined.err.constData());
        QCOMPARE(field(joined.out, "dataset-hash"), hash);
        QCOMPARE(runCli(args({QStringLiteral("wallet"), QStringLiteral("join"), study, QStringLiteral("--hash"), hash}), kPassphrase + '\n').exitCode,
                 39);

        // The researcher's files are the previewed lines, grouped by type.
        const QString out = dir.filePath(QStringLiteral("datasets"));
        const auto fetched = runCli({QStringLiteral("research"), QStringLiteral("datasets"), study, QStringLiteral("--out"), out,
                                     QStringLiteral("--key-file"), keyFile});
        QVERIFY2(fetched.exitCode == 0, fetched.err.constData());
        QVERIFY(fetched.out.contains("1 of 1 datasets verified"));
        const QString pseudonym = field(joined.out, "pseudonym");
        QFile ndjson(out + QLatin1Char('/') + pseudonym + QStringLiteral("/Observation.ndjson"));
        QVERIFY(ndjson.open(QIODevice::ReadOnly));
        QList<QByteArray> lines = bytes.out.split('\n');
        lines.removeFirst(); // the header
        lines.removeAll(QByteArray());
        QCOMPARE(ndjson.readAll(), lines.join('\n') + '\n');
        QVERIFY(QFile::exists(out + QStringLiteral("/manifest.json")));
    }

    void earningsWithdrawAndLeave()
    {
        const auto earnings = runCli(args({QStringLiteral("wallet"), QStringLiteral("earnings")}), kPassphrase + '\n');
        QVERIFY2(earnings.exitCode == 0, earnings.err.constData());
        QVERIFY(earnings.out.contains("5000 wei to withdraw in all"));
        QCOMPARE(runCli(args({QStringLiteral("wallet"), QStringLiteral("withdraw")}), kPassphrase + '\n').exitCode, 1);
        const QString to = core::ledger::addressText(crypto::addressOf(crypto::PrivateKey::generate().publicKey()));
        const auto paid = runCli(args({QStringLiteral("wallet"), QStringLiteral("withdraw"), QStringLiteral("--to"), to}), kPassphrase + '\n');
        QVERIFY2(paid.exitCode == 0, paid.err.constData());
        QCOMPARE(field(paid.out, "total"), QStringLiteral("5000 wei to %1").arg(to));
        QCOMPARE(runCli(args({QStringLiteral("wallet"), QStringLiteral("withdraw"), QStringLiteral("--to"), to}), kPassphrase + '\n').exitCode, 43);
        const auto left = runCli(args({QStringLiteral("wallet"), QStringLiteral("leave"), study}), kPassphrase + '\n');
        QVERIFY2(left.exitCode == 0, left.err.constData());
        QVERIFY(left.out.contains("stays with the researcher"));
        QCOMPARE(runCli(args({QStringLiteral("wallet"), QStringLiteral("leave"), study}), kPassphrase + '\n').exitCode, 39);
        QCOMPARE(runCli({QStringLiteral("research"), QStringLiteral("refund"), study, QStringLiteral("--key-file"), keyFile}).exitCode, 42);
    }
};

QTEST_GUILESS_MAIN(TestCliResearch)
#include "tst_cli_research.moc"
