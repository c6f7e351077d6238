// SPDX-License-Identifier: GPL-3.0-or-later
// The wallet's SMART Health Links (docs/SHL.md, "The wallet's links") against the real carnet-share-host
// the fixture's devnet runs (its network file's shareHost): a passcode link whose manifest answers 401
// without the passcode and whose file decrypts to exactly the scope's entries; the list and the access
// log as the host keeps them; an emergency card read without passcode and shown once at unlock; a
// long-term link updated with a fresh IV under the same key; revoke (404 from then on, re-authenticated);
// a restored wallet finding its links without their keys; and every refusal as a code with nothing
// stored or sent.
#include "core/net/httpexchange.h"
#include "core/service/provider.h"
#include "core/service/wallet.h"
#include "core/shl/jwe.h"
#include "core/shl/shlink.h"
#include "tests/core/labfixture.h"
#include "tests/core/synctestutil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpServer>
#include <QtTest>

using namespace carnet;
using namespace carnet::test;
using core::service::ActionError;
using core::service::LinkKind;
using core::service::LinkProblem;
using core::service::LinkRequest;
using core::service::LinkStatus;
using core::service::NetworkSource;
using core::service::Wallet;
namespace share = carnet::core::share;
namespace shl = carnet::core::shl;
namespace net = carnet::core::net;

namespace {

const char *const kPassphrase = "correct horse battery";

QByteArray allergy()
{
    return R"({"resourceType":"AllergyIntolerance","id":"a1","clinicalStatus":{"coding":[{"system":"http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical","code":"active"}]},"code":{"text":"Penicillin"},"recordedDate":"2024-05-01"})";
}

struct Fetched
{
    int status = 0;
    QJsonObject body;
    QByteArray retryAfter;
};

/** A receiver's manifest request, made by hand (not by the wallet's code). */
Fetched postManifest(const QString &url, const QString &recipient, const QString &passcode = {})
{
    QJsonObject request{{QStringLiteral("recipient"), recipient}};
    if (!passcode.isEmpty())
        request.insert(QStringLiteral("passcode"), passcode);
    net::HttpRequest r;
    r.method = "POST";
    r.url = QUrl(url);
    r.contentType = "application/json";
    r.body = QJsonDocument(request).toJson(QJsonDocument::Compact);
    const net::HttpAnswer a = net::exchange(r);
    return {a.status, QJsonDocument::fromJson(a.body).object(), a.retryAfter};
}

QByteArray getFile(const QString &location)
{
    net::HttpRequest r;
    r.url = QUrl(location);
    const net::HttpAnswer a = net::exchange(r);
    return a.status == 200 && a.contentType == "application/jose" ? a.body : QByteArray();
}

shl::ParsedLink parsed(const crypto::SecureBuffer &text)
{
    auto link = shl::parseLink(text.asStringView(), shl::ParseOptions{true});
    if (!link)
        qFatal("the wallet's link does not parse: %s", shl::describe(link.error()));
    return std::move(*link);
}

/** The first file of the link's manifest (embedded or fetched), decrypted; empty on any failure. */
QByteArray readLink(const shl::ShLink &link, const QString &recipient, const QString &passcode = {}, QByteArray *jwe = nullptr)
{
    const Fetched m = postManifest(link.url, recipient, passcode);
    const QJsonArray files = m.body.value(QStringLiteral("files")).toArray();
    if (m.status != 200 || files.size() != 1)
        return {};
    const QJsonObject file = files.first().toObject();
    const QByteArray compact = file.contains(QStringLiteral("embedded")) ? file.value(QStringLiteral("embedded")).toString().toLatin1()
                                                                         : getFile(file.value(QStringLiteral("location")).toString());
    if (jwe)
        *jwe = compact;
    auto content = shl::decryptJwe(link.key.view(), compact);
    if (!content || content->contentType != "application/fhir+json"
        || file.value(QStringLiteral("contentType")).toString() != QLatin1String("application/fhir+json"))
        return {};
    return content->content;
}

quint16 closedPort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort(); // closed again when `server` goes
}

} // namespace

class TestServiceLinks : public QObject
{
    Q_OBJECT
    SyncScenario m_scenario;
    std::unique_ptr<Wallet> m_wallet;
    QTemporaryDir m_dir;
    NetworkSource m_net;
    std::vector<QByteArray> m_labs;
    crypto::SecureBuffer m_phrase;
    QUrl m_host;
    QString m_longTermId;

    LinkRequest labs(const QString &passcode = {})
    {
        LinkRequest r;
        r.host = m_host;
        r.scope.categories = share::categoryBit(core::fhir::EntryCategory::Lab);
        r.validity = std::chrono::hours(2);
        r.label = QStringLiteral("Labs for Dr Martin");
        if (!passcode.isEmpty())
            r.passcode = core::test::secret(passcode.toUtf8().constData());
        return r;
    }
    crypto::SecureBuffer passphrase() const { return core::test::secret(kPassphrase); }
    std::size_t storedLinks()
    {
        auto listed = m_wallet->links();
        return listed ? listed->size() : 9999;
    }
    LinkProblem problemOf(const LinkRequest &request)
    {
        auto issued = m_wallet->createLink(request, passphrase());
        if (issued)
            return LinkProblem::None;
        return issued.error().error == ActionError::Link ? issued.error().link.problem : LinkProblem::None;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_scenario.setUp(&why), qPrintable(why));
        m_host = m_scenario.network.shareHost;
        QVERIFY2(!m_host.isEmpty(), "the fixture's devnet runs no share host (is carnet-share-host built?)");
        m_net = NetworkSource::loaded(m_scenario.network);
        m_phrase = Wallet::newRecoveryPhrase();
        auto created = Wallet::create(m_dir.filePath(QStringLiteral("patient")), passphrase(), m_phrase.clone(), core::test::kFloor);
        QVERIFY(created);
        m_wallet = std::move(*created);
        auto connected = m_wallet->connectProvider(QStringLiteral("Labo Nord"), m_net);
        QVERIFY(connected);
        auto provider = m_scenario.licensedProvider(QStringLiteral("Labo Nord"));
        QVERIFY(provider);
        m_labs = {glucoseLab(1), glucoseLab(2), glucoseLab(3)};
        const QList<QByteArray> written{m_labs[0], allergy(), m_labs[1], m_labs[2]};
        QVERIFY(core::service::publishForPatient(*core::record::decodeConnectCode(connected->code), *provider, written, m_net));
        auto synced = m_wallet->sync(SyncScenario::quickOptions(), m_net);
        QVERIFY(synced && synced->round.ok && synced->round.newEntries == 4);
    }

    void defaultHostIsTheNetworkFiles()
    {
        auto host = m_wallet->defaultLinkHost(m_net);
        QVERIFY(host);
        QCOMPARE(*host, m_host);
    }

    void passcodeLinkHoldsExactlyTheScope()
    {
        auto issued = m_wallet->createLink(labs(QStringLiteral("7391")), passphrase());
        QVERIFY2(issued, issued ? "" : qPrintable(QString::number(int(issued.error().link.problem))));
        QCOMPARE(issued->link.flag, QStringLiteral("P"));
        QCOMPARE(issued->link.entryCount, 3u);
        QVERIFY(issued->link.uploaded && issued->link.hasKey);
        const shl::ParsedLink link = parsed(issued->shlink);
        QCOMPARE(link.link.flag, QStringLiteral("P"));
        QCOMPARE(link.link.label, QStringLiteral("Labs for Dr Martin"));
        QVERIFY(link.link.exp && std::abs(*link.link.exp - (QDateTime::currentSecsSinceEpoch() + 7200)) < 120);
        QVERIFY(link.link.url.startsWith(m_host.toString() + QStringLiteral("/shl/")));
        QCOMPARE(link.link.url.section(QLatin1Char('/'), -1), issued->link.id);
        // The viewer URL is the host's page with the same payload after '#'.
        const QString viewer = QString::fromUtf8(issued->viewerUrl.asStringView().data(), qsizetype(issued->viewerUrl.size()));
        QCOMPARE(viewer, m_host.toString() + QStringLiteral("/view/#") + QString::fromUtf8(issued->shlink.asStringView().data(), qsizetype(issued->shlink.size())));

        // No passcode, a wrong one: 401 with the attempts left; the right one: the three labs, byte for byte.
        const Fetched none = postManifest(link.link.url, QStringLiteral("Dr Martin"));
        QCOMPARE(none.status, 401);
        const Fetched wrong = postManifest(link.link.url, QStringLiteral("Dr Martin"), QStringLiteral("0000"));
        QCOMPARE(wrong.status, 401);
        QVERIFY(wrong.body.value(QStringLiteral("remainingAttempts")).toInt() < none.body.value(QStringLiteral("remainingAttempts")).toInt());
        const QByteArray content = readLink(link.link, QStringLiteral("Dr Martin"), QStringLiteral("7391"));
        QVERIFY(!content.isEmpty());
        const QJsonObject bundle = QJsonDocument::fromJson(content).object();
        QCOMPARE(bundle.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Bundle"));
        QCOMPARE(bundle.value(QStringLiteral("type")).toString(), QStringLiteral("collection"));
        const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();
        QCOMPARE(entries.size(), 3);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(entries[i].toObject().value(QStringLiteral("resource")).toObject(), QJsonDocument::fromJson(m_labs[std::size_t(i)]).object());

        // The list and the log, as the host keeps them.
        auto listed = m_wallet->links();
        QVERIFY(listed);
        const auto it = std::find_if(listed->begin(), listed->end(), [&](const auto &l) { return l.link.id == issued->link.id; });
        QVERIFY(it != listed->end());
        QCOMPARE(it->status, LinkStatus::Active);
        QVERIFY(it->accesses >= 2);
        auto log = m_wallet->linkLog(issued->link.id);
        QVERIFY(log);
        QVERIFY(log->size() >= 3);
        QCOMPARE(log->front().what, core::service::LinkAccess::What::WrongPasscode);
        QCOMPARE(log->front().recipient, QStringLiteral("Dr Martin"));
        QCOMPARE(log->back().recipient, QStringLiteral("Dr Martin"));
        for (std::size_t i = 1; i < log->size(); ++i)
            QVERIFY((*log)[i - 1].time <= (*log)[i].time);

        // Shown again after re-authentication: the same text.
        auto shown = m_wallet->showLink(issued->link.id, passphrase());
        QVERIFY(shown);
        QVERIFY(shown->shlink.view().size() == issued->shlink.view().size()
                && std::equal(shown->shlink.view().begin(), shown->shlink.view().end(), issued->shlink.view().begin()));
    }

    void emergencyCardIsShownOnceAtUnlock()
    {
        LinkRequest r;
        r.host = m_host;
        r.kind = LinkKind::Emergency;
        r.validity = std::chrono::hours(24 * 365);
        r.label = QStringLiteral("Emergency card");
        auto issued = m_wallet->createLink(r, passphrase());
        QVERIFY(issued);
        QCOMPARE(issued->link.flag, QString());
        const shl::ParsedLink link = parsed(issued->shlink);
        QVERIFY(!link.link.needsPasscode());
        QVERIFY(link.link.exp && *link.link.exp > QDateTime::currentSecsSinceEpoch() + 364 * 86400);
        auto before = m_wallet->emergencyNotices(false);
        QVERIFY(before);
        QVERIFY(before->empty());

        const QByteArray content = readLink(link.link, QStringLiteral("SAMU 75"));
        const QJsonObject ips = QJsonDocument::fromJson(content).object();
        QCOMPARE(ips.value(QStringLiteral("type")).toString(), QStringLiteral("document"));
        const QJsonObject composition = ips.value(QStringLiteral("entry")).toArray().first().toObject().value(QStringLiteral("resource")).toObject();
        QCOMPARE(composition.value(QStringLiteral("resourceType")).toString(), QStringLiteral("Composition"));
        QCOMPARE(composition.value(QStringLiteral("type")).toObject().value(QStringLiteral("coding")).toArray().first().toObject()
                     .value(QStringLiteral("code")).toString(), QStringLiteral("60591-5"));
        QVERIFY(content.contains("Penicillin"));

        auto notices = m_wallet->emergencyNotices(true);
        QVERIFY(notices);
        QCOMPARE(notices->size(), std::size_t(1));
        QCOMPARE(notices->front().linkId, issued->link.id);
        QVERIFY(!notices->front().accesses.empty());
        QCOMPARE(notices->front().accesses.front().recipient, QStringLiteral("SAMU 75"));
        auto after = m_wallet->emergencyNotices(false);
        QVERIFY(after);
        QVERIFY(after->empty()); // seen: not shown again
    }

    void longTermLinkUpdatesWithAFreshIv()
    {
        LinkRequest r = labs(QStringLiteral("2468"));
        r.longTerm = true;
        auto issued = m_wallet->createLink(r, passphrase());
        QVERIFY(issued);
        QCOMPARE(issued->link.flag, QStringLiteral("LP"));
        m_longTermId = issued->link.id;
        const shl::ParsedLink link = parsed(issued->shlink);
        QByteArray first, second;
        QVERIFY(!readLink(link.link, QStringLiteral("Dr Martin"), QStringLiteral("2468"), &first).isEmpty());
        auto updated = m_wallet->updateLink(issued->link.id);
        QVERIFY(updated);
        // Polled again at once: 429 with the seconds to wait (the host's minimum interval), then served.
        const Fetched tooSoon = postManifest(link.link.url, QStringLiteral("Dr Martin"), QStringLiteral("2468"));
        QCOMPARE(tooSoon.status, 429);
        const int wait = tooSoon.retryAfter.toInt();
        QVERIFY(wait >= 1 && wait <= 60);
        QTest::qWait(wait * 1000 + 200);
        const QByteArray content = readLink(link.link, QStringLiteral("Dr Martin"), QStringLiteral("2468"), &second);
        QCOMPARE(QJsonDocument::fromJson(content).object().value(QStringLiteral("entry")).toArray().size(), 3);
        QVERIFY(shl::jweIv(first) && shl::jweIv(second));
        QVERIFY(*shl::jweIv(first) != *shl::jweIv(second));

        // A link that is not long-term is not updated.
        auto plain = m_wallet->createLink(labs(), passphrase());
        QVERIFY(plain);
        auto refused = m_wallet->updateLink(plain->link.id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().link.problem, LinkProblem::NotLongTerm);
    }

    void refusalsStoreAndSendNothing()
    {
        const std::size_t before = storedLinks();
        LinkRequest r = labs();
        r.label = QString(81, QLatin1Char('x'));
        QCOMPARE(problemOf(r), LinkProblem::BadLabel);
        r = labs();
        r.label = QStringLiteral("tab\there");
        QCOMPARE(problemOf(r), LinkProblem::BadLabel);
        r = labs();
        r.validity = std::chrono::hours(0);
        QCOMPARE(problemOf(r), LinkProblem::BadExpiry);
        r.validity = std::chrono::hours(721);
        QCOMPARE(problemOf(r), LinkProblem::BadExpiry);
        QCOMPARE(problemOf(labs(QStringLiteral("123"))), LinkProblem::BadPasscode);
        QCOMPARE(problemOf(labs(QString(65, QLatin1Char('7')))), LinkProblem::BadPasscode);
        r = labs();
        r.longTerm = true;
        QCOMPARE(problemOf(r), LinkProblem::PasscodeRequired);
        r = labs();
        r.scope.from = 20300101;
        QCOMPARE(problemOf(r), LinkProblem::NothingInScope);
        r = labs();
        r.host = QUrl(QStringLiteral("http://shl.example.org"));
        QCOMPARE(problemOf(r), LinkProblem::BadHost);
        r.host = QUrl(QStringLiteral("ftp://127.0.0.1:21"));
        QCOMPARE(problemOf(r), LinkProblem::BadHost);
        r.host = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort()));
        QCOMPARE(problemOf(r), LinkProblem::HostUnreachable);
        QCOMPARE(storedLinks(), before);

        // A wrong passphrase: refused before anything is made.
        auto wrong = m_wallet->createLink(labs(), core::test::secret("not my passphrase"));
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().error, ActionError::Vault);
        QCOMPARE(storedLinks(), before);
    }

    void revokeIsFinal()
    {
        auto issued = m_wallet->createLink(labs(), passphrase());
        QVERIFY(issued);
        const shl::ParsedLink link = parsed(issued->shlink);
        QCOMPARE(postManifest(link.link.url, QStringLiteral("Dr Martin")).status, 200);
        QVERIFY(m_wallet->revokeLink(issued->link.id, passphrase()));
        QCOMPARE(postManifest(link.link.url, QStringLiteral("Dr Martin")).status, 404);
        auto again = m_wallet->revokeLink(issued->link.id, passphrase());
        QVERIFY(!again);
        QCOMPARE(again.error().link.problem, LinkProblem::AlreadyRevoked);
        auto listed = m_wallet->links();
        QVERIFY(listed);
        const auto it = std::find_if(listed->begin(), listed->end(), [&](const auto &l) { return l.link.id == issued->link.id; });
        QVERIFY(it != listed->end());
        QCOMPARE(it->status, LinkStatus::Revoked);
        auto unknown = m_wallet->revokeLink(QString(43, QLatin1Char('A')), passphrase());
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().link.problem, LinkProblem::NoSuchLink);
    }

    void restoredWalletFindsItsLinksWithoutKeys()
    {
        QVERIFY(!m_longTermId.isEmpty());
        auto restored = Wallet::create(m_dir.filePath(QStringLiteral("restored")), passphrase(), m_phrase.clone(), core::test::kFloor);
        QVERIFY(restored);
        auto listed = (*restored)->links(m_host);
        QVERIFY(listed);
        const auto it = std::find_if(listed->begin(), listed->end(), [&](const auto &l) { return l.link.id == m_longTermId; });
        QVERIFY2(it != listed->end(), "the restored wallet does not find the link its phrase made");
        QVERIFY(!it->link.hasKey);
        auto shown = (*restored)->showLink(m_longTermId, passphrase());
        QVERIFY(!shown);
        QCOMPARE(shown.error().link.problem, LinkProblem::KeyUnknown);
        auto log = (*restored)->linkLog(m_longTermId);
        QVERIFY(log && !log->empty());
        // Another phrase's wallet sees none of them.
        auto stranger = Wallet::create(m_dir.filePath(QStringLiteral("stranger")), passphrase(), Wallet::newRecoveryPhrase(), core::test::kFloor);
        QVERIFY(stranger);
        auto none = (*stranger)->links(m_host);
        QVERIFY(none);
        QVERIFY(none->empty());
        auto foreign = (*stranger)->linkLog(m_longTermId);
        QVERIFY(!foreign);
        QCOMPARE(foreign.error().link.problem, LinkProblem::NoSuchLink);
    }
};

QTEST_GUILESS_MAIN(TestServiceLinks)
#include "tst_service_links.moc"
