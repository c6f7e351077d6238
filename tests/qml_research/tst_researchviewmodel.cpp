// SPDX-License-Identifier: GPL-3.0-or-later
// The Research destination's view model over a real vault on the fixture's devnet (docs/UI.md,
// "Research"): a patient's session with three HbA1c results and a Patient synced from a licensed
// provider; a researcher licensed by the devnet's authority posts two studies (one the record has,
// one it lacks). ResearchViewModel lists them with their fit (the one the record lacks offers no
// Join), its preview's rows are exactly Wallet::previewStudy's, a wrong passphrase is refused, the
// join with the passphrase shows Joined and the earnings, the withdrawal reaches the address and the
// leave is shown.
#include "../core/synctestutil.h"
#include "../qml_sync/synctestutil.h"

#include "core/ledger/contracts/registry.h"
#include "core/service/provider.h"
#include "core/service/researcher.h"
#include "qml/research/researchviewmodel.h"

#include <QSignalSpy>
#include <QtTest>

using namespace carnet;
using namespace carnet::qml;
using core::service::Wallet;

namespace {

const QString kPassphrase = QStringLiteral("sync test passphrase, long enough");
const QString kWith = QStringLiteral("UI test: HbA1c over time");
const QString kWithout = QStringLiteral("UI test: lipids");

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
           R"("birthDate":"1961-07-02","address":[{"city":"Springfield","state":"MA","postalCode":"01103"}]})";
}

template <typename R>
std::optional<R> onVault(WalletSession &session, std::function<R(Wallet *)> work)
{
    std::optional<R> out;
    bool done = false;
    QObject receiver;
    session.withWallet<R>(
        &receiver, [work](Wallet *w, quint64) { return work(w); },
        [&](R &r) {
            out = std::move(r);
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 120000))
        return std::nullopt;
    return out;
}

} // namespace

class TestResearchViewModel : public QObject
{
    Q_OBJECT

    carnet::test::SyncScenario m_chain;
    carnet::qml::test::UnlockedSession m_patient;
    core::research::StudyId m_with{};
    std::unique_ptr<ResearchViewModel> m_vm;

    bool reload()
    {
        QSignalSpy changed(m_vm.get(), &ResearchViewModel::studiesChanged);
        m_vm->reload();
        return QTest::qWaitFor([&] { return changed.count() > 0 && !m_vm->loading(); }, 120000) && m_vm->errorText().isEmpty();
    }
    QVariantMap study(const QString &title) const
    {
        for (const QVariant &s : m_vm->studies())
            if (s.toMap().value(QStringLiteral("title")).toString() == title)
                return s.toMap();
        return {};
    }
    bool waitAction()
    {
        return QTest::qWaitFor([&] { return m_vm->busyAction().isEmpty(); }, 180000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_chain.setUp(&why), qPrintable(why));
        QVERIFY(m_patient.start());
        const auto provider = m_chain.licensedProvider(QStringLiteral("Labo Nord"));
        QVERIFY(provider);
        const auto synced = onVault<bool>(*m_patient.session, [&](Wallet *w) {
            auto connected = w->connectProvider(QStringLiteral("Labo Nord"));
            if (!connected)
                return false;
            auto code = core::record::decodeConnectCode(connected->code);
            if (!code || !core::service::publishForPatient(*code, *provider, {patient(), hba1c(1, "7.1"), hba1c(2, "6.8"), hba1c(3, "6.40")}))
                return false;
            auto round = w->sync(carnet::test::SyncScenario::quickOptions());
            return round && round->round.ok && round->round.newEntries == 4;
        });
        QVERIFY(synced && *synced);

        auto researcher = m_chain.fundedKey();
        QVERIFY(researcher);
        core::ledger::Registry registry(*m_chain.client, m_chain.registry);
        QVERIFY(registry.registerAccount(*m_chain.authority, crypto::addressOf(researcher->publicKey()),
                                         core::ledger::Role::Researcher, QStringLiteral("Institut Diabète")));
        const auto block = m_chain.client->request(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
        const std::uint64_t now = core::ledger::quantityOf(block.result.toObject().value(QLatin1String("timestamp")))->toUint64().value_or(0);
        for (const QString &title : {kWith, kWithout}) {
            core::service::StudyDraft d;
            d.title = title;
            d.purpose = QStringLiteral("How glycaemic control changes over the years.");
            d.data.loinc = {title == kWith ? QStringLiteral("4548-4") : QStringLiteral("2093-3")};
            d.data.require = d.data.loinc;
            d.data.demographics = true;
            d.data.freeText = title == kWith;
            d.price = core::ledger::U256(1'000'000'000'000'000ULL);
            d.places = 3;
            d.deadline = now + 30 * 86400;
            auto posted = core::service::postStudy(*researcher, d);
            QVERIFY(posted);
            if (title == kWith)
                m_with = posted->studyId;
        }
        m_vm = std::make_unique<ResearchViewModel>(m_patient.session.get());
    }

    void studiesAreListedWithTheirFit()
    {
        QVERIFY(reload());
        const QVariantMap with = study(kWith);
        QVERIFY(!with.isEmpty());
        QCOMPARE(with.value(QStringLiteral("researcherName")).toString(), QStringLiteral("Institut Diabète"));
        QCOMPARE(with.value(QStringLiteral("researcherText")).toString(), QStringLiteral("licensed researcher"));
        QCOMPARE(with.value(QStringLiteral("fit")).toString(), QStringLiteral("satisfiable"));
        QCOMPARE(with.value(QStringLiteral("priceText")).toString(), QStringLiteral("0.001 ETH"));
        QCOMPARE(with.value(QStringLiteral("priceWeiText")).toString(), QStringLiteral("1000000000000000 wei"));
        QCOMPARE(with.value(QStringLiteral("placesText")).toString(), QStringLiteral("3 of 3 places left"));
        QCOMPARE(with.value(QStringLiteral("loincText")).toString(), QStringLiteral("4548-4 (required)"));
        QVERIFY(with.value(QStringLiteral("canJoin")).toBool());
        const QVariantMap without = study(kWithout);
        QVERIFY(!without.isEmpty());
        QCOMPARE(without.value(QStringLiteral("fit")).toString(), QStringLiteral("nothing"));
        QVERIFY(!without.value(QStringLiteral("canJoin")).toBool());
        QVERIFY(without.value(QStringLiteral("fitText")).toString().startsWith(QStringLiteral("Your record doesn't have")));
    }

    void previewRowsAreTheServicePreview()
    {
        m_vm->openPreview(study(kWith).value(QStringLiteral("index")).toInt());
        QVERIFY(QTest::qWaitFor([&] { return !m_vm->previewing() && !m_vm->preview().isEmpty(); }, 120000));
        const auto direct = onVault<QStringList>(*m_patient.session, [this](Wallet *w) {
            QStringList rows;
            auto p = w->previewStudy(m_with, false);
            for (const auto &r : p ? p->resources : std::vector<core::service::PreviewResource>{}) {
                rows << r.resourceType + QLatin1Char('/') + r.id;
                for (const auto &f : r.fields)
                    rows << f.path + QLatin1Char('=') + f.value;
            }
            if (p)
                rows << QString::fromUtf8(p->dataset);
            return rows;
        });
        QVERIFY(direct && direct->size() > 4);
        QStringList shown;
        for (const QVariant &r : m_vm->preview().value(QStringLiteral("resources")).toList()) {
            const QVariantMap m = r.toMap();
            shown << m.value(QStringLiteral("resourceType")).toString() + QLatin1Char('/') + m.value(QStringLiteral("id")).toString();
            for (const QVariant &f : m.value(QStringLiteral("fields")).toList())
                shown << f.toMap().value(QStringLiteral("path")).toString() + QLatin1Char('=') + f.toMap().value(QStringLiteral("value")).toString();
        }
        shown << m_vm->preview().value(QStringLiteral("bytesText")).toString();
        QCOMPARE(shown, *direct);
        QVERIFY(!shown.join(QLatin1Char('\n')).contains(QStringLiteral("Dupont")));
        QVERIFY(m_vm->preview().value(QStringLiteral("hashText")).toString().startsWith(QStringLiteral("0x")));
        // The free-text switch makes the preview again.
        m_vm->setFreeText(true);
        QVERIFY(m_vm->previewing());
        QVERIFY(QTest::qWaitFor([&] { return !m_vm->previewing(); }, 120000));
        QVERIFY(m_vm->preview().value(QStringLiteral("freeText")).toBool());
        m_vm->setFreeText(false);
        QVERIFY(QTest::qWaitFor([&] { return !m_vm->previewing() && !m_vm->preview().isEmpty(); }, 120000));
    }

    void wrongPassphraseIsRefused()
    {
        QSignalSpy joined(m_vm.get(), &ResearchViewModel::joined);
        m_vm->join(QStringLiteral("not the passphrase"));
        QCOMPARE(m_vm->busyAction(), QStringLiteral("join"));
        QVERIFY(waitAction());
        QCOMPARE(joined.count(), 0);
        QVERIFY(!m_vm->actionErrorText().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return !m_vm->loading(); }, 120000));
        QCOMPARE(study(kWith).value(QStringLiteral("state")).toString(), QStringLiteral("none"));
    }

    void joinShowsJoinedAndEarnings()
    {
        QSignalSpy joined(m_vm.get(), &ResearchViewModel::joined);
        m_vm->join(kPassphrase);
        QVERIFY(waitAction());
        QVERIFY2(joined.count() == 1, qPrintable(m_vm->actionErrorText()));
        QCOMPARE(m_vm->actionText(), QStringLiteral("Joined: you'll be paid 0.001 ETH."));
        QVERIFY(QTest::qWaitFor([&] { return !m_vm->loading() && study(kWith).value(QStringLiteral("state")) == QStringLiteral("joined"); }, 120000));
        QVERIFY(!study(kWith).value(QStringLiteral("canJoin")).toBool());
        QCOMPARE(study(kWith).value(QStringLiteral("placesText")).toString(), QStringLiteral("2 of 3 places left"));
        QCOMPARE(m_vm->earnings().size(), 1);
        QCOMPARE(m_vm->earnings().front().toMap().value(QStringLiteral("earningsText")).toString(), QStringLiteral("0.001 ETH"));
        QCOMPARE(m_vm->totalEarningsText(), QStringLiteral("0.001 ETH"));
        QVERIFY(m_vm->canWithdraw());
    }

    void withdrawReachesTheAddress()
    {
        QVERIFY(!m_vm->addressProblem(QStringLiteral("0x1234")).isEmpty());
        QVERIFY(!m_vm->addressProblem(QStringLiteral("0x0000000000000000000000000000000000000000")).isEmpty());
        const crypto::Address to = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
        const QString text = QString::fromStdString(crypto::toChecksumAddress(to));
        QVERIFY(m_vm->addressProblem(text).isEmpty());
        QSignalSpy withdrawn(m_vm.get(), &ResearchViewModel::withdrawn);
        m_vm->withdraw(text, kPassphrase);
        QVERIFY(waitAction());
        QVERIFY2(withdrawn.count() == 1, qPrintable(m_vm->actionErrorText()));
        QVERIFY(m_vm->actionText().contains(text));
        const auto balance = m_chain.client->request(QStringLiteral("eth_getBalance"), {core::ledger::addressText(to), QStringLiteral("latest")});
        QCOMPARE(core::ledger::quantityOf(balance.result).value_or(core::ledger::U256(0)), core::ledger::U256(1'000'000'000'000'000ULL));
        QVERIFY(QTest::qWaitFor([&] { return !m_vm->loading() && !m_vm->canWithdraw(); }, 120000));
    }

    void leaveIsShown()
    {
        QSignalSpy left(m_vm.get(), &ResearchViewModel::left);
        m_vm->leave(study(kWith).value(QStringLiteral("index")).toInt(), kPassphrase);
        QVERIFY(waitAction());
        QVERIFY2(left.count() == 1, qPrintable(m_vm->actionErrorText()));
        QVERIFY(QTest::qWaitFor([&] { return !m_vm->loading() && study(kWith).value(QStringLiteral("state")) == QStringLiteral("left"); }, 120000));
        QVERIFY(!study(kWith).value(QStringLiteral("canLeave")).toBool());
    }

    void cleanupTestCase()
    {
        m_vm.reset();
    }
};

QTEST_MAIN(TestResearchViewModel)
#include "tst_researchviewmodel.moc"
