// SPDX-License-Identifier: GPL-3.0-or-later
// core/shl/receiver: what is refused before any request (a listening QTcpServer counts the connections
// that must not come), and readContent's rules per content type. The exchanges themselves are tested
// through carnet-cli against a real host (open.mjs), a fault server (faults.mjs) and kill-the-clipboard.
#include "core/shl/receiver.h"

#include <QTcpServer>
#include <QTest>

using namespace carnet::core;
using namespace carnet::core::shl;

namespace {

ShLink linkTo(const QString &url)
{
    ShLink link;
    link.url = url;
    link.key = carnet::crypto::SecureBuffer(kLinkKeySize);
    return link;
}

ReceivedFile fileOf(const QByteArray &content)
{
    ReceivedFile f;
    f.content = content;
    return f;
}

} // namespace

class TestShlReceiver : public QObject
{
    Q_OBJECT

    QTcpServer m_server;
    int m_connections = 0;
    QString m_url;

    ReceiveFailure refused(const ShLink &link, const QString &recipient, const std::optional<carnet::crypto::SecureBuffer> &passcode,
                           ReceiveOptions options)
    {
        options.allowLoopbackHttp = true;
        auto r = receiveLink(link, recipient, passcode, options);
        QCoreApplication::processEvents();
        if (r.ok()) {
            qWarning("receiveLink succeeded");
            return {};
        }
        return r.error();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.listen(QHostAddress::LocalHost));
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++m_connections;
                s->close();
            }
        });
        m_url = QStringLiteral("http://127.0.0.1:%1/shl/abc").arg(m_server.serverPort());
    }

    void refusedBeforeAnyRequest()
    {
        ShLink expired = linkTo(m_url);
        expired.exp = 1000;
        QCOMPARE(refused(expired, QStringLiteral("r"), std::nullopt, {}).error, ReceiveError::Expired);
        ReceiveOptions at;
        at.now = 999;
        QCOMPARE(refused(expired, QStringLiteral("r"), std::nullopt, at).error, ReceiveError::Unreachable); // closed unanswered
        QVERIFY(m_connections > 0); // exp after now: asked
        m_connections = 0;
        at.now = 1000;
        QCOMPARE(refused(expired, QStringLiteral("r"), std::nullopt, at).error, ReceiveError::Expired); // exp == now: expired

        ShLink p = linkTo(m_url);
        p.flag = QStringLiteral("P");
        QCOMPARE(refused(p, QStringLiteral("r"), std::nullopt, {}).error, ReceiveError::PasscodeRequired);
        QCOMPARE(refused(p, QStringLiteral("r"), carnet::crypto::SecureBuffer(), {}).error, ReceiveError::PasscodeRequired);

        const ShLink plain = linkTo(m_url);
        QCOMPARE(refused(plain, QString(), std::nullopt, {}).error, ReceiveError::BadOptions);
        QCOMPARE(refused(plain, QString(201, QLatin1Char('a')), std::nullopt, {}).error, ReceiveError::BadOptions);
        QCOMPARE(refused(plain, QStringLiteral("a\nb"), std::nullopt, {}).error, ReceiveError::BadOptions);
        ReceiveOptions wait;
        wait.retryWaitSeconds = kMaxRetryWaitSeconds + 1;
        QCOMPARE(refused(plain, QStringLiteral("r"), std::nullopt, wait).error, ReceiveError::BadOptions);

        ShLink newer = linkTo(m_url);
        newer.v = 2;
        QCOMPARE(refused(newer, QStringLiteral("r"), std::nullopt, {}).error, ReceiveError::UnsupportedVersion);
        QCOMPARE(m_connections, 0);

        // http to loopback needs the option; http elsewhere is never fetched.
        auto r = receiveLink(plain, QStringLiteral("r"), std::nullopt, {});
        QVERIFY(!r.ok());
        QCOMPARE(r.error().error, ReceiveError::UrlRefused);
        QVERIFY(r.error().link == std::optional<LinkError>(LinkError::UrlNotHttps));
        QCOMPARE(refused(linkTo(QStringLiteral("http://example.org/shl/abc")), QStringLiteral("r"), std::nullopt, {}).error,
                 ReceiveError::UrlRefused);
        QCoreApplication::processEvents();
        QCOMPARE(m_connections, 0);
    }

    void readContentRules_data()
    {
        QTest::addColumn<int>("type");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<int>("error"); // -1: accepted
        const int fhir = int(ContentType::FhirJson), shc = int(ContentType::SmartHealthCard), api = int(ContentType::SmartApiAccess);
        QTest::newRow("resource") << fhir << QByteArray(R"({"resourceType":"Patient"})") << -1;
        QTest::newRow("no resourceType") << fhir << QByteArray(R"({"id":"x"})") << int(ReceiveError::NotFhirResource);
        QTest::newRow("lower-case type") << fhir << QByteArray(R"({"resourceType":"patient"})") << int(ReceiveError::NotFhirResource);
        QTest::newRow("escape in type") << fhir << QByteArray("{\"resourceType\":\"Pat\\u001b[31m\"}") << int(ReceiveError::NotFhirResource);
        QTest::newRow("type not a string") << fhir << QByteArray(R"({"resourceType":1})") << int(ReceiveError::NotFhirResource);
        QTest::newRow("array") << fhir << QByteArray(R"([{"resourceType":"Patient"}])") << int(ReceiveError::NotJson);
        QTest::newRow("duplicate") << fhir << QByteArray(R"({"resourceType":"Patient","resourceType":"Bundle"})") << int(ReceiveError::NotJson);
        QTest::newRow("bad UTF-8") << fhir << QByteArray("{\"resourceType\":\"Patient\",\"x\":\"\xC3\"}") << int(ReceiveError::NotJson);
        QTest::newRow("card") << shc << QByteArray(R"({"verifiableCredential":["a.b.c","d.e.f"]})") << -1;
        QTest::newRow("card, empty list") << shc << QByteArray(R"({"verifiableCredential":[]})") << int(ReceiveError::NotHealthCard);
        QTest::newRow("card, not strings") << shc << QByteArray(R"({"verifiableCredential":[1]})") << int(ReceiveError::NotHealthCard);
        QTest::newRow("card as FHIR") << fhir << QByteArray(R"({"verifiableCredential":["a.b.c"]})") << int(ReceiveError::NotFhirResource);
        QTest::newRow("api access") << api << QByteArray("{\"aud\":\"https://fhir.example.org\",\"access_token\":\"t\"}") /* moc reads // in raw strings as a comment */ << -1;
        QTest::newRow("api access without aud") << api << QByteArray(R"({"access_token":"t"})") << int(ReceiveError::NotApiAccess);
    }

    void readContentRules()
    {
        QFETCH(int, type);
        QFETCH(QByteArray, content);
        QFETCH(int, error);
        ReceivedFile f = fileOf(content);
        const auto problem = readContent(ContentType(type), f);
        QCOMPARE(problem ? int(*problem) : -1, error);
    }

    void bundleCounts()
    {
        ReceivedFile f = fileOf("{\"resourceType\":\"Bundle\",\"entry\":[{\"resource\":{\"resourceType\":\"Patient\"}},"
                                "{\"resource\":{\"resourceType\":\"Observation\"}},{\"fullUrl\":\"x\"},"
                                "{\"resource\":{\"resourceType\":\"Observation\"}},{\"resource\":{\"resourceType\":\"bad name\"}}]}");
        QVERIFY(!readContent(ContentType::FhirJson, f));
        QCOMPARE(f.resourceType, QStringLiteral("Bundle"));
        QCOMPARE(f.entryTypes.size(), std::size_t(2));
        QVERIFY(f.entryTypes[0] == std::make_pair(QStringLiteral("Patient"), 1));
        QVERIFY(f.entryTypes[1] == std::make_pair(QStringLiteral("Observation"), 2));
        ReceivedFile card = fileOf(R"({"verifiableCredential":["a.b.c","d.e.f"]})");
        QVERIFY(!readContent(ContentType::SmartHealthCard, card));
        QCOMPARE(card.credentials, 2);
    }
};

QTEST_GUILESS_MAIN(TestShlReceiver)
#include "tst_shl_receiver.moc"
