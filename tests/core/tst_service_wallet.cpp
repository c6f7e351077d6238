// SPDX-License-Identifier: GPL-3.0-or-later
// The service layer (core/service, docs/ARCHITECTURE.md "One service layer") on the fixture's anvil:
// a patient's whole journey as one call per action (create, connect a provider, the provider
// publishes, sync, read, own entries, import, lock, unlock by passphrase and by keystore, passphrase
// change, recovery phrase), and every way an action can be refused, each as a typed code with its
// arguments and with nothing published or stored: a locked wallet, a missing, malformed or refused
// network file, a network that charges for gas, unreadable, oversized or non-FHIR import files.
#include "core/service/provider.h"
#include "core/service/wallet.h"
#include "tests/core/fakekeystore.h"
#include "tests/core/synctestutil.h"

#include <QtTest>

using namespace carnet;
using namespace carnet::test;
using core::service::ActionError;
using core::service::NetworkSource;
using core::service::Wallet;

namespace {

const char *const kPassphrase = "correct horse battery";

std::unique_ptr<Wallet> newWallet(const QString &dir, const std::string &phrase)
{
    auto created = Wallet::create(dir, core::test::secret(kPassphrase), core::test::secret(phrase), core::test::kFloor);
    return created ? std::move(*created) : nullptr;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

QByteArray bundleOf(const QList<QByteArray> &resources)
{
    QByteArray out = R"({"resourceType":"Bundle","type":"collection","entry":[)";
    for (qsizetype i = 0; i < resources.size(); ++i)
        out += (i ? "," : "") + QByteArray(R"({"resource":)") + resources.at(i) + "}";
    return out + "]}";
}

std::size_t entryCount(Wallet &wallet)
{
    auto view = wallet.read();
    return view ? view->entries.size() : std::size_t(-1);
}

} // namespace

class TestServiceWallet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_scenario.setUp(&why), qPrintable(why));
    }

    void aPatientsJourneyIsOneCallPerAction()
    {
        QTemporaryDir dir;
        // A phrase of its own: the scenario's vault must not share its record indexes.
        const crypto::SecureBuffer words = Wallet::newRecoveryPhrase();
        auto wallet = newWallet(dir.filePath(QStringLiteral("own")), std::string(words.asStringView()));
        QVERIFY(wallet);
        const NetworkSource net = NetworkSource::loaded(m_scenario.network);

        auto connected = wallet->connectProvider(QStringLiteral("Clinique du Parc"), net);
        QVERIFY2(connected, "connect");
        QVERIFY(connected->code.startsWith(QStringLiteral("carnet-connect:v1:")));
        QCOMPARE(connected->record.label, QStringLiteral("Clinique du Parc"));
        QVERIFY(connected->transaction != crypto::Hash32{});
        auto again = wallet->providerCode(connected->record.index);
        QVERIFY(again);
        QCOMPARE(again->code, connected->code);
        QCOMPARE(wallet->providerCode(connected->record.index + 50).error().error, ActionError::NoSuchRecord);

        // The provider (carnet-cli provider publish) writes two entries with the code.
        auto provider = m_scenario.licensedProvider(QStringLiteral("Dr. Service"));
        QVERIFY(provider);
        auto code = core::record::decodeConnectCode(connected->code);
        QVERIFY(code);
        const QList<QByteArray> written{observation(1), observation(2)};
        auto published = core::service::publishForPatient(*code, *provider, written, net);
        QVERIFY2(published, "provider publish");
        QCOMPARE(published->entries.size(), std::size_t(2));

        auto synced = wallet->sync(SyncScenario::quickOptions(), net);
        QVERIFY2(synced, "sync ran");
        QVERIFY(synced->round.ok);
        QCOMPARE(synced->round.newEntries, 2);
        QVERIFY(!synced->nodes.empty());
        for (const auto &node : synced->round.nodes)
            QCOMPARE(node.verdict, core::sync::NodeVerdict::Healthy);
        QVERIFY(synced->lastVerified > 0);
        auto view = wallet->read();
        QVERIFY(view);
        QCOMPARE(view->entries.size(), std::size_t(2));
        std::sort(view->entries.begin(), view->entries.end(), [](const auto &a, const auto &b) { return a.sequence < b.sequence; });
        for (std::size_t i = 0; i < 2; ++i) {
            QCOMPARE(view->entries[i].state, core::sync::EntryState::Verified);
            QCOMPARE(view->entries[i].content, written[static_cast<qsizetype>(i)]);
            QCOMPARE(view->labelOf(view->entries[i].recordId), QStringLiteral("Clinique du Parc"));
        }

        // The patient's own entries: one typed in, two imported from a Bundle file.
        auto own = wallet->addOwnEntries({observation(3)}, net);
        QVERIFY2(own, "own entry");
        QCOMPARE(own->entries.size(), std::size_t(1));
        QTemporaryDir files;
        const QList<QByteArray> imported{observation(4), observation(5)};
        auto fromFile = wallet->importFile(writeFile(files, QStringLiteral("bundle.json"), bundleOf(imported)), net);
        QVERIFY2(fromFile, "import");
        QCOMPARE(fromFile->entries.size(), std::size_t(2));
        QCOMPARE(fromFile->selfIndex, own->selfIndex);
        synced = wallet->sync(SyncScenario::quickOptions(), net);
        QVERIFY(synced && synced->round.ok);
        QCOMPARE(synced->round.newEntries, 3);
        view = wallet->read();
        QCOMPARE(view->entries.size(), std::size_t(5));
        int patientReported = 0;
        for (const auto &e : view->entries)
            patientReported += e.patientReported ? 1 : 0;
        QCOMPARE(patientReported, 3);
        auto status = wallet->syncStatus();
        QVERIFY(status);
        QCOMPARE(status->lastVerified, synced->lastVerified);

        // Passphrase change, then the phrase only with the new passphrase.
        QVERIFY(wallet->changePassphrase(core::test::secret(kPassphrase), core::test::secret("a new passphrase, long")));
        QCOMPARE(wallet->recoveryPhrase(core::test::secret(kPassphrase)).error(), core::VaultError::WrongPassphrase);
        auto phrase = wallet->recoveryPhrase(core::test::secret("a new passphrase, long"));
        QVERIFY(phrase);
        QCOMPARE(std::string(phrase->asStringView()), std::string(words.asStringView()));
    }

    void aLockedWalletAnswersLockedToEverything()
    {
        QTemporaryDir dir;
        const crypto::SecureBuffer words = Wallet::newRecoveryPhrase();
        auto wallet = newWallet(dir.filePath(QStringLiteral("w")), std::string(words.asStringView()));
        QVERIFY(wallet);
        wallet->lock();
        QVERIFY(wallet->isLocked());
        QVERIFY(!wallet->holdsSecrets());
        const NetworkSource net = NetworkSource::loaded(m_scenario.network);
        QCOMPARE(wallet->connectProvider(QStringLiteral("X"), net).error().error, ActionError::Locked);
        QCOMPARE(wallet->sync({}, net).error().error, ActionError::Locked);
        QCOMPARE(wallet->read().error().error, ActionError::Locked);
        QCOMPARE(wallet->records().error().error, ActionError::Locked);
        QCOMPARE(wallet->syncStatus().error().error, ActionError::Locked);
        QCOMPARE(wallet->addOwnEntries({observation(9)}, net).error().error, ActionError::Locked);
        QCOMPARE(wallet->providerCode(0).error().error, ActionError::Locked);
        QCOMPARE(wallet->recoveryPhrase(core::test::secret(kPassphrase)).error(), core::VaultError::Locked);
        // Unlocked again by passphrase, it reads what it holds.
        auto reopened = Wallet::open(dir.filePath(QStringLiteral("w")), core::test::secret(kPassphrase));
        QVERIFY(reopened);
        QCOMPARE(entryCount(**reopened), std::size_t(0));
        QCOMPARE(Wallet::open(dir.filePath(QStringLiteral("w")), core::test::secret(kPassphrase)).error(), core::VaultError::InUse);
    }

    void quickUnlockSyncsButNeverShowsThePhrase()
    {
        QTemporaryDir dir;
        const crypto::SecureBuffer words = Wallet::newRecoveryPhrase();
        const QString path = dir.filePath(QStringLiteral("w"));
        auto wallet = newWallet(path, std::string(words.asStringView()));
        QVERIFY(wallet);
        core::test::FakeKeyStore keyStore;
        QCOMPARE(wallet->enableQuickUnlock(core::test::secret("not the passphrase"), keyStore).error(),
                 core::VaultError::WrongPassphrase);
        QVERIFY(wallet->enableQuickUnlock(core::test::secret(kPassphrase), keyStore));
        wallet.reset(); // locks
        auto quick = Wallet::openWithKeyStore(path, keyStore);
        QVERIFY(quick);
        auto synced = (*quick)->sync(SyncScenario::quickOptions(), NetworkSource::loaded(m_scenario.network));
        QVERIFY2(synced, "a quick-unlocked wallet syncs");
        QVERIFY(synced->round.ok);
        QCOMPARE((*quick)->recoveryPhrase(core::test::secret("not the passphrase")).error(), core::VaultError::WrongPassphrase);
    }

    void networkFilesThatCannotBeUsed()
    {
        QTemporaryDir dir;
        const crypto::SecureBuffer words = Wallet::newRecoveryPhrase();
        auto wallet = newWallet(dir.filePath(QStringLiteral("w")), std::string(words.asStringView()));
        QVERIFY(wallet);

        const QString missing = dir.filePath(QStringLiteral("nowhere.json"));
        auto none = wallet->sync({}, NetworkSource::file(missing));
        QCOMPARE(none.error().error, ActionError::NetworkFile);
        QCOMPARE(none.error().network.error, core::ledger::NetworkFileError::NotFound);
        QCOMPARE(none.error().network.path, missing);

        const QString garbage = writeFile(dir, QStringLiteral("garbage.json"), "{\"chainId\": ");
        auto bad = wallet->connectProvider(QStringLiteral("X"), NetworkSource::file(garbage));
        QCOMPARE(bad.error().error, ActionError::NetworkFile);
        QCOMPARE(bad.error().network.error, core::ledger::NetworkFileError::Malformed);

        // A production file (no "devnet") with one node: refused by the policy, with its reason.
        core::ledger::NetworkConfig one = m_scenario.network;
        one.devnet = false;
        one.nodes = {QUrl(QStringLiteral("https://node.example.org"))};
        one.shareHost = {}; // the devnet's share host is plain http: only a devnet may name one
        const QString lone = writeFile(dir, QStringLiteral("lone.json"), one.toJson());
        auto refused = wallet->addOwnEntries({observation(1)}, NetworkSource::file(lone));
        QCOMPARE(refused.error().error, ActionError::NetworkFile);
        QCOMPARE(refused.error().network.error, core::ledger::NetworkFileError::Refused);
        QCOMPARE(refused.error().network.refusal.kind, core::ledger::NetworkRefusal::TooFewNodes);
        QCOMPARE(refused.error().network.refusal.have, 1);

        auto records = wallet->records();
        QVERIFY(records);
        QVERIFY2(records->empty(), "nothing reserved");
        QCOMPARE(entryCount(*wallet), std::size_t(0));
    }

    void aNetworkThatChargesForGasSendsNothing()
    {
        QTemporaryDir dir;
        const crypto::SecureBuffer words = Wallet::newRecoveryPhrase();
        auto wallet = newWallet(dir.filePath(QStringLiteral("w")), std::string(words.asStringView()));
        QVERIFY(wallet);
        core::ledger::NetworkConfig market = m_scenario.network;
        market.gas = core::ledger::GasPricing::Market;
        const NetworkSource net = NetworkSource::loaded(market);
        QCOMPARE(wallet->addOwnEntries({observation(1)}, net).error().error, ActionError::GasNotFree);
        auto connect = wallet->connectProvider(QStringLiteral("X"), net);
        QCOMPARE(connect.error().error, ActionError::NotReserved);
        QCOMPARE(connect.error().reserve.error, core::sync::ReserveError::GasNotFree);
        QVERIFY(wallet->records()->empty());
    }

    void importFilesThatAreRefusedUnsent()
    {
        QTemporaryDir dir;
        const crypto::SecureBuffer words = Wallet::newRecoveryPhrase();
        auto wallet = newWallet(dir.filePath(QStringLiteral("w")), std::string(words.asStringView()));
        QVERIFY(wallet);
        const NetworkSource net = NetworkSource::loaded(m_scenario.network);
        QCOMPARE(wallet->importFile(dir.filePath(QStringLiteral("absent.json")), net).error().error, ActionError::FileUnreadable);
        auto notFhir = wallet->importFile(writeFile(dir, QStringLiteral("a.json"), R"({"hello":"world"})"), net);
        QCOMPARE(notFhir.error().error, ActionError::NotFhir);
        QCOMPARE(notFhir.error().fhir, core::fhir::FhirError::NoResourceType);
        QByteArray huge(static_cast<qsizetype>(core::service::kMaxImportBytes + 1), ' ');
        QCOMPARE(wallet->importFile(writeFile(dir, QStringLiteral("huge.json"), huge), net).error().error, ActionError::FileTooLarge);
        QCOMPARE(wallet->addOwnEntries({}, net).error().error, ActionError::NoEntries);
        QVERIFY2(wallet->records()->empty(), "no self record reserved for a refused file");
    }

private:
    SyncScenario m_scenario;
};

QTEST_GUILESS_MAIN(TestServiceWallet)
#include "tst_service_wallet.moc"
