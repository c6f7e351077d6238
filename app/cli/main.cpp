// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli: every patient action of the app, headless. This file only finds the command named by
// the first positional argument and hands it the rest of the command line.
#include "command.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace carnet::cli;

namespace {
QString describeCommands()
{
    QString text = QStringLiteral("Patient-held health wallet, headless.\n\nCommands:\n");
    for (const Command &command : commands())
        text += QStringLiteral("  %1  %2\n").arg(QLatin1String(command.name), -10).arg(QLatin1String(command.summary));
    text += QStringLiteral("\nRun `carnet-cli <command> --help` for a command's options.\n"
                           "Exit status: 0 success, 1 usage error, 2 invalid recovery phrase, 3 and above: see docs/CLI.md.");
    return text;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("carnet-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARNET_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(describeCommands());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("The command to run."),
                                 QStringLiteral("<command> [options]"));
    // Everything after the command belongs to the command (its own options included).
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "carnet-cli: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion(); // exits 0
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(ExitOk);

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        std::fputs(qPrintable(parser.helpText()), stderr);
        return ExitUsage;
    }
    const QString name = positional.first();
    for (const Command &command : commands()) {
        if (name == QLatin1String(command.name)) {
            QStringList arguments = positional.mid(1);
            arguments.prepend(QStringLiteral("carnet-cli ") + name);
            return command.run(arguments);
        }
    }
    std::fprintf(stderr, "carnet-cli: unknown command '%s'; see carnet-cli --help\n", qPrintable(name));
    return ExitUsage;
}
