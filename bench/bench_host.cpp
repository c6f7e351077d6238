// SPDX-License-Identifier: GPL-3.0-or-later
// bench_host (docs/SHARE-HOST.md, "Performance"): the real carnet-share-host (a QProcess) on SQLite
// and on PostgreSQL (a throwaway cluster from tests/host/pg-cluster.sh; skipped with a message when
// PostgreSQL is absent) under N concurrent keep-alive clients on loopback POSTing manifest requests
// for one link (its one file as a location, which writes a ticket and an access-log row per request,
// and embedded, which writes the log row only); requests/s, p50 and p99 latency. The floor: the same
// load against a minimal QAbstractHttpServer answering one constant 200 (this binary run with
// --floor-server, a process of its own like the host), and the ratio. Built, never run by ctest.
#include "bench/benchutil.h"
#include "bench/hostload.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>
#include <memory>
#include <unistd.h>

using namespace carnet::bench;

namespace {

[[noreturn]] void die(const char *what, const QString &why)
{
    std::fprintf(stderr, "bench_host: %s: %s\n", what, qPrintable(why));
    std::exit(1);
}

QByteArray randomB64(int bytes)
{
    QByteArray raw(bytes, Qt::Uninitialized);
    for (char &c : raw)
        c = char(QRandomGenerator::system()->bounded(256));
    return raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

/** A compact JWE of the host's accepted shape (dir, A256GCM, cty, 12-byte IV, 16-byte tag) whose
 *  ciphertext is random: the host never decrypts. */
QByteArray fakeJwe(int ciphertextBytes)
{
    const QByteArray header = QByteArray(R"({"alg":"dir","enc":"A256GCM","cty":"application/fhir+json","zip":"DEF"})")
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    return header + ".." + randomB64(12) + '.' + randomB64(ciphertextBytes) + '.' + randomB64(16);
}

/** Starts `program args`, reads the port it prints on its first stdout line. */
std::unique_ptr<QProcess> startServer(const QString &program, const QStringList &args, quint16 *port)
{
    auto p = std::make_unique<QProcess>();
    p->setProcessChannelMode(QProcess::SeparateChannels);
    p->setStandardErrorFile(QProcess::nullDevice());
    p->start(program, args);
    if (!p->waitForStarted(10000))
        die("start", program);
    while (!p->canReadLine())
        if (!p->waitForReadyRead(30000))
            die("start", QStringLiteral("%1 printed no port").arg(program));
    *port = quint16(p->readLine().trimmed().toUInt());
    if (*port == 0)
        die("start", QStringLiteral("%1 printed no port").arg(program));
    return p;
}

/** CPU time (user + system) of process `pid` so far, in ms, from /proc/PID/stat. */
double processCpuMs(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray stat = f.readAll();
    // Fields after the command name (which may hold spaces): state is field 3, utime 14, stime 15.
    const QList<QByteArray> fields = stat.mid(stat.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 13)
        return 0;
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields[11].toDouble() + fields[12].toDouble()) * 1000.0 / ticks;
}

/** The load against the server `p`, with the CPU time the server spent on it. */
struct Measured
{
    LoadResult load;
    double serverCpuMs = 0;
    double cpuPerRequestMs() const { return load.ok > 0 ? serverCpuMs / double(load.ok) : 0; }
};

Measured measure(QProcess *p, quint16 port, const QByteArray &request, int clients, int seconds)
{
    const double cpu0 = processCpuMs(p->processId());
    Measured m{runLoad(port, request, clients, seconds), 0};
    m.serverCpuMs = processCpuMs(p->processId()) - cpu0;
    return m;
}

void stop(QProcess *p)
{
    p->terminate();
    if (!p->waitForFinished(10000))
        p->kill();
}

void report(const char *what, const Measured &m, const Measured *floor)
{
    const LoadResult &r = m.load;
    std::printf("  %-30s %7.0f req/s  p50 %7.2f ms  p99 %7.2f ms  server CPU %.3f ms/request  (%lld x 200, %lld other, %lld dropped)\n",
                what, r.perSecond(), r.percentile(50), r.percentile(99), m.cpuPerRequestMs(), static_cast<long long>(r.ok),
                static_cast<long long>(r.other), static_cast<long long>(r.dropped));
    if (floor && r.perSecond() > 0 && floor->cpuPerRequestMs() > 0)
        std::printf("  %-30s ratio to the floor: requests/s %.2f, p50 %.1fx, p99 %.1fx, server CPU per request %.1fx\n", "",
                    r.perSecond() / floor->load.perSecond(), r.percentile(50) / floor->load.percentile(50),
                    r.percentile(99) / floor->load.percentile(99), m.cpuPerRequestMs() / floor->cpuPerRequestMs());
}

void benchStore(const QString &hostBinary, const QString &db, const char *name, int clients, int seconds,
                const Measured &floor)
{
    quint16 port = 0;
    const auto host = startServer(hostBinary, {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                               QStringLiteral("--public-url"), QStringLiteral("http://127.0.0.1:9"),
                                               QStringLiteral("--db"), db, QStringLiteral("--min-poll-interval"),
                                               QStringLiteral("0"), QStringLiteral("--rate-per-address"), QStringLiteral("0")},
                                  &port);
    const QByteArray auth = "Authorization: Bearer " + randomB64(32) + "\r\n";
    const Exchange created = exchangeOnce(port, httpRequest("POST", "/api/v1/links", R"({"flag":"L","label":"bench"})", auth));
    if (created.status != 201)
        die("create", QString::fromLatin1(created.body));
    const QByteArray id = QJsonDocument::fromJson(created.body).object().value(QLatin1String("id")).toString().toLatin1();
    const QByteArray file = fakeJwe(16 * 1024);
    const Exchange put = exchangeOnce(port, httpRequest("PUT", "/api/v1/links/" + id + "/files",
                                                        R"({"files":[{"contentType":"application/fhir+json","jwe":")" + file + "\"}]}", auth));
    if (put.status != 200)
        die("put", QString::fromLatin1(put.body));
    std::printf("\n== %s: one link, one %lld-byte file; load average %s\n", name, static_cast<long long>(file.size()),
                loadAverage().constData());
    const Measured location = measure(host.get(), port, httpRequest("POST", "/shl/" + id, R"({"recipient":"Bench client"})"),
                                      clients, seconds);
    report("manifest, file as a location", location, &floor);
    const Measured embedded = measure(host.get(), port, httpRequest("POST", "/shl/" + id,
                                                                    R"({"recipient":"Bench client","embeddedLengthMax":1000000})"),
                                      clients, seconds);
    report("manifest, file embedded", embedded, &floor);
    stop(host.get());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments().mid(1);
    if (args.value(0) == QLatin1String("--floor-server")) {
        // The floor: a constant answer as long as the host's manifest with one location.
        FloorServer server(R"({"files":[{"contentType":"application/fhir+json","lastUpdated":"2026-01-01T00:00:00.000Z",)"
                           R"("location":"http://127.0.0.1:9/shl/)" + randomB64(32) + "/file/" + randomB64(32) + "\"}]}");
        auto *tcp = new QTcpServer(&server);
        if (!tcp->listen(QHostAddress::LocalHost, 0))
            return 1;
        server.bind(tcp);
        std::printf("%u\n", unsigned(tcp->serverPort()));
        std::fflush(stdout);
        return app.exec();
    }
    int clients = 50;
    int seconds = 5;
    bool postgres = true;
    QString hostBinary = QStringLiteral(CARNET_SHARE_HOST_BINARY);
    for (qsizetype i = 0; i < args.size(); ++i) {
        if (args[i] == QLatin1String("--clients") && i + 1 < args.size())
            clients = args[++i].toInt();
        else if (args[i] == QLatin1String("--seconds") && i + 1 < args.size())
            seconds = args[++i].toInt();
        else if (args[i] == QLatin1String("--host") && i + 1 < args.size())
            hostBinary = args[++i];
        else if (args[i] == QLatin1String("--no-postgres"))
            postgres = false;
        else
            die("usage", QStringLiteral("bench_host [--clients N (50)] [--seconds S (5)] [--host PATH] [--no-postgres]"));
    }
    if (clients < 1 || seconds < 1)
        die("usage", QStringLiteral("--clients and --seconds must be positive"));
    std::printf("bench_host: %d clients, %d s per run, %d cores, host %s\n", clients, seconds, QThread::idealThreadCount(),
                qPrintable(hostBinary));

    quint16 floorPort = 0;
    const auto floorServer = startServer(QCoreApplication::applicationFilePath(), {QStringLiteral("--floor-server")}, &floorPort);
    std::printf("\n== floor: a QAbstractHttpServer answering a constant 200 (no routing, store or log); load average %s\n",
                loadAverage().constData());
    const Measured floor = measure(floorServer.get(), floorPort, httpRequest("POST", "/shl/x", R"({"recipient":"Bench client"})"),
                                   clients, seconds);
    report("constant 200", floor, nullptr);
    stop(floorServer.get());

    QTemporaryDir dir;
    benchStore(hostBinary, QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("host.sqlite")), "SQLite (WAL)", clients,
               seconds, floor);
    if (postgres) {
        const QString script = QStringLiteral(CARNET_SOURCE_DIR "/tests/host/pg-cluster.sh");
        const QString state = dir.filePath(QStringLiteral("pg"));
        QProcess pg;
        pg.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        pg.start(script, {QStringLiteral("start"), state});
        pg.waitForFinished(120000);
        if (pg.exitCode() == 77) {
            std::printf("\n== PostgreSQL: skipped (not installed)\n");
        } else if (pg.exitCode() != 0) {
            die("postgresql", QStringLiteral("pg-cluster.sh start failed"));
        } else {
            QFile url(state + QStringLiteral("/url"));
            if (!url.open(QIODevice::ReadOnly))
                die("postgresql", QStringLiteral("no URL"));
            benchStore(hostBinary, QString::fromUtf8(url.readAll().trimmed()), "PostgreSQL 15 (unix socket, fsync off)",
                       clients, seconds, floor);
            QProcess::execute(script, {QStringLiteral("stop"), state});
        }
    }
    std::printf("\nload average at the end: %s (%d cores)\n", loadAverage().constData(), QThread::idealThreadCount());
    return 0;
}
