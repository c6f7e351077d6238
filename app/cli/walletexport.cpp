// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli wallet export --bundle FILE [scope] | --ips FILE: the wallet's FHIR exports written to a
// file (docs/CLI.md, "Exporting FHIR"). The work is the service's (Wallet::exportBundle, exportIps).
#include "command.h"
#include "grantcli.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/fhir/bundle.h"
#include "core/share/grantscope.h"

#include <QCommandLineParser>
#include <QFileDevice>
#include <QSaveFile>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

enum ExportExitStatus : int {
    ExitExportScope = 55, ///< the scope breaks a rule, or no verified entry is in it
    ExitExportWrite = 56, ///< the output file cannot be written (nothing is left behind)
};

/** Writes `bytes` to `path` atomically, readable by the owner only. */
bool writeExport(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return file.write(bytes) == bytes.size() && file.commit();
}

int exportFailure(const service::ActionFailure &failure, const QString &dir)
{
    if (failure.error == service::ActionError::Grant) {
        const service::GrantProblem p = failure.grant.problem;
        if (p == service::GrantProblem::BadScope)
            return reportError("export", ExitExportScope,
                               QStringLiteral("the scope breaks a rule: ") + QLatin1String(share::describe(failure.grant.scope)));
        if (p == service::GrantProblem::NothingInScope)
            return reportError("export", ExitExportScope, QStringLiteral("no verified entry is in the scope"));
    }
    return actionFailure("export", failure, dir);
}

} // namespace

int walletExportAction(const QString &dir, const QCommandLineParser &parser)
{
    const bool bundle = parser.isSet(QStringLiteral("bundle"));
    const bool ips = parser.isSet(QStringLiteral("ips"));
    if (bundle == ips)
        return reportError("export", ExitUsage, QStringLiteral("give exactly one of --bundle FILE and --ips FILE"));
    const bool scoped = parser.isSet(QStringLiteral("categories")) || parser.isSet(QStringLiteral("from")) ||
                        parser.isSet(QStringLiteral("to")) || parser.isSet(QStringLiteral("entry"));
    if (ips && scoped)
        return reportError("export", ExitUsage, QStringLiteral("--ips takes no scope: the summary covers the whole record"));
    const QString path = parser.value(bundle ? QStringLiteral("bundle") : QStringLiteral("ips"));
    if (path.isEmpty())
        return reportError("export", ExitUsage, QStringLiteral("--bundle and --ips take a file name"));
    int status = ExitOk;
    auto wallet = openWallet("export", dir, status);
    if (!wallet)
        return status;
    service::ActionResult<QByteArray> made = QByteArray();
    if (bundle) {
        auto view = wallet->read();
        if (!view)
            return actionFailure("export", view.error(), dir);
        auto scope = scopeOptions("export", parser, *view, status);
        if (!scope)
            return status;
        made = wallet->exportBundle(*scope);
    } else {
        made = wallet->exportIps();
    }
    if (!made)
        return exportFailure(made.error(), dir);
    if (!writeExport(path, *made))
        return reportError("export", ExitExportWrite, QStringLiteral("cannot write %1").arg(path));
    const auto spans = fhir::splitBundle(*made);
    std::printf("%s: %lld resources written to %s\n", bundle ? "bundle" : "patient summary",
                static_cast<long long>(spans ? spans->size() : 0), qPrintable(path));
    return ExitOk;
}

} // namespace carnet::cli
