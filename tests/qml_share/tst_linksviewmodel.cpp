// SPDX-License-Identifier: GPL-3.0-or-later
// The Share tab's SMART Health Links (docs/UI.md, "Links") over a real vault and a real share host
// (carnet-share-host on a fresh SQLite file, named as shareHost in the test's network file):
//  - LinksViewModel: the choices are checked with words before the passphrase is asked (no category,
//    a short passcode, kept up to date without a passcode, a label over 80 characters); a part of an
//    empty record is refused with the wallet's words; a wrong passphrase makes nothing; a summary
//    link with a passcode is made after the passphrase: its QR (read back by ZXing) is the viewer
//    address, its payload names the host, a 43-character key and flag P; a doctor's wrong passcode
//    and their opening (POST of the manifest, as any SMART Health Links client does) appear in the
//    list (accesses, last access) and in the access log with the name they typed; close() forgets
//    the text; show again needs the passphrase and gives the same link; revoke needs it too, then
//    the host answers 404 and the row says Revoked; with the host stopped, rows say the host is
//    unreachable; a lock forgets the list.
//  - EmergencyNoticesViewModel: an emergency card (no passcode, its label with the name) opened by
//    an emergency room is noticed with the reader's name; dismissing marks it seen (a new check
//    finds nothing); with the host stopped the notice says it could not check.
#include "../qml_sync/synctestutil.h"

#include "qml/qr/qrimage.h"
#include "qml/qr/qrread.h"
#include "qml/share/emergencynotices.h"
#include "qml/share/linksviewmodel.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace carnet;
using namespace carnet::qml;

namespace {

const QString kPassphrase = QStringLiteral("sync test passphrase, long enough");

/** A deep copy: the view models wipe the characters of the strings they are given. */
QString copyOf(const QString &text)
{
    return QString(text.constData(), text.size());
}

/** The link payload (JSON) inside a viewer address "<host>/view/#shlink:/<base64url>". */
QJsonObject payloadOf(const QString &viewerUrl)
{
    const qsizetype at = viewerUrl.indexOf(QStringLiteral("#shlink:/"));
    if (at < 0)
        return {};
    const QByteArray b64 = viewerUrl.mid(at + 9).toLatin1();
    const auto bytes = QByteArray::fromBase64Encoding(b64, QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return bytes ? QJsonDocument::fromJson(*bytes).object() : QJsonObject();
}

/** POSTs a manifest request as a SMART Health Links client does; the HTTP status (0: no answer). */
int fetchManifest(const QString &url, const QString &recipient, const QString &passcode = {})
{
    QNetworkAccessManager net;
    QNetworkRequest request{QUrl(url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QJsonObject body{{QStringLiteral("recipient"), recipient}};
    if (!passcode.isEmpty())
        body.insert(QStringLiteral("passcode"), passcode);
    QNetworkReply *reply = net.post(request, QJsonDocument(body).toJson(QJsonDocument::Compact));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    reply->deleteLater();
    return status;
}

QVariantMap rowOf(const LinksViewModel &vm, const QString &id)
{
    return vm.linkById(id);
}

} // namespace

class TestLinksViewModel : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QProcess m_host;
    int m_port = 0;
    carnet::qml::test::UnlockedSession m_patient;
    QString m_summaryId;
    QString m_summaryText;
    QString m_emergencyId;

    bool reload(LinksViewModel &vm)
    {
        const int before = vm.loadCount();
        vm.reload();
        return QTest::qWaitFor([&] { return vm.loadCount() > before; }, 60000);
    }

    /** Makes the link the choices describe; the shown text ("" when refused). */
    QString make(LinksViewModel &vm, const QString &passphrase = kPassphrase)
    {
        QSignalSpy auth(&vm, &LinksViewModel::authRequired);
        vm.requestCreate();
        if (auth.count() != 1)
            return {};
        vm.create(copyOf(passphrase));
        if (!QTest::qWaitFor([&] { return !vm.busy(); }, 60000) || vm.stage() != LinksViewModel::Shown)
            return {};
        return copyOf(vm.linkText());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        {
            QTcpServer probe; // a free port for the host, named in its public URL
            QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
            m_port = probe.serverPort();
        }
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(m_port);
        const QString binary = qEnvironmentVariable("CARNET_SHARE_HOST", QStringLiteral(CARNET_SHARE_HOST));
        m_host.setProgram(binary);
        m_host.setArguments({QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--public-url"),
                             base, QStringLiteral("--db"), QStringLiteral("sqlite:") + m_home.filePath(QStringLiteral("host.sqlite")),
                             QStringLiteral("--rate-per-address"), QStringLiteral("0")});
        m_host.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_host.start();
        QVERIFY(m_host.waitForStarted());
        QVERIFY(m_host.waitForReadyRead(20000)); // the host prints its port once it listens
        // A devnet network file naming the host (no node is asked by a link call).
        QFile network(m_home.filePath(QStringLiteral("network.json")));
        QVERIFY(network.open(QIODevice::WriteOnly));
        network.write(QJsonDocument(QJsonObject{
            {QStringLiteral("format"), QStringLiteral("carnet-network")}, {QStringLiteral("version"), 1},
            {QStringLiteral("name"), QStringLiteral("devnet")}, {QStringLiteral("chainId"), 31337},
            {QStringLiteral("devnet"), true}, {QStringLiteral("gas"), QStringLiteral("free")},
            {QStringLiteral("nodes"), QJsonArray{QStringLiteral("http://127.0.0.1:9")}},
            {QStringLiteral("contracts"),
             QJsonObject{{QStringLiteral("AccessGrants"), QStringLiteral("0xCa17e8637c06A2FDd6E5Be107BF69DB6f669dB93")},
                         {QStringLiteral("CarnetRegistry"), QStringLiteral("0x6d4Ed3514a90A998b797f266A836dBb538F1E858")},
                         {QStringLiteral("RecordLog"), QStringLiteral("0x0dd7ad9fE267105ee7C179a989871891726E9D38")},
                         {QStringLiteral("ResearchMarket"), QStringLiteral("0x3ECc11C5423f51D9DF4e349Dc1286265EF08c01b")}}},
            {QStringLiteral("shareHost"), base}}).toJson());
        network.close();
        qputenv("CARNET_HOME", m_home.path().toLocal8Bit());
        QVERIFY(m_patient.start());
    }

    void cleanupTestCase()
    {
        if (m_host.state() != QProcess::NotRunning) {
            m_host.kill();
            m_host.waitForFinished();
        }
    }

    void emptyListAndChoices()
    {
        LinksViewModel vm(m_patient.session.get());
        QVERIFY(reload(vm));
        QVERIFY2(vm.errorText().isEmpty(), qPrintable(vm.errorText()));
        QCOMPARE(vm.links().size(), 0);
        QCOMPARE(vm.validityHours(), 24);
        QCOMPARE(vm.validityDays(), 365);

        QSignalSpy auth(&vm, &LinksViewModel::authRequired);
        vm.requestCreate(); // a part of the record with no category
        QVERIFY(vm.actionErrorText().contains(QStringLiteral("category")));
        vm.setCategories({QStringLiteral("lab")});
        vm.setPasscode(copyOf(QStringLiteral("abc")));
        QVERIFY(vm.validate().contains(QStringLiteral("4 to 64")));
        vm.setPasscode(QString());
        vm.setLongTerm(true);
        QVERIFY(vm.validate().contains(QStringLiteral("passcode")));
        vm.setLongTerm(false);
        vm.setLabel(QString(81, QLatin1Char('x')));
        QVERIFY(vm.validate().contains(QStringLiteral("80")));
        vm.setLabel(QStringLiteral("Lab results"));
        QCOMPARE(vm.validate(), QString());
        QCOMPARE(auth.count(), 0); // nothing was asked for a refused choice

        // The record is empty: the wallet refuses with its words, after the passphrase.
        QVERIFY(make(vm).isEmpty());
        QVERIFY2(vm.actionErrorText().contains(QStringLiteral("No verified entry")), qPrintable(vm.actionErrorText()));
        QVERIFY(reload(vm));
        QCOMPARE(vm.links().size(), 0);
    }

    void summaryLinkWithPasscode()
    {
        LinksViewModel vm(m_patient.session.get());
        vm.setKind(LinksViewModel::Summary);
        vm.setPasscode(copyOf(QStringLiteral("4821")));
        vm.setLabel(QStringLiteral("For Dr House"));
        vm.setValidityHours(72);

        QVERIFY(make(vm, QStringLiteral("not the passphrase at all")).isEmpty());
        QVERIFY(!vm.actionErrorText().isEmpty());
        QVERIFY(reload(vm));
        QCOMPARE(vm.links().size(), 0); // a wrong passphrase made nothing

        const QString text = make(vm);
        QVERIFY2(!text.isEmpty(), qPrintable(vm.actionErrorText()));
        QVERIFY(text.startsWith(QStringLiteral("http://127.0.0.1:%1/view/#shlink:/").arg(m_port)));
        QCOMPARE(qr::readQrCodes(qr::qrCodeImage(text, 4)), QStringList{text});
        const QJsonObject payload = payloadOf(text);
        QCOMPARE(payload.value(QStringLiteral("flag")).toString(), QStringLiteral("P"));
        QCOMPARE(payload.value(QStringLiteral("key")).toString().size(), 43);
        QCOMPARE(payload.value(QStringLiteral("label")).toString(), QStringLiteral("For Dr House"));
        const QString url = payload.value(QStringLiteral("url")).toString();
        QVERIFY(url.startsWith(QStringLiteral("http://127.0.0.1:%1/").arg(m_port)));
        QCOMPARE(vm.shownLink().value(QStringLiteral("kind")).toString(), QStringLiteral("summary"));
        QVERIFY(vm.shownLink().value(QStringLiteral("passcode")).toBool());
        QVERIFY(!vm.hasPasscode()); // the passcode is forgotten once the link is made
        m_summaryId = vm.shownLink().value(QStringLiteral("id")).toString();
        m_summaryText = text;

        // A doctor: a wrong passcode, then the right one.
        QCOMPARE(fetchManifest(url, QStringLiteral("Dr Wrong"), QStringLiteral("0000")), 401);
        QCOMPARE(fetchManifest(url, QStringLiteral("Dr Test"), QStringLiteral("4821")), 200);

        vm.close();
        QCOMPARE(vm.linkText(), QString());
        QCOMPARE(vm.stage(), LinksViewModel::Choosing);
        QVERIFY(reload(vm));
        QCOMPARE(vm.links().size(), 1);
        const QVariantMap row = rowOf(vm, m_summaryId);
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        QCOMPARE(row.value(QStringLiteral("label")).toString(), QStringLiteral("For Dr House"));
        QVERIFY(row.value(QStringLiteral("accesses")).toInt() >= 1);
        QVERIFY(!row.value(QStringLiteral("lastAccessText")).toString().isEmpty());
        QVERIFY(!row.value(QStringLiteral("statusText")).toString().isEmpty());

        vm.loadLog(m_summaryId);
        QVERIFY(QTest::qWaitFor([&] { return vm.logLoaded() && !vm.logLoading(); }, 30000));
        QVERIFY2(vm.logErrorText().isEmpty(), qPrintable(vm.logErrorText()));
        QStringList seen;
        for (const QVariant &a : vm.accessLog())
            seen << a.toMap().value(QStringLiteral("recipient")).toString() + QLatin1Char('/')
                        + a.toMap().value(QStringLiteral("what")).toString();
        QVERIFY2(seen.contains(QStringLiteral("Dr Test/manifest")), qPrintable(seen.join(u',')));
        QVERIFY2(seen.contains(QStringLiteral("Dr Wrong/wrongPasscode")), qPrintable(seen.join(u',')));
        QCOMPARE(seen.first(), QStringLiteral("Dr Test/manifest")); // newest first
    }

    void showAgainNeedsThePassphrase()
    {
        LinksViewModel vm(m_patient.session.get());
        QVERIFY(reload(vm));
        vm.showAgain(m_summaryId, copyOf(QStringLiteral("wrong passphrase here")));
        QVERIFY(QTest::qWaitFor([&] { return !vm.busy(); }, 30000));
        QVERIFY(!vm.actionErrorText().isEmpty());
        QCOMPARE(vm.linkText(), QString());
        vm.showAgain(m_summaryId, copyOf(kPassphrase));
        QVERIFY(QTest::qWaitFor([&] { return !vm.busy(); }, 30000));
        QCOMPARE(vm.stage(), LinksViewModel::Shown);
        QCOMPARE(vm.linkText(), m_summaryText);
        vm.close();
        QCOMPARE(vm.linkText(), QString());
    }

    void emergencyCardIsNoticed()
    {
        LinksViewModel vm(m_patient.session.get());
        vm.setKind(LinksViewModel::Emergency);
        vm.setLabel(QStringLiteral("Alex Martin"));
        const QString text = make(vm);
        QVERIFY2(!text.isEmpty(), qPrintable(vm.actionErrorText()));
        const QJsonObject payload = payloadOf(text);
        QVERIFY(!payload.value(QStringLiteral("flag")).toString().contains(QLatin1Char('P')));
        QCOMPARE(vm.shownLink().value(QStringLiteral("kind")).toString(), QStringLiteral("emergency"));
        QCOMPARE(vm.shownLink().value(QStringLiteral("label")).toString(), QStringLiteral("Emergency card: Alex Martin"));
        QVERIFY(!vm.shownDateText().isEmpty());
        m_emergencyId = vm.shownLink().value(QStringLiteral("id")).toString();
        const qint64 exp = payload.value(QStringLiteral("exp")).toInteger();
        const qint64 days = (exp - QDateTime::currentSecsSinceEpoch() + 3600) / 86400;
        QCOMPARE(days, 365);

        EmergencyNoticesViewModel notices(m_patient.session.get());
        notices.check();
        QVERIFY(QTest::qWaitFor([&] { return notices.checked() && !notices.busy(); }, 30000));
        QCOMPARE(notices.accessCount(), 0);

        QCOMPARE(fetchManifest(payload.value(QStringLiteral("url")).toString(), QStringLiteral("ER Lyon Sud")), 200);
        notices.check();
        QVERIFY(QTest::qWaitFor([&] { return !notices.busy() && notices.accessCount() > 0; }, 30000));
        QCOMPARE(notices.notices().size(), 1);
        const QVariantMap notice = notices.notices().first().toMap();
        QCOMPARE(notice.value(QStringLiteral("label")).toString(), QStringLiteral("Emergency card: Alex Martin"));
        QCOMPARE(notice.value(QStringLiteral("accesses")).toList().first().toMap().value(QStringLiteral("recipient")).toString(),
                 QStringLiteral("ER Lyon Sud"));
        notices.dismiss();
        QVERIFY(QTest::qWaitFor([&] { return !notices.busy() && notices.notices().isEmpty(); }, 30000));
        notices.check();
        QVERIFY(QTest::qWaitFor([&] { return !notices.busy(); }, 30000));
        QCOMPARE(notices.accessCount(), 0); // marked seen
    }

    void revokeNeedsThePassphrase()
    {
        LinksViewModel vm(m_patient.session.get());
        QVERIFY(reload(vm));
        QCOMPARE(vm.links().size(), 2);
        QCOMPARE(vm.links().first().toMap().value(QStringLiteral("id")).toString(), m_emergencyId); // newest first
        vm.revoke(m_summaryId, copyOf(QStringLiteral("wrong passphrase here")));
        QVERIFY(QTest::qWaitFor([&] { return vm.revoking().isEmpty(); }, 30000));
        QVERIFY(!vm.actionErrorText().isEmpty());
        QVERIFY(QTest::qWaitFor([&] { return !vm.loading(); }, 30000));
        QCOMPARE(rowOf(vm, m_summaryId).value(QStringLiteral("status")).toString(), QStringLiteral("active"));

        QSignalSpy revoked(&vm, &LinksViewModel::revoked);
        const int before = vm.loadCount();
        vm.revoke(m_summaryId, copyOf(kPassphrase));
        QVERIFY(QTest::qWaitFor([&] { return revoked.count() == 1 && vm.loadCount() > before && !vm.loading(); }, 30000));
        QCOMPARE(rowOf(vm, m_summaryId).value(QStringLiteral("status")).toString(), QStringLiteral("revoked"));
        QVERIFY(!rowOf(vm, m_summaryId).value(QStringLiteral("revocable")).toBool());
        QCOMPARE(fetchManifest(payloadOf(m_summaryText).value(QStringLiteral("url")).toString(), QStringLiteral("Dr Test"),
                               QStringLiteral("4821")),
                 404);
    }

    void hostDownAndLock()
    {
        m_host.kill();
        m_host.waitForFinished();
        LinksViewModel vm(m_patient.session.get());
        QVERIFY(reload(vm));
        QCOMPARE(vm.links().size(), 2);
        QCOMPARE(rowOf(vm, m_emergencyId).value(QStringLiteral("status")).toString(), QStringLiteral("unreachable"));
        QCOMPARE(rowOf(vm, m_summaryId).value(QStringLiteral("status")).toString(), QStringLiteral("revoked")); // as the vault knows

        EmergencyNoticesViewModel notices(m_patient.session.get());
        notices.check();
        QVERIFY(QTest::qWaitFor([&] { return notices.checked() && !notices.busy(); }, 60000));
        QVERIFY2(notices.errorText().contains(QStringLiteral("share host")), qPrintable(notices.errorText()));

        m_patient.session->lockNow();
        QVERIFY(QTest::qWaitFor([&] { return vm.links().isEmpty(); }, 10000));
        QVERIFY(notices.errorText().isEmpty());
    }
};

QTEST_MAIN(TestLinksViewModel)
#include "tst_linksviewmodel.moc"
