// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-share-host: the SMART Health Links share host (docs/SHARE-HOST.md). Exit status 0 after a
// signal, 2 for bad arguments, 3 when the database cannot be opened, 4 when the address cannot be bound.
#include "server/hostconfig.h"
#include "server/hostserver.h"
#include "server/linkstore.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

#ifndef CARNET_SHARE_HOST_VIEWER_DIR
#define CARNET_SHARE_HOST_VIEWER_DIR "/usr/share/carnet-share-host/viewer"
#endif

namespace {
int g_signalPipe[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    (void)!::write(g_signalPipe[1], &c, 1);
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carnet-share-host"));
    QStringList args = QCoreApplication::arguments().mid(1);
    if (args.contains(QLatin1String("--help")) || args.contains(QLatin1String("-h"))) {
        std::fputs(qPrintable(carnet::sharehost::usageText()), stdout);
        return 0;
    }
    QString error;
    const auto config = carnet::sharehost::parseArguments(args, QStringLiteral(CARNET_SHARE_HOST_VIEWER_DIR), &error);
    if (!config) {
        std::fprintf(stderr, "carnet-share-host: %s\n%s", qPrintable(error), qPrintable(carnet::sharehost::usageText()));
        return 2;
    }
    // Before the port is printed: a SIGTERM sent as soon as the port is read ends the process with
    // status 0, never by the default action.
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) == 0) {
        auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
        QObject::connect(notifier, &QSocketNotifier::activated, &app, [] { QCoreApplication::quit(); });
        std::signal(SIGTERM, onSignal);
        std::signal(SIGINT, onSignal);
    }
    std::signal(SIGPIPE, SIG_IGN);
    carnet::sharehost::LinkStore store;
    if (!store.open(config->db, &error)) {
        std::fprintf(stderr, "carnet-share-host: %s\n", qPrintable(error));
        return 3;
    }
    carnet::sharehost::HostServer server(*config, &store);
    const quint16 port = server.start();
    if (port == 0) {
        std::fprintf(stderr, "carnet-share-host: cannot listen on the --listen address\n");
        return 4;
    }
    std::printf("%u\n", unsigned(port));
    std::fflush(stdout);
    std::fprintf(stderr, "carnet-share-host: listening on port %u, store %s\n", unsigned(port),
                 store.isPostgres() ? "postgresql" : "sqlite");

    return app.exec();
}
