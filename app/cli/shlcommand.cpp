// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli shl open: receiving a SMART Health Link as a doctor's app would (docs/CLI.md, "Receiving a
// SMART Health Link: `shl open`"; docs/SHL.md, "Receiving"). The work is core/shl/receiver's; this file
// reads options, prints, writes the files, and maps codes to words and exit statuses.
#include "command.h"
#include "secretinput.h"
#include "shlcli.h"
#include "walletio.h"

#include "core/shl/receiver.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

constexpr std::size_t kMaxPasscodeBytes = 1024;

int openError(int status, const QString &message)
{
    std::fprintf(stderr, "carnet-cli shl open: %s\n", qPrintable(message));
    return status;
}

/** A whole number option in [low, high]; nullopt (message printed) when it is not one. */
std::optional<qint64> numberOption(const QCommandLineParser &parser, const QString &name, qint64 low, qint64 high,
                                   qint64 fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const qint64 n = parser.value(name).toLongLong(&ok);
    if (!ok || n < low || n > high) {
        openError(ExitUsage, QStringLiteral("--%1 must be a whole number from %2 to %3").arg(name).arg(low).arg(high));
        return std::nullopt;
    }
    return n;
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString contentOf(const shl::ReceivedFile &f)
{
    switch (f.contentType) {
    case shl::ContentType::FhirJson: {
        if (f.resourceType != QLatin1String("Bundle"))
            return f.resourceType;
        QStringList counts;
        for (const auto &[type, n] : f.entryTypes)
            counts << type + QLatin1Char(' ') + QString::number(n);
        return QStringLiteral("Bundle (%1)").arg(counts.isEmpty() ? QStringLiteral("no entries") : counts.join(QStringLiteral(", ")));
    }
    case shl::ContentType::SmartHealthCard:
        return QStringLiteral("%1 verifiable credential%2 (not verified)").arg(f.credentials).arg(QLatin1String(f.credentials == 1 ? "" : "s"));
    case shl::ContentType::SmartApiAccess: return QStringLiteral("SMART API access");
    }
    return {};
}

void printSummary(const shl::ShLink &link, const shl::Received &received)
{
    std::printf("label: %s\nexpires: %s\nflag: %s\nfiles: %zu\n", qPrintable(link.label.isEmpty() ? QStringLiteral("-") : link.label),
                qPrintable(link.exp ? utc(*link.exp * 1000) : QStringLiteral("-")),
                qPrintable(link.flag.isEmpty() ? QStringLiteral("-") : link.flag), received.files.size());
    for (std::size_t i = 0; i < received.files.size(); ++i) {
        const shl::ReceivedFile &f = received.files[i];
        // One arg() call: a resource type never becomes a placeholder for the next.
        QString line = QStringLiteral("file %1: %2; %3; %4 bytes; %5")
                           .arg(QString::number(i + 1), QString::fromLatin1(shl::contentTypeName(f.contentType)), contentOf(f),
                                QString::number(f.content.size()),
                                link.directFile() ? QStringLiteral("direct")
                                                  : f.embedded ? QStringLiteral("embedded") : QStringLiteral("location"));
        if (f.lastUpdated)
            line += QStringLiteral("; updated ") + utc(*f.lastUpdated);
        std::printf("%s\n", qPrintable(line));
    }
}

/** --out DIR: made if missing; refused (before any request) when it holds a file-N.json already. */
bool outReady(const QString &dir, int &status)
{
    if (dir.isEmpty() || !QDir().mkpath(dir)) {
        status = openError(ExitUsage, QStringLiteral("--out: cannot make the directory %1").arg(dir));
        return false;
    }
    if (!QDir(dir).entryList({QStringLiteral("file-*.json")}, QDir::Files | QDir::Hidden | QDir::System).isEmpty()) {
        status = openError(ExitUsage, QStringLiteral("--out: %1 already holds file-N.json files (nothing is overwritten)").arg(dir));
        return false;
    }
    return true;
}

int writeFiles(const QString &dir, const shl::Received &received, bool json)
{
    for (std::size_t i = 0; i < received.files.size(); ++i) {
        const QString path = QDir(dir).filePath(QStringLiteral("file-%1.json").arg(i + 1));
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFileDevice::ReadOwner | QFileDevice::WriteOwner)
            || out.write(received.files[i].content) != received.files[i].content.size() || !out.flush()) {
            out.close();
            return openError(ExitVaultIo, QStringLiteral("--out: cannot write %1").arg(path));
        }
        out.close();
        std::fprintf(json ? stderr : stdout, "written: %s\n", qPrintable(path));
    }
    return ExitOk;
}

int open(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2)
        return openError(ExitUsage, QStringLiteral("give one link (the shlink:/ text, a viewer URL, or - for standard input)"));
    shl::ReceiveOptions options;
    options.allowLoopbackHttp = parser.isSet(QStringLiteral("allow-loopback-http"));
    const auto timeout = numberOption(parser, QStringLiteral("timeout"), 1, 300, 15);
    const auto wait = numberOption(parser, QStringLiteral("retry-wait"), 0, shl::kMaxRetryWaitSeconds, 0);
    const auto embedded = numberOption(parser, QStringLiteral("embedded-max"), 0, 1LL << 40, -1);
    if (!timeout || !wait || !embedded)
        return ExitUsage;
    options.timeout = std::chrono::seconds(*timeout);
    options.retryWaitSeconds = int(*wait);
    if (*embedded >= 0)
        options.embeddedLengthMax = *embedded;
    const QString recipient = parser.isSet(QStringLiteral("recipient")) ? parser.value(QStringLiteral("recipient"))
                                                                       : QStringLiteral("carnet-cli");
    const QString outDir = parser.value(QStringLiteral("out"));
    int status = ExitOk;
    if (parser.isSet(QStringLiteral("out")) && !outReady(outDir, status))
        return status;

    const shl::ParseOptions parse{options.allowLoopbackHttp};
    std::optional<Result<shl::ParsedLink, shl::LinkError>> parsed;
    if (positional[1] == QLatin1String("-")) {
        auto line = readSecretLine("Link: ", 2 * shl::kMaxLinkBytes);
        if (!line)
            return openError(ExitUsage, QStringLiteral("cannot read the link from standard input"));
        parsed.emplace(shl::parseLink(line->asStringView(), parse));
    } else {
        parsed.emplace(shl::parseLink(positional[1], parse));
    }
    if (!*parsed)
        return openError(ExitShlBadLink, QLatin1String(shl::describe(parsed->error())));
    const shl::ShLink &link = parsed->value().link;

    std::optional<crypto::SecureBuffer> passcode;
    if (parser.isSet(QStringLiteral("passcode-stdin"))) {
        passcode = readSecretLine("Passcode: ", kMaxPasscodeBytes);
        if (!passcode)
            return openError(ExitUsage, QStringLiteral("cannot read the passcode from standard input"));
    }
    auto received = shl::receiveLink(link, recipient, passcode, options);
    if (passcode)
        passcode->clear();
    if (!received)
        return openError(receiveExitStatus(received.error().error), receiveFailureText(received.error(), options));
    if (received->waited)
        std::fputs("carnet-cli shl open: the host asked to wait (HTTP 429): waited once\n", stderr);

    if (parser.isSet(QStringLiteral("json"))) {
        QByteArray json = "[";
        for (std::size_t i = 0; i < received->files.size(); ++i)
            json += (i ? "," : "") + received->files[i].content;
        json += "]\n";
        std::fwrite(json.constData(), 1, std::size_t(json.size()), stdout);
    } else {
        printSummary(link, *received);
    }
    if (parser.isSet(QStringLiteral("out")))
        return writeFiles(outDir, *received, parser.isSet(QStringLiteral("json")));
    return ExitOk;
}

} // namespace

int runShl(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Receiving a SMART Health Link, as a doctor's app would.\n"
        "\n"
        "Actions:\n"
        "  open LINK|-  fetches the link's files (its manifest, or its single file with flag U), decrypts them with\n"
        "               the link's key, checks each is what it says, and prints a summary (or --json). LINK is the\n"
        "               shlink:/ text or a viewer URL ending in #shlink:/…; - reads it from standard input, then\n"
        "               the passcode (with --passcode-stdin) is the next line.\n"
        "Exit status: 0 opened, 1 usage, 11 a file could not be written, 45 not a (supported) link, 46 expired or\n"
        "inactive (404), 47 passcode needed or wrong (attempts left on stderr), 48 host unreachable, too slow,\n"
        "rate-limited (429) or its answer malformed, 49 a file does not decrypt or is not what it says."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("open."), QStringLiteral("open LINK|-"));
    parser.addOption({QStringLiteral("recipient"), QStringLiteral("Who is asking, sent to the host, which logs it (default: carnet-cli)."),
                      QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("passcode-stdin"), QStringLiteral("Read the link's passcode from standard input.")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("Also write each file to DIR/file-N.json (made if missing; never overwrites)."),
                      QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("Print the decrypted files as one JSON array instead of the summary.")});
    parser.addOption({QStringLiteral("allow-loopback-http"),
                      QStringLiteral("Take http addresses of a host on this machine (tests, devnets).")});
    parser.addOption({QStringLiteral("embedded-max"), QStringLiteral("Ask for files up to N bytes embedded in the manifest."),
                      QStringLiteral("N")});
    parser.addOption({QStringLiteral("timeout"), QStringLiteral("Seconds for each HTTP exchange, 1 to 300 (default 15)."),
                      QStringLiteral("S")});
    parser.addOption({QStringLiteral("retry-wait"),
                      QStringLiteral("On HTTP 429, wait once when the host asks for at most S seconds, 0 to 10 (default 0)."),
                      QStringLiteral("S")});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "carnet-cli shl: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "shl")), stdout);
        return ExitOk;
    }
    if (parser.positionalArguments().value(0) == QLatin1String("open"))
        return open(parser);
    std::fputs("carnet-cli shl: give one action (open LINK); see --help\n", stderr);
    return ExitUsage;
}

} // namespace carnet::cli
