// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the record commands (wallet connect-code|sync|entries|add, provider publish, demo seed) share:
// exit statuses and failure reports, reading FHIR files, and the JSON listing of entries.
#include "core/service/actionfailure.h"
#include "core/service/wallet.h"

#include <QList>
#include <QString>

#include <functional>

class QCommandLineParser;

namespace carnet::cli {

/** Exit statuses of the record commands (after ledgercli.h's 13–19). */
enum RecordExitStatus : int {
    ExitSyncPartial = 20,  ///< synced, but a node was set aside or a record is incomplete (see the report)
    ExitSyncFailed = 21,   ///< nothing synced: no node, or no majority of nodes, could be used
    ExitBadCode = 22,      ///< the connect code is malformed or mistyped
    ExitPublishFailed = 23, ///< the record log refused an entry, or the node failed while publishing
    ExitNotReserved = 24,  ///< no record index could be reserved (nodes do not confirm it, gas not free, …)
};

/** Prints why no record index was handed out (`action`: "connect-code", "add") and returns its exit
 *  status: 13 no network, 14 too few nodes answered, 11/12 the vault, 24 the rest. */
int reserveFailure(const char *action, const core::sync::ReserveFailure &failure);

/** Prints why a wallet action (core::service::Wallet) did not happen and returns its exit status. */
int actionFailure(const char *action, const core::service::ActionFailure &failure, const QString &dir);

/** Unlocks the wallet in `dir` with the passphrase from standard input (no vault, or a running
 *  throttle, is said before asking); nullptr with `status` set when it cannot. */
std::unique_ptr<core::service::Wallet> openWallet(const char *action, const QString &dir, int &status);

/** wallet share|grants|revoke|access-log (walletgrants.cpp); -1 when `action` is none of them. */
int runWalletGrantAction(const QString &action, const QString &dir, const QCommandLineParser &parser);

/** The scope options (--categories, --from, --to, --entry) of `action` against the wallet's records,
 *  or a usage error (printed, `status` set). */
std::optional<core::share::GrantScope> scopeOptions(const char *action, const QCommandLineParser &parser,
                                                    const core::service::RecordView &view, int &status);

/** wallet shl create|emergency|list|log|show|update|revoke (walletshl.cpp); -1 when `action` is not shl. */
int runWalletLinkAction(const QString &action, const QStringList &arguments, const QString &dir, const QCommandLineParser &parser);

/** wallet studies|study-preview|join|leave|earnings|withdraw (walletresearch.cpp; `study` the study id
 *  argument); -1 when `action` is none of them. */
int runWalletResearchAction(const QString &action, const QString &study, const QString &dir, const QCommandLineParser &parser);

/** wallet export --bundle FILE [scope] | --ips FILE (walletexport.cpp). */
int walletExportAction(const QString &dir, const QCommandLineParser &parser);

/** wallet connect-code|sync|entries|add|share|grants|revoke|access-log; -1 when `action` is none of them. */
int runWalletRecordAction(const QString &action, const QString &dir, const QCommandLineParser &parser);

/** Why a FHIR file was refused (FileUnreadable, FileTooLarge, NotFhir), in one line. */
QString fileProblemText(const core::service::ActionFailure &failure);

struct ReadResources
{
    bool ok = false;
    QString problem;          ///< why not (never the file's content)
    QList<QByteArray> resources; ///< each the exact bytes of one resource
};
/** A FHIR JSON file: one resource, or a Bundle split into the exact bytes of each entry's resource. */
ReadResources readResources(const QString &path);

/** The entries as a JSON array; each entry's "resource" is its stored bytes, verbatim. */
QByteArray walletEntriesJson(const std::vector<core::sync::StoredEntry> &entries,
                             const std::function<QString(const crypto::Hash32 &)> &labelOf);

} // namespace carnet::cli
