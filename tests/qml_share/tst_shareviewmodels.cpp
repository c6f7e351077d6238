// SPDX-License-Identifier: GPL-3.0-or-later
// The share screens' view models over real vaults on the fixture's devnet (docs/UI.md, "Share"): a
// patient's session with three labs synced from a licensed provider, and a clinician's session
// licensed by the devnet's authority with its encryption key in the registry.
//  - ShareViewModel: the scope's preview rows are exactly the entries Wallet::previewShare gives; the
//    share after the passphrase gives a code whose QR (qrCodeImage, read back by ZXing) is the code;
//    GrantsViewModel lists it active, then revoked after a revoke.
//  - ClinicianViewModel: the identity licensed with its registry name; a code opened pasted and from
//    a PNG of the patient's QR shows the entries; a malformed code is refused with words and nothing
//    happens; a passcode share asks for it (a wrong one refused); a note written back reaches the
//    patient's record; a refresh after the patient revokes drops the view with the revoked message;
//    close() leaves no entry in the model.
#include "../core/synctestutil.h"
#include "../qml_sync/synctestutil.h"

#include "core/service/provider.h"
#include "core/ledger/contracts/registry.h"
#include "core/share/clinicianid.h"
#include "qml/qr/qrimage.h"
#include "qml/qr/qrread.h"
#include "qml/share/clinicianviewmodel.h"
#include "qml/share/grantsviewmodel.h"
#include "qml/share/shareviewmodel.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace carnet;
using namespace carnet::qml;
using core::service::Wallet;

namespace {

const QString kPassphrase = QStringLiteral("sync test passphrase, long enough");

QByteArray lab(int n)
{
    return QStringLiteral(R"({"resourceType":"Observation","id":"lab-%1","status":"final","category":[{"coding":[{"system":)"
                          R"("http://terminology.hl7.org/CodeSystem/observation-category","code":"laboratory"}]}],)"
                          R"("code":{"coding":[{"system":"http://loinc.org","code":"2345-7","display":"Glucose"}]},)"
                          R"("effectiveDateTime":"2025-0%2-10T08:00:00Z","valueQuantity":{"value":%3,"unit":"mg/dL"}})")
        .arg(n)
        .arg(1 + n % 9)
        .arg(80 + n)
        .toUtf8();
}

/** Runs `work` on `session`'s vault thread and waits for its result. */
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

/** A deep copy: openText() wipes the characters of the text it is given, as the QML field's. */
QString copyOf(const QString &text)
{
    return QString(text.constData(), text.size());
}

/** "recordId:sequence" of each row of a timeline model, sorted. */
QStringList keysOf(const TimelineModel &model)
{
    QStringList keys;
    for (int i = 0; i < model.rowCount(); ++i) {
        const QModelIndex at = model.index(i, 0);
        keys << model.data(at, TimelineModel::RecordIdRole).toString() + QLatin1Char(':')
                    + QString::number(model.data(at, TimelineModel::SequenceRole).toLongLong());
    }
    keys.sort();
    return keys;
}

} // namespace

class TestShareViewModels : public QObject
{
    Q_OBJECT

    carnet::test::SyncScenario m_chain; ///< the devnet's client and authority (its own vault is unused)
    carnet::qml::test::UnlockedSession m_patient;
    carnet::qml::test::UnlockedSession m_doctor;
    QTemporaryDir m_files;

    /** A share made through ShareViewModel: categories "lab", the recipient and passcode given. */
    QString share(const std::function<void(ShareViewModel &)> &choose = {})
    {
        ShareViewModel vm(m_patient.session.get());
        vm.setCategories({QStringLiteral("lab")});
        if (choose)
            choose(vm);
        vm.makePreview();
        if (!QTest::qWaitFor([&] { return vm.stage() == ShareViewModel::Previewing || !vm.errorText().isEmpty(); }, 60000)
            || vm.stage() != ShareViewModel::Previewing)
            return {};
        vm.requestShare();
        vm.authProceed(kPassphrase);
        if (!QTest::qWaitFor([&] { return vm.stage() == ShareViewModel::Shared || (!vm.busy() && !vm.errorText().isEmpty()); }, 120000))
            return {};
        // A deep copy: the view model wipes its code's characters in place when it goes.
        const QString code = vm.shareCode();
        return QString(code.constData(), code.size());
    }

    bool openAndWait(ClinicianViewModel &vm)
    {
        if (!QTest::qWaitFor([&] { return !vm.busy(); }, 120000))
            return false;
        if (vm.stage() != ClinicianViewModel::Open)
            qWarning("not open: %s", qPrintable(vm.errorText()));
        return vm.stage() == ClinicianViewModel::Open;
    }

    bool revokeLast()
    {
        GrantsViewModel grants(m_patient.session.get());
        grants.reload();
        if (!QTest::qWaitFor([&] { return grants.loaded() && !grants.loading(); }, 60000) || grants.grants().isEmpty())
            return false;
        int index = -1; // the last made (grants made in the same second list in either order)
        for (const QVariant &g : grants.grants())
            index = std::max(index, g.toMap().value(QStringLiteral("index")).toInt());
        QSignalSpy revoked(&grants, &GrantsViewModel::revoked);
        grants.revoke(index, kPassphrase);
        if (!QTest::qWaitFor([&] { return grants.revoking() == -1; }, 120000) || revoked.count() != 1) {
            qWarning("not revoked: %s", qPrintable(grants.revokeErrorText()));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_chain.setUp(&why), qPrintable(why));
        QVERIFY(m_patient.start());
        QVERIFY(m_doctor.start());
        // The patient: a provider's record with three labs, synced.
        const auto provider = m_chain.licensedProvider(QStringLiteral("Labo Nord"));
        QVERIFY(provider);
        const auto synced = onVault<bool>(*m_patient.session, [&](Wallet *w) {
            auto connected = w->connectProvider(QStringLiteral("Labo Nord"));
            if (!connected)
                return false;
            auto code = core::record::decodeConnectCode(connected->code);
            if (!code || !core::service::publishForPatient(*code, *provider, {lab(1), lab(2), lab(3)}))
                return false;
            auto round = w->sync(carnet::test::SyncScenario::quickOptions());
            return round && round->round.ok && round->round.newEntries == 3;
        });
        QVERIFY(synced && *synced);
        // The clinician: licensed as "Dr. Grant" with its encryption key in the registry.
        const auto identity = onVault<QString>(*m_doctor.session, [](Wallet *w) {
            auto id = w->clinicianIdentity(false);
            return id ? id->code : QString();
        });
        QVERIFY(identity && !identity->isEmpty());
        const auto decoded = core::share::decodeClinicianCode(*identity);
        QVERIFY(decoded);
        core::ledger::Registry registry(*m_chain.client, m_chain.registry);
        QVERIFY(registry.registerAccount(*m_chain.authority, decoded->account, core::ledger::Role::Clinician, QStringLiteral("Dr. Grant")));
        QVERIFY(registry.setEncryptionKey(*m_chain.authority, decoded->account, decoded->encryptionKey.compressed()));
    }

    void shareFlowPreviewIsTheGrantAndTheQrIsTheCode()
    {
        ShareViewModel vm(m_patient.session.get());
        vm.setCategories({QStringLiteral("lab")});
        vm.makePreview();
        QVERIFY(QTest::qWaitFor([&] { return vm.stage() == ShareViewModel::Previewing; }, 60000));
        QCOMPARE(vm.preview()->entryCount(), 3);
        QVERIFY(vm.preview()->preview());
        // The preview's rows are exactly the entries of the service's GrantView for that scope.
        const auto direct = onVault<QStringList>(*m_patient.session, [](Wallet *w) {
            core::service::ShareRequest r;
            r.scope.categories = core::share::categoryBit(core::fhir::EntryCategory::Lab);
            auto view = w->previewShare(r);
            QStringList keys;
            for (const auto &e : view ? view->entries : std::vector<core::sync::StoredEntry>{})
                keys << QString::fromStdString(crypto::toHex(crypto::ByteView(e.recordId.data(), e.recordId.size())))
                            + QLatin1Char(':') + QString::number(e.sequence);
            keys.sort();
            return keys;
        });
        QVERIFY(direct);
        QCOMPARE(direct->size(), 3);
        QCOMPARE(keysOf(*vm.preview()->entries()), *direct);

        QSignalSpy auth(&vm, &ShareViewModel::authRequired);
        vm.requestShare();
        QCOMPARE(auth.count(), 1);
        vm.authProceed(QStringLiteral("not the passphrase"));
        QVERIFY(QTest::qWaitFor([&] { return !vm.busy() && !vm.errorText().isEmpty(); }, 60000));
        QCOMPARE(vm.stage(), ShareViewModel::Previewing);
        vm.authProceed(kPassphrase);
        QVERIFY(QTest::qWaitFor([&] { return vm.stage() == ShareViewModel::Shared; }, 120000));
        const QString code = vm.shareCode();
        QVERIFY(code.startsWith(QLatin1String("carnet-share:v1:")));
        const QStringList read = qr::readQrCodes(qr::qrCodeImage(code, 4));
        QCOMPARE(read, QStringList{code});

        GrantsViewModel grants(m_patient.session.get());
        grants.reload();
        QVERIFY(QTest::qWaitFor([&] { return grants.loaded() && !grants.loading(); }, 60000));
        QCOMPARE(grants.grants().size(), 1);
        QVariantMap row = grants.grants().front().toMap();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(row.value(QStringLiteral("entryCount")).toInt(), 3);
        QSignalSpy revoked(&grants, &GrantsViewModel::revoked);
        grants.revoke(row.value(QStringLiteral("index")).toInt(), kPassphrase);
        QVERIFY(QTest::qWaitFor([&] { return revoked.count() == 1; }, 120000));
        QVERIFY(QTest::qWaitFor([&] { return !grants.loading() && grants.revoking() == -1; }, 60000));
        grants.reload();
        QVERIFY(QTest::qWaitFor([&] { return !grants.loading(); }, 60000));
        row = grants.grants().front().toMap();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));

        vm.close();
        QVERIFY(vm.shareCode().isEmpty());
        QCOMPARE(vm.preview()->entryCount(), 0);
    }

    void clinicianIdentityIsLicensed()
    {
        ClinicianViewModel vm(m_doctor.session.get());
        vm.loadIdentity();
        QVERIFY(QTest::qWaitFor([&] { return vm.identityLoaded() && !vm.identityBusy(); }, 60000));
        QVERIFY(vm.identityCode().startsWith(QLatin1String("carnet-clinician:v1:")));
        QCOMPARE(vm.licence(), ClinicianViewModel::Licensed);
        QCOMPARE(vm.registryName(), QStringLiteral("Dr. Grant"));
        QVERIFY(vm.licenceText().contains(QLatin1String("Dr. Grant")));
        QVERIFY(vm.registerCommand().contains(vm.identityCode()));
    }

    void malformedCodeIsRefused()
    {
        ClinicianViewModel vm(m_doctor.session.get());
        QSignalSpy opened(&vm, &ClinicianViewModel::opened);
        vm.openText(QStringLiteral("carnet-clinician:v1:not-a-share"));
        QCOMPARE(vm.stage(), ClinicianViewModel::Closed);
        QVERIFY(!vm.busy());
        QVERIFY(vm.errorText().contains(QLatin1String("not a Carnet share code")));
        vm.openText(QStringLiteral("carnet-share:v1:AAAA"));
        QVERIFY(vm.errorText().contains(QLatin1String("mistyped or damaged")));
        QCOMPARE(vm.stage(), ClinicianViewModel::Closed);
        QTest::qWait(200);
        QCOMPARE(opened.count(), 0);
        QVERIFY(!vm.grant()->valid());
    }

    void openPastedAndFromAnImageThenRevokedDropsTheView()
    {
        const QString code = share();
        QVERIFY(!code.isEmpty());
        ClinicianViewModel vm(m_doctor.session.get());
        QString pasted = copyOf(code);
        vm.openText(pasted);
        QVERIFY(pasted.isEmpty() || pasted != code); // wiped in place
        QVERIFY(openAndWait(vm));
        QCOMPARE(vm.grant()->entryCount(), 3);
        QCOMPARE(vm.grant()->entries()->rowCount(), 3);
        QVERIFY(vm.grant()->receiptLeft());
        QVERIFY(!vm.grant()->checkedText().isEmpty());
        QVERIFY(!vm.canAddNote());
        const QModelIndex first = vm.grant()->entries()->index(0, 0);
        QCOMPARE(vm.grant()->entries()->data(first, TimelineModel::ProviderRole).toString(), QStringLiteral("Labo Nord"));
        QVERIFY(!vm.grant()->entries()->data(first, TimelineModel::RefusedRole).toBool());
        vm.close();
        QCOMPARE(vm.grant()->entries()->rowCount(), 0);

        // The patient's QR as a PNG file, opened as an image.
        const QString png = m_files.filePath(QStringLiteral("share.png"));
        QVERIFY(qr::writeQrPng(code, png));
        vm.openImage(QUrl::fromLocalFile(png));
        QVERIFY(openAndWait(vm));
        QCOMPARE(vm.grant()->entries()->rowCount(), 3);
        // An image without a QR code: words, and the open share stays as it is.
        QImage blank(200, 200, QImage::Format_RGB32);
        blank.fill(Qt::white);
        const QString blankPng = m_files.filePath(QStringLiteral("blank.png"));
        QVERIFY(blank.save(blankPng));

        // The patient revokes: the next refresh drops everything, with the words for it.
        QVERIFY(revokeLast());
        QSignalSpy dropped(&vm, &ClinicianViewModel::dropped);
        vm.refresh();
        QVERIFY(QTest::qWaitFor([&] { return dropped.count() == 1; }, 60000));
        QCOMPARE(vm.stage(), ClinicianViewModel::Closed);
        QVERIFY(vm.droppedText().contains(QLatin1String("revoked")));
        QCOMPARE(vm.grant()->entries()->rowCount(), 0);
        QCOMPARE(vm.grant()->entryCount(), 0);
        QVERIFY(!vm.grant()->valid());
        QVERIFY(vm.grant()->granteeName().isEmpty());

        vm.openImage(QUrl::fromLocalFile(blankPng));
        QVERIFY(vm.errorText().contains(QLatin1String("No QR code")));
        QCOMPARE(vm.stage(), ClinicianViewModel::Closed);
    }

    void passcodeIsAskedFor()
    {
        const QString code = share([](ShareViewModel &vm) { vm.setPasscode(QStringLiteral("4321 blue")); });
        QVERIFY(!code.isEmpty());
        ClinicianViewModel vm(m_doctor.session.get());
        vm.openText(copyOf(code));
        QCOMPARE(vm.stage(), ClinicianViewModel::NeedsPasscode);
        QVERIFY(!vm.busy());
        vm.submitPasscode(QStringLiteral("wrong one"));
        QVERIFY(QTest::qWaitFor([&] { return !vm.busy(); }, 120000));
        QCOMPARE(vm.stage(), ClinicianViewModel::NeedsPasscode);
        QVERIFY(vm.errorText().contains(QLatin1String("Wrong passcode")));
        vm.submitPasscode(QStringLiteral("4321 blue"));
        QVERIFY(openAndWait(vm));
        QCOMPARE(vm.grant()->entryCount(), 3);
        QVERIFY(vm.grant()->passcode());
        vm.close();
        QCOMPARE(vm.grant()->entries()->rowCount(), 0);
        QCOMPARE(vm.stage(), ClinicianViewModel::Closed);
    }

    void noteWrittenBackReachesThePatient()
    {
        const QString code = share([](ShareViewModel &vm) { vm.setAllowWriteBack(true); });
        QVERIFY(!code.isEmpty());
        ClinicianViewModel vm(m_doctor.session.get());
        vm.openText(code);
        QVERIFY(openAndWait(vm));
        QVERIFY(vm.canAddNote());
        QSignalSpy added(&vm, &ClinicianViewModel::noteAdded);
        vm.addNote(QStringLiteral("  "));
        QVERIFY(vm.noteFailed());
        vm.addNote(QStringLiteral("Glucose stable, see again in three months. Café au lait allowed."));
        QVERIFY(QTest::qWaitFor([&] { return added.count() == 1 || (vm.noteFailed() && !vm.noteBusy()); }, 120000));
        QVERIFY2(added.count() == 1, qPrintable(vm.noteStatus()));
        QVERIFY(!vm.noteFailed());
        vm.close();

        const auto notes = onVault<QStringList>(*m_patient.session, [](Wallet *w) {
            QStringList found;
            if (!w->sync(carnet::test::SyncScenario::quickOptions()))
                return found;
            auto all = w->read();
            for (const auto &e : all ? all->entries : std::vector<core::sync::StoredEntry>{})
                if (e.resourceType == QLatin1String("DocumentReference"))
                    found << e.authorName + QLatin1Char('|') + QString::fromUtf8(e.content);
            return found;
        });
        QVERIFY(notes);
        QCOMPARE(notes->size(), 1);
        QVERIFY(notes->front().startsWith(QLatin1String("Dr. Grant|")));
        QVERIFY(notes->front().contains(QLatin1String("11488-4")));
        QVERIFY(notes->front().contains(QString::fromLatin1(QStringLiteral("Glucose stable, see again in three months. Café au lait allowed.").toUtf8().toBase64())));
    }

    void lockDropsTheOpenShare()
    {
        const QString code = share();
        QVERIFY(!code.isEmpty());
        ClinicianViewModel vm(m_doctor.session.get());
        vm.openText(code);
        QVERIFY(openAndWait(vm));
        m_doctor.session->lockNow();
        QCOMPARE(vm.stage(), ClinicianViewModel::Closed);
        QCOMPARE(vm.grant()->entries()->rowCount(), 0);
        QVERIFY(vm.identityCode().isEmpty());
    }
};

QTEST_MAIN(TestShareViewModels)
#include "tst_shareviewmodels.moc"
