// SPDX-License-Identifier: GPL-3.0-or-later
// Clinician mode on the fixture's anvil (docs/PROTOCOL.md §8.7–8.9; core/service/walletclinician*.cpp,
// grantledger.h): a patient's grant (built with core/share, tests/core/granttestutil.h) opened by a
// licensed clinician's wallet — entries verified with their content keys, the vault's files unchanged,
// the access receipt on the ledger, GrantLedger's majority reads; each refusal (not for you, not licensed, passcode needed or
// wrong, expired, revoked — also while open —, incomplete, another network); lying nodes: one hiding
// the revocation is outvoted and flagged, one forging the key bundle is flagged and the next node used,
// all forging is BundleForged, a majority denying an author's licence shows the entry refused; and a
// note written back appears, verified and by the clinician, in the patient's record after a sync.
#include "core/service/grantledger.h"
#include "core/service/provider.h"
#include "tests/core/granttestutil.h"
#include "tests/core/lyingproxy.h"

#include <QDir>
#include <QJsonArray>
#include <QtTest>

using namespace carnet;
using namespace carnet::test;
using core::service::ActionError;
using core::service::GrantLedger;
using core::service::GrantProblem;
using core::service::NetworkSource;
using core::service::Wallet;
using core::share::BundleMode;
using core::sync::EntryState;
using core::sync::NodeVerdict;

namespace {

QString hexSelector(const contracts::Selector &s)
{
    return QStringLiteral("0x") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(s.data()), 4).toHex());
}

QString topicHex(const contracts::Topic &t)
{
    return core::ledger::hexOf(core::ledger::eventTopic(t));
}

QJsonObject withResult(QJsonObject answer, const QJsonValue &result)
{
    answer.insert(QStringLiteral("result"), result);
    return answer;
}

crypto::SecureBuffer noPasscode()
{
    return crypto::SecureBuffer();
}

GrantProblem problemOf(const core::service::ActionFailure &f)
{
    return f.error == ActionError::Grant ? f.grant.problem : GrantProblem::None;
}

/** "" for a success, else the failure's codes (for QVERIFY2). */
template <typename T>
QByteArray why(const core::service::ActionResult<T> &r)
{
    if (r)
        return {};
    const auto &f = r.error();
    return QStringLiteral("error %1, grant problem %2, rpc %3").arg(int(f.error)).arg(int(f.grant.problem)).arg(f.rpc.toString()).toUtf8();
}

/** keccak of every file of a directory, by name: the vault's bytes on disk. */
std::map<QString, crypto::Hash32> filesOf(const QString &dir)
{
    std::map<QString, crypto::Hash32> out;
    for (const QFileInfo &info : QDir(dir).entryInfoList(QDir::Files | QDir::Hidden)) {
        QFile f(info.filePath());
        if (f.open(QIODevice::ReadOnly)) {
            const QByteArray bytes = f.readAll();
            out[info.fileName()] = crypto::keccak256(crypto::ByteView(reinterpret_cast<const std::uint8_t *>(bytes.constData()),
                                                                      static_cast<std::size_t>(bytes.size())));
        }
    }
    return out;
}

std::optional<NodeVerdict> verdictOf(const std::vector<core::sync::NodeReport> &nodes, const QUrl &url)
{
    const QString label = QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(80));
    for (const auto &n : nodes)
        if (n.label == label)
            return n.verdict;
    return std::nullopt;
}

/** Rewrites GrantIssued logs: one byte of the first part flipped (data: 7 words, then the bytes). */
LyingProxy::Rewrite forgeBundleLogs()
{
    const QString issued = topicHex(contracts::accessGrants::evGrantIssued);
    return [issued](const QJsonObject &, QJsonObject answer) {
        QJsonArray logs = answer.value(QLatin1String("result")).toArray();
        for (qsizetype i = 0; i < logs.size(); ++i) {
            QJsonObject log = logs.at(i).toObject();
            if (log.value(QLatin1String("topics")).toArray().first().toString().toLower() != issued)
                continue;
            QString data = log.value(QLatin1String("data")).toString();
            const qsizetype at = 2 + 2 * (8 * 32 + 10);
            const int byte = data.mid(at, 2).toInt(nullptr, 16) ^ 0x01;
            data.replace(at, 2, QString::number(byte, 16).rightJustified(2, QLatin1Char('0')));
            log.insert(QStringLiteral("data"), data);
            logs[i] = log;
        }
        return withResult(answer, logs);
    };
}

} // namespace

class TestServiceClinician : public QObject
{
    Q_OBJECT

    SyncScenario s;
    std::optional<crypto::PrivateKey> provider;
    std::optional<core::record::ConnectCode> record;
    std::uint32_t recordIndex = 0;
    std::unique_ptr<Wallet> doctor;
    QTemporaryDir dir;

    TestGrantRequest request(BundleMode mode = BundleMode::Code)
    {
        TestGrantRequest r;
        r.mode = mode;
        for (std::uint64_t i = 0; i < 3; ++i)
            r.entries.push_back({recordIndex, record->recordId, i});
        return r;
    }
    TestGrant grant(const TestGrantRequest &r)
    {
        QString why;
        auto g = issueGrant(s, r, &why);
        if (!g)
            qFatal("grant: %s", qPrintable(why));
        return std::move(*g);
    }
    NetworkSource net(const core::ledger::NetworkConfig &n) { return NetworkSource::loaded(n); }
    NetworkSource honest() { return net(s.withNodes({})); }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(s.setUp(&why), qPrintable(why));
        provider = s.licensedProvider(QStringLiteral("Clinique du Parc"));
        record = s.connect(QStringLiteral("Clinique du Parc"));
        QVERIFY(provider && record);
        recordIndex = s.store->records()->front().index;
        QVERIFY2(s.publishMany(*record, *provider, 3), qPrintable(s.lastError));
        doctor = clinicianWallet(s, dir.filePath(QStringLiteral("doctor")));
        QVERIFY(doctor);
    }

    void identity()
    {
        auto id = doctor->clinicianIdentity(true, honest());
        QVERIFY(id);
        QVERIFY(id->code.startsWith(QLatin1String("carnet-clinician:v1:")));
        QCOMPARE(core::share::decodeClinicianCode(id->code)->account, id->account);
        QCOMPARE(id->licensed, std::optional<bool>(true));
        QCOMPARE(id->registryName, QStringLiteral("Dr. Grant"));
        auto stranger = clinicianWallet(s, dir.filePath(QStringLiteral("stranger")), false);
        QCOMPARE(stranger->clinicianIdentity(true, honest())->licensed, std::optional<bool>(false));
    }

    void openReadsEveryEntryAndLeavesAReceipt()
    {
        const TestGrant g = grant(request());
        const auto before = filesOf(dir.filePath(QStringLiteral("doctor")));
        auto view = doctor->openGrant(g.code, noPasscode(), honest());
        QVERIFY2(view, why(view).constData());
        // Nothing of the patient's reaches the clinician's disk: the vault's files are byte for byte the same.
        QVERIFY(before == filesOf(dir.filePath(QStringLiteral("doctor"))));
        QCOMPARE(view->grantId, g.grantId);
        QCOMPARE(view->entries.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            const auto &e = view->entries[i];
            QCOMPARE(e.state, EntryState::Verified);
            QCOMPARE(e.sequence, std::uint64_t(i));
            QCOMPARE(e.author, crypto::addressOf(provider->publicKey()));
            QCOMPARE(e.authorName, QStringLiteral("Clinique du Parc"));
            QCOMPARE(e.content, s.published[i].content);
            QCOMPARE(e.resourceType, QStringLiteral("Observation"));
            QVERIFY(!e.category.isEmpty() && !e.title.isEmpty());
        }
        QCOMPARE(view->records.size(), std::size_t(1));
        QCOMPARE(view->records.front().label, QStringLiteral("Clinique du Parc"));
        QVERIFY(view->receiptTx != crypto::Hash32{});
        QVERIFY(view->targetBlock > 0);

        GrantLedger ledger(s.withNodes({}));
        QVERIFY(ledger.assess().ok);
        const crypto::Address me = doctor->clinicianIdentity()->account;
        QCOMPARE(ledger.accessCount(g.grantId), std::optional<std::uint64_t>(1));
        const auto receipts = ledger.accessRecords(g.grantId);
        QVERIFY(receipts && receipts->size() == 1);
        QCOMPARE(receipts->front().clinician, me);
        QCOMPARE(ledger.nonceUsed(g.terms.patient, core::ledger::U256(0)), std::optional<bool>(true));
        QCOMPARE(ledger.nonceUsed(g.terms.patient, core::ledger::U256(1)), std::optional<bool>(false));
        const auto key = ledger.encryptionKeyOf(me);
        QVERIFY(key && key->status == core::service::RegistryKey::Status::Valid);
        const auto listed = ledger.licensedClinicians();
        QVERIFY(listed);
        QVERIFY(std::any_of(listed->begin(), listed->end(), [&](const auto &c) { return c.account == me && c.name == QStringLiteral("Dr. Grant"); }));
        QCOMPARE(ledger.grant(core::share::GrantId{})->known, false);
        QCOMPARE(doctor->checkGrant(g.code, honest()).value(), core::ledger::GrantState::Active);
    }

    void namedGrantIsForItsClinicianOnly()
    {
        TestGrantRequest r = request(BundleMode::Named);
        auto id = core::share::decodeClinicianCode(doctor->clinicianIdentity()->code);
        r.clinicianKey = id->encryptionKey;
        r.grantee = id->account;
        const TestGrant g = grant(r);
        auto other = clinicianWallet(s, dir.filePath(QStringLiteral("other")), true, QStringLiteral("Dr. Other"));
        QCOMPARE(problemOf(other->openGrant(g.code, noPasscode(), honest()).error()), GrantProblem::NotForYou);
        auto view = doctor->openGrant(g.code, noPasscode(), honest());
        QVERIFY2(view, why(view).constData());
        QCOMPARE(view->entries.size(), std::size_t(3));
        QCOMPARE(view->granteeName, QStringLiteral("Dr. Grant"));
    }

    void unlicensedReaderIsRefused()
    {
        const TestGrant g = grant(request());
        auto stranger = clinicianWallet(s, dir.filePath(QStringLiteral("unlicensed")), false);
        QCOMPARE(problemOf(stranger->openGrant(g.code, noPasscode(), honest()).error()), GrantProblem::NotLicensed);
    }

    void passcode()
    {
        TestGrantRequest r = request(BundleMode::Passcode);
        r.passcode = QStringLiteral("tulipe-42");
        const TestGrant g = grant(r);
        QCOMPARE(problemOf(doctor->openGrant(g.code, noPasscode(), honest()).error()), GrantProblem::PasscodeNeeded);
        QCOMPARE(problemOf(doctor->openGrant(g.code, core::test::secret("tulipe-43"), honest()).error()), GrantProblem::WrongPasscode);
        auto view = doctor->openGrant(g.code, core::test::secret("tulipe-42"), honest());
        QVERIFY2(view, why(view).constData());
        QCOMPARE(view->entries.size(), std::size_t(3));
    }

    void incompleteAndRevoked()
    {
        TestGrantRequest r = request();
        r.padScope = 990; // a scope of 36 KB: a bundle of two parts
        r.sendAllParts = false;
        const TestGrant incomplete = grant(r);
        QCOMPARE(incomplete.parts, std::size_t(2));
        QCOMPARE(problemOf(doctor->openGrant(incomplete.code, noPasscode(), honest()).error()), GrantProblem::GrantIncomplete);

        const TestGrant g = grant(request());
        QVERIFY(doctor->openGrant(g.code, noPasscode(), honest()));
        const auto grants = *s.network.contract(QStringLiteral("AccessGrants"));
        QVERIFY(core::ledger::AccessGrants(*s.client, grants).revoke(*g.sharing, g.grantId));
        // An open view's refresh finds it revoked; a new open too.
        QCOMPARE(problemOf(doctor->checkGrant(g.code, honest()).error()), GrantProblem::GrantRevoked);
        QCOMPARE(problemOf(doctor->openGrant(g.code, noPasscode(), honest()).error()), GrantProblem::GrantRevoked);

        // One node of three answers as before the revocation: outvoted and flagged.
        LyingProxy liar(s.network.nodes.front());
        const QString grantSel = hexSelector(contracts::accessGrants::fnGrant);
        const QString stateSel = hexSelector(contracts::accessGrants::fnGrantState);
        liar.setRewrite(QStringLiteral("eth_call"), [=](const QJsonObject &call, QJsonObject a) {
            const QString result = a.value(QLatin1String("result")).toString();
            if (callSelector(call) == stateSel)
                return withResult(a, addToWord(QString(), 1));
            if (callSelector(call) == grantSel) // revokedAt is the last word
                return withResult(a, QString(result.left(result.size() - 64) + QString(64, QLatin1Char('0'))));
            return a;
        });
        const auto withLiar = s.withNodes({liar.url()});
        GrantLedger ledger(withLiar);
        QVERIFY(ledger.assess().ok);
        QCOMPARE(ledger.state(g.grantId), std::optional(core::ledger::GrantState::Revoked));
        QVERIFY(ledger.grant(g.grantId)->record.revokedAt != 0);
        QCOMPARE(verdictOf(ledger.nodes(), liar.url()), std::optional(NodeVerdict::WrongState));
        QCOMPARE(problemOf(doctor->openGrant(g.code, noPasscode(), net(withLiar)).error()), GrantProblem::GrantRevoked);
    }

    void wrongNetwork()
    {
        const TestGrant g = grant(request());
        auto code = core::share::decodeShareCode(g.code);
        QVERIFY(code);
        code->chainId += 1;
        const auto other = core::share::encodeShareCode(*code);
        const QString text = QString::fromLatin1(reinterpret_cast<const char *>(other.data()), static_cast<qsizetype>(other.size()));
        QCOMPARE(problemOf(doctor->openGrant(text, noPasscode(), honest()).error()), GrantProblem::WrongNetwork);
        QCOMPARE(problemOf(doctor->openGrant(QStringLiteral("carnet-share:v1:AAAA"), noPasscode(), honest()).error()),
                 GrantProblem::NotAShareCode);
    }

    void forgedKeyBundle()
    {
        const TestGrant g = grant(request());
        LyingProxy forger(s.network.nodes.front());
        forger.setRewrite(QStringLiteral("eth_getLogs"), forgeBundleLogs());
        // The forger first in the file: flagged, and the next node's parts are used.
        core::ledger::NetworkConfig first = s.withNodes({});
        first.nodes.prepend(forger.url());
        auto view = doctor->openGrant(g.code, noPasscode(), net(first));
        QVERIFY2(view, why(view).constData());
        QCOMPARE(view->entries.size(), std::size_t(3));
        QCOMPARE(verdictOf(view->nodes, forger.url()), std::optional(NodeVerdict::ForgedEntry));
        // Every node forging: nothing opens.
        LyingProxy f2(s.network.nodes.front()), f3(s.network.nodes.front());
        f2.setRewrite(QStringLiteral("eth_getLogs"), forgeBundleLogs());
        f3.setRewrite(QStringLiteral("eth_getLogs"), forgeBundleLogs());
        const auto forgers = s.withNodes({forger.url(), f2.url(), f3.url()}, false);
        QCOMPARE(problemOf(doctor->openGrant(g.code, noPasscode(), net(forgers)).error()), GrantProblem::BundleForged);
    }

    void entryOfAnUnlicensedAuthorIsRefused()
    {
        const TestGrant g = grant(request());
        // Two nodes of three say the provider never held a licence: the majority's answer counts.
        const QString countSel = hexSelector(contracts::carnetRegistry::fnLicenceCount);
        LyingProxy a(s.network.nodes.front()), b(s.network.nodes.front());
        for (LyingProxy *p : {&a, &b})
            p->setRewrite(QStringLiteral("eth_call"), [countSel](const QJsonObject &call, QJsonObject answer) {
                if (callSelector(call) != countSel)
                    return answer;
                return withResult(answer, addToWord(answer.value(QLatin1String("result")).toString(), -1000));
            });
        core::ledger::NetworkConfig n = s.withNodes({a.url(), b.url()}, false);
        n.nodes.prepend(s.network.nodes.front());
        auto view = doctor->openGrant(g.code, noPasscode(), net(n));
        QVERIFY2(view, why(view).constData());
        QCOMPARE(view->entries.size(), std::size_t(3));
        for (const auto &e : view->entries) {
            QCOMPARE(e.state, EntryState::Refused);
            QCOMPARE(e.reason.code, core::sync::MessageCode::EntryNotLicensed);
            QVERIFY(e.content.isEmpty());
        }
    }

    void writeBackReachesThePatient()
    {
        auto target = s.connect(QStringLiteral("Dr. Grant"));
        QVERIFY(target);
        TestGrantRequest r = request();
        r.writeBack = *target;
        const TestGrant g = grant(r);
        const QByteArray note = R"({"resourceType":"DocumentReference","status":"current","description":"Follow-up in two weeks"})";
        auto written = doctor->writeBack(g.code, noPasscode(), {note}, honest());
        QVERIFY2(written, why(written).constData());
        QCOMPARE(written->recordId, target->recordId);
        const TestGrant readOnly = grant(request());
        QCOMPARE(problemOf(doctor->writeBack(readOnly.code, noPasscode(), {note}, honest()).error()), GrantProblem::NoWriteBack);

        const auto synced = s.syncWith(s.withNodes({}));
        QVERIFY(synced.ok);
        const auto stored = s.stored();
        const auto it = std::find_if(stored.begin(), stored.end(), [&](const auto &e) { return e.recordId == target->recordId; });
        QVERIFY(it != stored.end());
        QCOMPARE(it->state, EntryState::Verified);
        QCOMPARE(it->author, doctor->clinicianIdentity()->account);
        QCOMPARE(it->content, note);
    }

    void endToEndThroughTheWalletsShare()
    {
        // The patient's own Wallet::share (core/service/walletshare*.cpp), named, with write back.
        auto created = Wallet::create(dir.filePath(QStringLiteral("patient")), core::test::secret("correct horse battery"),
                                      Wallet::newRecoveryPhrase(), core::test::kFloor);
        QVERIFY(created);
        std::unique_ptr<Wallet> patient = std::move(*created);
        auto connected = patient->connectProvider(QStringLiteral("Clinique du Parc"), honest());
        QVERIFY(connected);
        QVERIFY(core::service::publishForPatient(*core::record::decodeConnectCode(connected->code), *provider,
                                                 {observation(1), observation(2)}, honest()));
        QVERIFY(patient->sync(SyncScenario::quickOptions(), honest()));
        core::service::ShareRequest r;
        r.scope.categories = 0x07FF;
        r.clinicianCode = doctor->clinicianIdentity()->code;
        r.allowWriteBack = true;
        auto issued = patient->share(r, honest());
        QVERIFY2(issued, why(issued).constData());

        auto view = doctor->openGrant(issued->shareCode, noPasscode(), honest());
        QVERIFY2(view, why(view).constData());
        QCOMPARE(view->entries.size(), std::size_t(2));
        QVERIFY(std::all_of(view->entries.begin(), view->entries.end(), [](const auto &e) { return e.state == EntryState::Verified; }));
        const QByteArray prescription = R"({"resourceType":"MedicationRequest","status":"active","intent":"order",)"
                                        R"("medicationCodeableConcept":{"text":"Amoxicilline 1 g"},"subject":{"display":"patient"}})";
        auto written = doctor->writeBack(issued->shareCode, noPasscode(), {prescription}, honest());
        QVERIFY2(written, why(written).constData());

        auto synced = patient->sync(SyncScenario::quickOptions(), honest());
        QVERIFY(synced && synced->round.ok);
        auto read = patient->read();
        QVERIFY(read);
        const auto it = std::find_if(read->entries.begin(), read->entries.end(), [&](const auto &e) { return e.recordId == written->recordId; });
        QVERIFY(it != read->entries.end());
        QCOMPARE(it->state, EntryState::Verified);
        QCOMPARE(it->author, doctor->clinicianIdentity()->account);
        QCOMPARE(it->authorName, QStringLiteral("Dr. Grant"));
        QCOMPARE(it->content, prescription);
        QCOMPARE(read->labelOf(written->recordId), QStringLiteral("Dr. Grant"));
    }

    void expired() // last: moves the chain's clock
    {
        TestGrantRequest r = request();
        r.validity = 3600;
        const TestGrant g = grant(r);
        QVERIFY(s.client->request(QStringLiteral("evm_increaseTime"), {7200}).error.ok());
        QVERIFY(s.client->request(QStringLiteral("evm_mine")).error.ok());
        QCOMPARE(problemOf(doctor->openGrant(g.code, noPasscode(), honest()).error()), GrantProblem::GrantExpired);
    }
};

QTEST_GUILESS_MAIN(TestServiceClinician)
#include "tst_service_clinician.moc"
