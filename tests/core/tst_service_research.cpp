// SPDX-License-Identifier: GPL-3.0-or-later
// Paid research end to end on the fixture's anvil (docs/PROTOCOL.md §9): a licensed researcher posts
// studies; the patient's wallet lists them by majority with their terms checked, says which its
// record cannot satisfy, previews the exact dataset, joins, and the researcher receives exactly the
// previewed bytes (preview = commitment = delivery); joining twice, with a changed preview, after
// leaving, when full or after the deadline is refused; earnings are withdrawn to a chosen address;
// a node hiding a study or forging its terms is outvoted and flagged. The last case moves the chain's
// clock (RUN_SERIAL, tests/core/contracts.cmake).
#include "core/ledger/contracts/registry.h"
#include "core/ledger/contracts/researchmarket.h"
#include "core/research/dataset.h"
#include "core/service/provider.h"
#include "core/service/researcher.h"
#include "core/service/studyledger.h"
#include "core/service/wallet.h"
#include "crypto/hash.h"
#include "tests/core/lyingproxy.h"
#include "tests/core/researchtestutil.h"
#include "tests/core/synctestutil.h"

#include <QtTest>

using namespace carnet;
using namespace carnet::test;
using core::service::ActionError;
using core::service::NetworkSource;
using core::service::ResearchProblem;
using core::service::StudyFit;
using core::service::Wallet;
namespace ledger = carnet::core::ledger;
namespace research = carnet::core::research;

namespace {

const char *const kPassphrase = "correct horse battery";

QByteArray hba1c(int n, const char *value)
{
    return QStringLiteral(R"({"resourceType":"Observation","id":"a1c-%1","status":"final","category":[{"coding":[{"system":)"
                          R"("http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],)"
                          R"("code":{"coding":[{"system":"http://loinc.org","code":"4548-4","display":"Hemoglobin A1c"}]},)"
                          R"("subject":{"reference":"Patient/p1","display":"Jeanne Dupont"},)"
                          R"("effectiveDateTime":"202%1-03-14T08:00:00Z","valueQuantity":{"value":%2,"unit":"%%"}})")
        .arg(n)
        .arg(QLatin1String(value))
        .toUtf8();
}

QByteArray patient()
{
    return R"({"resourceType":"Patient","id":"p1","name":[{"family":"Dupont","given":["Jeanne"]}],"gender":"female",)"
           R"("birthDate":"1961-07-02","telecom":[{"system":"phone","value":"+1 555 0100"}],)"
           R"("address":[{"line":["12 Elm Street"],"city":"Springfield","state":"MA","postalCode":"01103"}]})";
}

ResearchProblem problemOf(const core::service::ActionFailure &f)
{
    return f.error == ActionError::Research ? f.research.problem : ResearchProblem::None;
}

template <typename R>
QByteArray why(const R &r)
{
    if (r)
        return {};
    return QByteArray("action error ") + QByteArray::number(int(r.error().error)) + " research problem "
        + QByteArray::number(int(r.error().research.problem)) + " " + r.error().rpc.toString().toUtf8();
}

ledger::U256 balanceOf(ledger::EthClient &client, const crypto::Address &account)
{
    const auto a = client.request(QStringLiteral("eth_getBalance"), {ledger::addressText(account), QStringLiteral("latest")});
    return ledger::quantityOf(a.result).value_or(ledger::U256(0));
}

} // namespace

class TestServiceResearch : public QObject
{
    Q_OBJECT
    SyncScenario s;
    std::unique_ptr<Wallet> m_wallet;
    QTemporaryDir m_dir;
    NetworkSource m_net;
    std::optional<crypto::PrivateKey> m_researcher;
    research::StudyId m_diabetes{}, m_lipids{};

    core::service::StudyDraft draft(const char *title, QStringList loinc, QStringList require, std::uint32_t places = 3)
    {
        core::service::StudyDraft d;
        d.title = QLatin1String(title);
        d.purpose = QStringLiteral("How glycaemic control changes over the years.");
        d.data.loinc = std::move(loinc);
        d.data.require = std::move(require);
        d.data.demographics = true;
        d.price = ledger::U256(1'000'000'000'000'000ULL);
        d.places = places;
        d.deadline = chainNow() + 30 * 86400;
        return d;
    }

    std::uint64_t chainNow()
    {
        const auto answer = s.client->request(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
        return ledger::quantityOf(answer.result.toObject().value(QLatin1String("timestamp")))->toUint64().value_or(0);
    }

    std::optional<core::service::StudyListing> listed(const research::StudyId &id, const NetworkSource &net)
    {
        auto list = m_wallet->studies(net);
        if (!list)
            return std::nullopt;
        for (auto &study : list->studies)
            if (study.studyId == id)
                return study;
        return std::nullopt;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString whyNot;
        QVERIFY2(s.setUp(&whyNot), qPrintable(whyNot));
        m_net = NetworkSource::loaded(s.network);
        auto created = Wallet::create(m_dir.filePath(QStringLiteral("patient")), core::test::secret(kPassphrase),
                                      Wallet::newRecoveryPhrase(), core::test::kFloor);
        QVERIFY(created);
        m_wallet = std::move(*created);
        auto connected = m_wallet->connectProvider(QStringLiteral("Labo Nord"), m_net);
        QVERIFY(connected);
        auto provider = s.licensedProvider(QStringLiteral("Labo Nord"));
        QVERIFY(provider);
        QVERIFY(core::service::publishForPatient(*core::record::decodeConnectCode(connected->code), *provider,
                                                 {patient(), hba1c(1, "7.1"), hba1c(2, "6.8"), hba1c(3, "6.40")}, m_net));
        auto synced = m_wallet->sync(SyncScenario::quickOptions(), m_net);
        QVERIFY(synced && synced->round.ok);

        m_researcher = s.fundedKey();
        QVERIFY(m_researcher);
        ledger::Registry reg(*s.client, s.registry);
        QVERIFY(reg.registerAccount(*s.authority, crypto::addressOf(m_researcher->publicKey()), ledger::Role::Researcher,
                                    QStringLiteral("Institut Diabète")));
        auto a = core::service::postStudy(*m_researcher, draft("HbA1c over time", {QStringLiteral("4548-4")}, {QStringLiteral("4548-4")}), m_net);
        QVERIFY2(a, why(a).constData());
        m_diabetes = a->studyId;
        auto b = core::service::postStudy(*m_researcher, draft("Lipids", {QStringLiteral("2093-3")}, {QStringLiteral("2093-3")}), m_net);
        QVERIFY2(b, why(b).constData());
        m_lipids = b->studyId;
    }

    void unlicensedResearcherCannotPost()
    {
        auto stranger = s.fundedKey();
        QVERIFY(stranger);
        auto posted = core::service::postStudy(*stranger, draft("x", {QStringLiteral("4548-4")}, {}), m_net);
        QCOMPARE(problemOf(posted.error()), ResearchProblem::NotResearcher);
        auto bad = core::service::postStudy(*m_researcher, draft("", {QStringLiteral("4548-4")}, {}), m_net);
        QCOMPARE(problemOf(bad.error()), ResearchProblem::BadDraft);
    }

    void studiesAreListedWithTheirFit()
    {
        const auto diabetes = listed(m_diabetes, m_net);
        QVERIFY(diabetes);
        QCOMPARE(diabetes->terms.title, QStringLiteral("HbA1c over time"));
        QCOMPARE(diabetes->researcherName, QStringLiteral("Institut Diabète"));
        QCOMPARE(diabetes->researcherLicensed, std::optional(true));
        QVERIFY(diabetes->open);
        QCOMPARE(diabetes->fit, StudyFit::Satisfiable);
        QCOMPARE(diabetes->selected, 4); // three HbA1c and the Patient (demographics)
        QCOMPARE(diabetes->participant.state, ledger::ParticipantState::None);
        const auto lipids = listed(m_lipids, m_net);
        QVERIFY(lipids);
        QCOMPARE(lipids->fit, StudyFit::NothingSelected);
        QCOMPARE(problemOf(m_wallet->previewStudy(m_lipids, false, m_net).error()), ResearchProblem::CannotSatisfy);
    }

    void previewIsWhatIsCommittedAndDelivered()
    {
        auto preview = m_wallet->previewStudy(m_diabetes, false, m_net);
        QVERIFY2(preview, why(preview).constData());
        QCOMPARE(preview->resources.size(), std::size_t(4));
        // Nothing identifying in the bytes; what is allowed is there.
        for (const char *identifying : {"Dupont", "Jeanne", "555", "Elm", "Springfield", "01103", "1961-07", "a1c-1", "\"p1\"", "03-14"})
            QVERIFY2(!preview->dataset.contains(identifying), identifying);
        for (const char *kept : {"4548-4", "\"6.40\"", "\"1961\"", "\"011\"", "female"})
            QVERIFY2(preview->dataset.contains(QByteArray(kept).replace("\"", "")), kept);
        QCOMPARE(preview->datasetHash, crypto::keccak256({reinterpret_cast<const std::uint8_t *>(preview->dataset.data()),
                                                          std::size_t(preview->dataset.size())}));
        // Preview twice: the same bytes.
        QCOMPARE(m_wallet->previewStudy(m_diabetes, false, m_net)->dataset, preview->dataset);

        // A join committing another hash sends nothing.
        crypto::Hash32 other = preview->datasetHash;
        other[0] ^= 1;
        QCOMPARE(problemOf(m_wallet->joinStudy(m_diabetes, other, false, core::test::secret(kPassphrase), m_net).error()),
                 ResearchProblem::PreviewChanged);
        QCOMPARE(listed(m_diabetes, m_net)->participant.parts, std::uint16_t(0));
        QCOMPARE(m_wallet->joinStudy(m_diabetes, preview->datasetHash, false, core::test::secret("wrong passphrase"), m_net).error().error,
                 ActionError::Vault);

        auto joined = m_wallet->joinStudy(m_diabetes, preview->datasetHash, false, core::test::secret(kPassphrase), m_net);
        QVERIFY2(joined, why(joined).constData());
        const auto after = listed(m_diabetes, m_net);
        QCOMPARE(after->participant.state, ledger::ParticipantState::Joined);
        QCOMPARE(after->participant.datasetHash, preview->datasetHash);
        QCOMPARE(after->balance, std::optional(ledger::U256(1'000'000'000'000'000ULL)));

        // The researcher receives exactly the previewed bytes.
        auto received = core::service::fetchDatasets(*m_researcher, m_diabetes, m_net);
        QVERIFY2(received, why(received).constData());
        QCOMPARE(received->size(), std::size_t(1));
        QCOMPARE(received->front().step, core::service::ReceivedDataset::Step::Ok);
        QCOMPARE(received->front().pseudonym, after->pseudonym);
        QCOMPARE(received->front().dataset, preview->dataset);

        QCOMPARE(problemOf(m_wallet->joinStudy(m_diabetes, preview->datasetHash, false, core::test::secret(kPassphrase), m_net).error()),
                 ResearchProblem::AlreadyJoined);
    }

    void safeHarborRecordEndToEnd()
    {
        // A record seeding every Safe Harbor identifier kind (tests/data/research), published by a
        // licensed provider and synced; a study asking for everything; what the researcher receives
        // holds none of the identifiers and is exactly what was previewed.
        QTemporaryDir otherDir;
        auto created = Wallet::create(otherDir.filePath(QStringLiteral("w")), core::test::secret(kPassphrase), Wallet::newRecoveryPhrase(),
                                      core::test::kFloor);
        QVERIFY(created);
        Wallet &patientWallet = **created;
        auto code = patientWallet.connectProvider(QStringLiteral("St Mary"), m_net);
        auto provider = s.licensedProvider(QStringLiteral("St Mary Hospital"));
        QVERIFY(code && provider);
        QList<QByteArray> resources;
        for (const auto &e : researchtest::recordEntries())
            resources << e.json;
        QVERIFY(core::service::publishForPatient(*core::record::decodeConnectCode(code->code), *provider, resources, m_net));
        QVERIFY(patientWallet.sync(SyncScenario::quickOptions(), m_net));
        auto everything = draft("Everything", {}, {});
        everything.data.categories = 0x07FF;
        auto posted = core::service::postStudy(*m_researcher, everything, m_net);
        QVERIFY2(posted, why(posted).constData());
        auto preview = patientWallet.previewStudy(posted->studyId, false, m_net);
        QVERIFY2(preview, why(preview).constData());
        QVERIFY(preview->excluded >= 5); // Practitioner, Organization, RelatedPerson, Coverage, Device, DocumentReference
        auto joined = patientWallet.joinStudy(posted->studyId, preview->datasetHash, false, core::test::secret(kPassphrase), m_net);
        QVERIFY2(joined, why(joined).constData());
        auto received = core::service::fetchDatasets(*m_researcher, posted->studyId, m_net);
        QVERIFY(received && received->size() == 1);
        const QByteArray &delivered = received->front().dataset;
        QCOMPARE(delivered, preview->dataset);
        for (const char *identifying : {"Whitcombe", "Eleanor", "Harold", "Okafor", "Larkspur", "Apt 3B", "Acworth", "03601", "10027",
                                        "1931-05-17", "05-17", "219-09-9999", "MRN", "00734219", "55821907", "99187264", "W3318472",
                                        "1HGCM82633A004352", "SN-GLU", "example.com", "192.168", "UEhPVE9", "<div", "Hemoglobin",
                                        "dizzy", "St Mary", "urn:uuid", "obs-hba1c"})
            QVERIFY2(!delivered.contains(identifying), identifying);
        for (const char *kept : {"4548-4", "\"000\"", "\"100\"", "age-90-or-older"})
            QVERIFY2(delivered.contains(kept), kept);
    }

    void nodesHidingOrForgingStudiesAreOutvoted()
    {
        // One node of three shows no study at all.
        LyingProxy hider(s.network.nodes.front());
        hider.setRewrite(QStringLiteral("eth_getLogs"), [](const QJsonObject &, QJsonObject a) {
            a.insert(QStringLiteral("result"), QJsonArray());
            return a;
        });
        auto withHider = listed(m_diabetes, NetworkSource::loaded(s.withNodes({hider.url()})));
        QVERIFY(withHider);
        QCOMPARE(withHider->terms.title, QStringLiteral("HbA1c over time"));

        // Every node's logs carry altered terms: the study cannot be shown.
        auto forge = [](const QJsonObject &, QJsonObject a) {
            QJsonArray logs = a.value(QLatin1String("result")).toArray();
            for (qsizetype i = 0; i < logs.size(); ++i) {
                QJsonObject log = logs[i].toObject();
                QString data = log.value(QLatin1String("data")).toString();
                if (data.size() > 200)
                    data[data.size() - 70] = data[data.size() - 70] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
                log.insert(QStringLiteral("data"), data);
                logs[i] = log;
            }
            a.insert(QStringLiteral("result"), logs);
            return a;
        };
        LyingProxy f1(s.network.nodes.front()), f2(s.network.nodes.front()), f3(s.network.nodes.front());
        for (LyingProxy *f : {&f1, &f2, &f3})
            f->setRewrite(QStringLiteral("eth_getLogs"), forge);
        auto forged = m_wallet->studies(NetworkSource::loaded(s.withNodes({f1.url(), f2.url(), f3.url()}, false)));
        QVERIFY(forged);
        QVERIFY(std::none_of(forged->studies.begin(), forged->studies.end(), [&](const auto &st) { return st.studyId == m_diabetes; }));
        // One forger first, two honest nodes: the honest terms are used, the forger flagged.
        core::ledger::NetworkConfig first = s.withNodes({});
        first.nodes.prepend(f1.url());
        QVERIFY(listed(m_diabetes, NetworkSource::loaded(first)));
    }

    void leaveThenJoinIsRefused()
    {
        QCOMPARE(problemOf(m_wallet->leaveStudy(m_lipids, core::test::secret(kPassphrase), m_net).error()), ResearchProblem::NotJoined);
        auto left = m_wallet->leaveStudy(m_diabetes, core::test::secret(kPassphrase), m_net);
        QVERIFY2(left, why(left).constData());
        QCOMPARE(listed(m_diabetes, m_net)->participant.state, ledger::ParticipantState::Left);
        QCOMPARE(problemOf(m_wallet->leaveStudy(m_diabetes, core::test::secret(kPassphrase), m_net).error()), ResearchProblem::AlreadyLeft);
        QCOMPARE(problemOf(m_wallet->joinStudy(m_diabetes, crypto::Hash32{}, false, core::test::secret(kPassphrase), m_net).error()),
                 ResearchProblem::AlreadyLeft);
    }

    void earningsAreWithdrawnToTheChosenAddress()
    {
        const crypto::Address to = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
        QCOMPARE(problemOf(m_wallet->withdrawEarnings(crypto::Address{}, core::test::secret(kPassphrase), m_net).error()),
                 ResearchProblem::BadAddress);
        auto paid = m_wallet->withdrawEarnings(to, core::test::secret(kPassphrase), m_net);
        QVERIFY2(paid, why(paid).constData());
        QCOMPARE(paid->total, ledger::U256(1'000'000'000'000'000ULL));
        QCOMPARE(balanceOf(*s.client, to), ledger::U256(1'000'000'000'000'000ULL));
        QCOMPARE(problemOf(m_wallet->withdrawEarnings(to, core::test::secret(kPassphrase), m_net).error()),
                 ResearchProblem::NothingToWithdraw);
    }

    void fullStudyAndDeadline()
    {
        auto one = core::service::postStudy(*m_researcher, draft("One place", {QStringLiteral("4548-4")}, {}, 1), m_net);
        QVERIFY2(one, why(one).constData());
        // Another patient takes the only place.
        QTemporaryDir otherDir;
        auto other = Wallet::create(otherDir.filePath(QStringLiteral("w")), core::test::secret(kPassphrase), Wallet::newRecoveryPhrase(),
                                    core::test::kFloor);
        QVERIFY(other);
        auto code = (*other)->connectProvider(QStringLiteral("Labo"), m_net);
        auto provider = s.licensedProvider(QStringLiteral("Labo Sud"));
        QVERIFY(code && provider);
        QVERIFY(core::service::publishForPatient(*core::record::decodeConnectCode(code->code), *provider, {hba1c(4, "5.9")}, m_net));
        QVERIFY((*other)->sync(SyncScenario::quickOptions(), m_net));
        auto otherPreview = (*other)->previewStudy(one->studyId, false, m_net);
        QVERIFY2(otherPreview, why(otherPreview).constData());
        QVERIFY((*other)->joinStudy(one->studyId, otherPreview->datasetHash, false, core::test::secret(kPassphrase), m_net));
        auto mine = m_wallet->previewStudy(one->studyId, false, m_net);
        QVERIFY(mine);
        QCOMPARE(problemOf(m_wallet->joinStudy(one->studyId, mine->datasetHash, false, core::test::secret(kPassphrase), m_net).error()),
                 ResearchProblem::StudyFull);
        // The refund is refused before the deadline; after it, joining is refused and the refund goes.
        // The study closes in an hour, so the shared devnet's clock moves by an hour only (other tests
        // make grants that expire in a day of the device's clock).
        auto shortDraft = draft("Too late", {QStringLiteral("4548-4")}, {});
        shortDraft.deadline = chainNow() + 3600;
        auto later = core::service::postStudy(*m_researcher, shortDraft, m_net);
        QVERIFY2(later, why(later).constData());
        QCOMPARE(problemOf(core::service::refundStudy(*m_researcher, later->studyId, m_net).error()), ResearchProblem::Refused);
        QVERIFY(s.client->request(QStringLiteral("evm_increaseTime"), {3700}).error.ok());
        QVERIFY(s.client->request(QStringLiteral("evm_mine"), {}).error.ok());
        auto late = m_wallet->previewStudy(later->studyId, false, m_net);
        QVERIFY2(late, why(late).constData());
        QCOMPARE(problemOf(m_wallet->joinStudy(later->studyId, late->datasetHash, false, core::test::secret(kPassphrase), m_net).error()),
                 ResearchProblem::StudyClosed);
        auto closed = listed(later->studyId, m_net);
        QVERIFY(closed && !closed->open);
        auto refunded = core::service::refundStudy(*m_researcher, later->studyId, m_net);
        QVERIFY2(refunded, why(refunded).constData());
    }
};

QTEST_GUILESS_MAIN(TestServiceResearch)
#include "tst_service_research.moc"
