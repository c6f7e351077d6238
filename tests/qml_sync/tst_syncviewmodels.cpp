// SPDX-License-Identifier: GPL-3.0-or-later
// The sync screens' view models over a real vault and the ctest devnet fixture (CARNET_HOME points at
// its network file): connecting a provider gives a code decodeConnectCode accepts and whose QR image
// ZXing reads back (its record number reserved on the chain first; without a network, no code and why);
// an own measurement is published from P_n (funded on the devnet), and a sync run
// by SyncViewModel verifies and stores it as patient-reported, reports the node, and says so with
// RecordEvents::recordChanged().
#define ZX_USE_UTF8
#include "synctestutil.h"

#include "core/record/connectcode.h"
#include "core/sync/walletrecords.h"
#include "qml/sync/addmeasurementviewmodel.h"
#include "qml/sync/connectviewmodel.h"
#include "qml/sync/qrcodeitem.h"
#include "qml/sync/recordevents.h"
#include "qml/sync/syncviewmodel.h"

#include <ZXing/ReadBarcode.h>

#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QUrl>

using namespace carnet;
using namespace carnet::qml;

namespace {

/** Every entry of the vault, read on the worker. */
std::vector<core::sync::StoredEntry> storedEntries(WalletSession &session)
{
    std::vector<core::sync::StoredEntry> out;
    bool done = false;
    QObject receiver;
    session.withWallet<std::vector<core::sync::StoredEntry>>(
        &receiver,
        [](core::service::Wallet *wallet, quint64) {
            std::vector<core::sync::StoredEntry> entries;
            if (wallet) {
                if (auto view = wallet->read())
                    entries = std::move(view->entries);
            }
            return entries;
        },
        [&](std::vector<core::sync::StoredEntry> &entries) {
            out = std::move(entries);
            done = true;
        });
    if (!QTest::qWaitFor([&] { return done; }, 30000))
        return {};
    return out;
}

} // namespace

class TestSyncViewModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(core::ledger::NetworkConfig::defaultPath()), "needs the devnet fixture");
        QVERIFY(m_wallet.start());
    }

    void connectGivesACodeAndItsQr()
    {
        ConnectViewModel vm(m_wallet.session.get());
        QSignalSpy codes(&vm, &ConnectViewModel::codeChanged);
        QSignalSpy changed(RecordEvents::instance(), &RecordEvents::recordChanged);
        vm.connectProvider(QStringLiteral("   "));
        QVERIFY(!vm.errorText().isEmpty());
        QVERIFY(vm.code().isEmpty());

        vm.connectProvider(QStringLiteral("  Dr Martin  "));
        QVERIFY(vm.busy()); // reserving the record number on the chain, then confirming it with the nodes
        QVERIFY(codes.wait(30000));
        QVERIFY(!vm.busy());
        QVERIFY(vm.errorText().isEmpty());
        QCOMPARE(vm.codeLabel(), QStringLiteral("Dr Martin"));
        auto decoded = core::record::decodeConnectCode(vm.code());
        QVERIFY(decoded.ok());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(vm.providers().size(), 1);
        const QVariantMap provider = vm.providers().at(0).toMap();
        QCOMPARE(provider.value(QStringLiteral("label")).toString(), QStringLiteral("Dr Martin"));
        QCOMPARE(provider.value(QStringLiteral("entries")).toInt(), 0);

        // The QR code the page shows decodes back to the same text (ZXing's own reader).
        const QImage image = qrCodeImage(vm.code(), 3).convertToFormat(QImage::Format_Grayscale8);
        const ZXing::Result read = ZXing::ReadBarcode(
            {image.bits(), image.width(), image.height(), ZXing::ImageFormat::Lum, static_cast<int>(image.bytesPerLine())});
        QVERIFY(read.isValid());
        QCOMPARE(QString::fromStdString(read.text()), vm.code());

        // Shown again later: the same code.
        const QString first = vm.code();
        vm.clearCode();
        QVERIFY(vm.code().isEmpty());
        vm.showCode(provider.value(QStringLiteral("index")).toInt());
        QVERIFY(codes.wait(30000) || vm.code() == first);
        QCOMPARE(vm.code(), first);

        // A second provider gets another record.
        vm.connectProvider(QStringLiteral("Lab Nord"));
        QTRY_COMPARE_WITH_TIMEOUT(vm.providers().size(), 2, 30000);
        QVERIFY(vm.code() != first);
    }

    // No code without a network to reserve its record number on: the reason in words, nothing stored.
    void connectWithoutANetworkGivesNoCode()
    {
        const QByteArray home = qgetenv("CARNET_HOME");
        QTemporaryDir elsewhere;
        ConnectViewModel vm(m_wallet.session.get());
        QTRY_VERIFY_WITH_TIMEOUT(!vm.providers().isEmpty(), 30000); // the records of connectGivesACodeAndItsQr
        const qsizetype before = vm.providers().size();
        qputenv("CARNET_HOME", elsewhere.path().toUtf8()); // no network.json there
        vm.connectProvider(QStringLiteral("Cabinet Sud"));
        QTRY_VERIFY_WITH_TIMEOUT(!vm.busy(), 30000);
        qputenv("CARNET_HOME", home);
        QVERIFY(vm.errorText().contains(QStringLiteral("No network is set up")));
        QVERIFY(vm.code().isEmpty());
        QCOMPARE(vm.providers().size(), before);

        // The failures the core reports, in words (and the numbers they carry).
        core::sync::ReserveFailure f;
        f.error = core::sync::ReserveError::Unverified;
        f.nodes = 3;
        f.answered = 3;
        f.confirmed = 1;
        QCOMPARE(ConnectViewModel::notReservedWords(f),
                 QStringLiteral("The network's nodes did not confirm that the new record number is yours (1 of 3 did, 2 are "
                                "needed), so no code was made. Try again later."));
        f.error = core::sync::ReserveError::Unreachable;
        f.answered = 1;
        QVERIFY(ConnectViewModel::notReservedWords(f).contains(QStringLiteral("(1 of 3)")));
        for (auto e : {core::sync::ReserveError::NoNetwork, core::sync::ReserveError::GasNotFree, core::sync::ReserveError::SendFailed,
                       core::sync::ReserveError::TooManyInUse, core::sync::ReserveError::NoIndexLeft, core::sync::ReserveError::Store}) {
            f.error = e;
            QVERIFY(!ConnectViewModel::notReservedWords(f).isEmpty());
        }
    }

    void measurementIsPublishedAndSyncedAsPatientReported()
    {
        SyncViewModel sync(m_wallet.session.get());
        // The automatic round at start (unlocked): wait for it to end first.
        QTRY_VERIFY_WITH_TIMEOUT(sync.state() != SyncViewModel::Idle && sync.state() != SyncViewModel::Syncing, 60000);
        QCOMPARE(sync.state(), SyncViewModel::Done);

        AddMeasurementViewModel add(m_wallet.session.get());
        QSignalSpy changed(RecordEvents::instance(), &RecordEvents::recordChanged);
        QSignalSpy finished(&sync, &SyncViewModel::finished);
        QLocale::setDefault(QLocale(QLocale::French, QLocale::France));
        add.submit(QStringLiteral("weight"), {QStringLiteral("71,50")}, add.nowText(), QStringLiteral("le matin"));
        QTRY_VERIFY_WITH_TIMEOUT(add.published() || !add.errorText().isEmpty(), 60000);
        QLocale::setDefault(QLocale::c());
        QVERIFY2(add.published(), qPrintable(add.errorText()));

        // publishing asks for a sync (RecordEvents::syncRequested), which stores the entry.
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 && sync.state() != SyncViewModel::Syncing, 60000);
        QCOMPARE(sync.state(), SyncViewModel::Done);
        QCOMPARE(sync.lastNewEntries(), 1);
        QVERIFY(changed.count() >= 1);
        QVERIFY(sync.lastVerifiedAt().isValid());
        QVERIFY(sync.lastVerifiedText().contains(QStringLiteral("just now")));
        QVERIFY(!sync.nodes().isEmpty());
        for (const QVariant &node : sync.nodes()) {
            const QVariantMap n = node.toMap();
            QCOMPARE(n.value(QStringLiteral("verdict")).toString(), QStringLiteral("healthy"));
            QCOMPARE(n.value(QStringLiteral("verdictText")).toString(), SyncViewModel::verdictWords(core::sync::NodeVerdict::Healthy));
            QVERIFY(n.value(QStringLiteral("head")).toString().toULongLong() > 0);
        }

        const auto entries = storedEntries(*m_wallet.session);
        QCOMPARE(entries.size(), std::size_t(1));
        const core::sync::StoredEntry &e = entries.front();
        QVERIFY(e.patientReported);
        QCOMPARE(e.state, core::sync::EntryState::Verified);
        QCOMPARE(e.resourceType, QStringLiteral("Observation"));
        QVERIFY2(e.content.contains("\"value\":71.50,"), "the decimals typed in French, kept");
        const QJsonObject o = QJsonDocument::fromJson(e.content).object();
        QCOMPARE(o.value(QStringLiteral("note")).toArray().at(0).toObject().value(QStringLiteral("text")).toString(),
                 QStringLiteral("le matin"));

        // Nothing new: the next round stores nothing and says it is up to date.
        const int before = static_cast<int>(finished.count());
        sync.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() > before, 60000);
        QCOMPARE(sync.state(), SyncViewModel::Done);
        QCOMPARE(sync.lastNewEntries(), 0);
        QCOMPARE(storedEntries(*m_wallet.session).size(), std::size_t(1));
    }

    void importedBundleIsPublishedAndSynced()
    {
        SyncViewModel sync(m_wallet.session.get());
        QTRY_VERIFY_WITH_TIMEOUT(sync.state() == SyncViewModel::Done || sync.state() == SyncViewModel::Failed, 60000);
        const std::size_t before = storedEntries(*m_wallet.session).size();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("bundle.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        const QByteArray a = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"text\":\"Steps\"},"
                             "\"valueQuantity\":{\"value\":8042}}";
        const QByteArray b = "{\"resourceType\":\"Condition\",\"code\":{\"text\":\"Hay fever\"}}";
        file.write("{\"resourceType\":\"Bundle\",\"type\":\"collection\",\"entry\":[{\"resource\":" + a
                   + "},{\"resource\":" + b + "}]}");
        file.close();

        AddMeasurementViewModel add(m_wallet.session.get());
        QSignalSpy finished(&sync, &SyncViewModel::finished);
        add.importFile(QUrl::fromLocalFile(path));
        QTRY_VERIFY_WITH_TIMEOUT(add.published() || !add.errorText().isEmpty(), 60000);
        QVERIFY2(add.published(), qPrintable(add.errorText()));
        QCOMPARE(add.importedCount(), 2);
        QTRY_VERIFY_WITH_TIMEOUT(finished.count() >= 1 && sync.state() != SyncViewModel::Syncing, 60000);
        QCOMPARE(sync.lastNewEntries(), 2);
        const auto entries = storedEntries(*m_wallet.session);
        QCOMPARE(entries.size(), before + 2);
        QList<QByteArray> contents;
        for (const auto &e : entries) {
            QVERIFY(e.patientReported);
            contents.append(e.content);
        }
        QVERIFY(contents.contains(a)); // exactly the bytes of the file
        QVERIFY(contents.contains(b));

        // Not FHIR: refused before anything is sent.
        QFile bad(dir.filePath(QStringLiteral("bad.json")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("[1, 2, 3]");
        bad.close();
        add.importFile(QUrl::fromLocalFile(bad.fileName()));
        QTRY_VERIFY_WITH_TIMEOUT(!add.busy(), 30000);
        QVERIFY(add.errorText().contains(QStringLiteral("not a FHIR")));
    }

    void invalidMeasurementIsNotSent()
    {
        AddMeasurementViewModel add(m_wallet.session.get());
        add.submit(QStringLiteral("heart-rate"), {QStringLiteral("600")}, add.nowText(), {});
        QVERIFY(!add.busy());
        QCOMPARE(add.errorField(), 0);
        QVERIFY(add.errorText().contains(QStringLiteral("between 25 and 250")));
    }

    void lockStopsTheRound()
    {
        SyncViewModel sync(m_wallet.session.get());
        m_wallet.session->lockNow();
        QTRY_COMPARE_WITH_TIMEOUT(sync.state(), SyncViewModel::Idle, 30000);
        QVERIFY(sync.nodes().isEmpty());
    }

private:
    test::UnlockedSession m_wallet;
};

QTEST_MAIN(TestSyncViewModels)
#include "tst_syncviewmodels.moc"
