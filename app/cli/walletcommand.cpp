// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli wallet create|restore|info|passwd: the vault from the command line (docs/CLI.md).
// Secrets are read from standard input only (see walletio.h), never from arguments. All the
// Argon2id work runs on the main thread: there is no UI to keep responsive.
#include "command.h"
#include "secretinput.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/passphrasestrength.h"
#include "core/service/wallet.h"
#include "crypto/bip39.h"
#include "platform/paths.h"

#include <QCommandLineParser>

#include <cstdio>

namespace carnet::cli {

namespace {

// A 24-word French phrase is under 300 bytes; the margin allows for generous white space.
constexpr std::size_t kMaxPhraseBytes = 4096;

void printVault(const core::service::Wallet &vault)
{
    std::printf("address: %s\nvault: %s\nkdf: %s\n", qPrintable(vault.address()), qPrintable(vault.directory()),
                qPrintable(describeParameters(vault.params())));
    std::fflush(stdout);
}

/** create and restore refuse a directory that already holds something before asking for secrets. */
bool refuseExisting(const char *action, const QString &dir, int &status)
{
    if (!core::service::Wallet::exists(dir))
        return false;
    status = reportVaultError(action, core::VaultError::AlreadyExists, dir);
    return true;
}

/** info and passwd: no vault, or a throttle still running, is said before asking for secrets. */
bool refuseUnusable(const char *action, const QString &dir, int &status)
{
    if (!core::service::Wallet::exists(dir)) {
        status = reportVaultError(action, core::VaultError::NotFound, dir);
        return true;
    }
    if (core::service::Wallet::throttleRemaining(dir).count() > 0) {
        status = reportVaultError(action, core::VaultError::Throttled, dir);
        return true;
    }
    return false;
}

int create(const QString &dir)
{
    int status = ExitOk;
    if (refuseExisting("create", dir, status))
        return status;
    std::optional<crypto::SecureBuffer> passphrase = readNewPassphrase("create", status);
    if (!passphrase)
        return status;
    const std::optional<crypto::Argon2Params> params = newVaultParameters("create");
    if (!params)
        return ExitUsage;
    crypto::SecureBuffer phrase = core::service::Wallet::newRecoveryPhrase();
    auto vault = core::service::Wallet::create(dir, std::move(*passphrase), phrase.clone(), *params);
    if (!vault)
        return reportVaultError("create", vault.error(), dir);
    printVault(**vault);
    (*vault)->lock();
    printRecoveryPhrase(phrase);
    return ExitOk;
}

int restore(const QString &dir)
{
    int status = ExitOk;
    if (refuseExisting("restore", dir, status))
        return status;
    std::optional<crypto::SecureBuffer> phrase = readSecretLine("Recovery phrase: ", kMaxPhraseBytes);
    if (!phrase)
        return reportError("restore", ExitInvalidPhrase,
                           QStringLiteral("invalid recovery phrase: cannot read a line of at most %1 bytes from "
                                          "standard input").arg(kMaxPhraseBytes));
    // Checked before the passphrase is asked for, so a typo is reported at once.
    const crypto::Bip39Parse parse = crypto::parseMnemonic(phrase->asStringView());
    if (parse.error != crypto::Bip39Error::None)
        return reportError("restore", ExitInvalidPhrase,
                           QStringLiteral("invalid recovery phrase: %1").arg(QString::fromStdString(crypto::describe(parse))));
    std::optional<crypto::SecureBuffer> passphrase = readNewPassphrase("restore", status);
    if (!passphrase)
        return status;
    const std::optional<crypto::Argon2Params> params = newVaultParameters("restore");
    if (!params)
        return ExitUsage;
    auto vault = core::service::Wallet::create(dir, std::move(*passphrase), std::move(*phrase), *params);
    if (!vault)
        return reportVaultError("restore", vault.error(), dir);
    printVault(**vault);
    return ExitOk;
}

int info(const QString &dir)
{
    int status = ExitOk;
    if (refuseUnusable("info", dir, status))
        return status;
    std::optional<crypto::SecureBuffer> passphrase = readPassphrase("Passphrase: ");
    if (!passphrase)
        return reportError("info", ExitUsage, QStringLiteral("cannot read the passphrase from standard input"));
    auto vault = core::service::Wallet::open(dir, *passphrase);
    passphrase->clear();
    if (!vault)
        return reportVaultError("info", vault.error(), dir);
    printVault(**vault);
    return ExitOk;
}

int passwd(const QString &dir)
{
    int status = ExitOk;
    if (refuseUnusable("passwd", dir, status))
        return status;
    std::optional<crypto::SecureBuffer> current = readPassphrase("Current passphrase: ");
    if (!current)
        return reportError("passwd", ExitUsage, QStringLiteral("cannot read the current passphrase from standard input"));
    // The current passphrase is checked first (like passwd(1)): nobody types a new one twice for
    // nothing. The vault stays open, and so locked against other processes, until the change is done.
    auto vault = core::service::Wallet::open(dir, *current);
    if (!vault)
        return reportVaultError("passwd", vault.error(), dir);
    std::optional<crypto::SecureBuffer> next = readNewPassphrase("passwd", status);
    if (!next)
        return status;
    // Keeps the vault's Argon2id parameters; the data key and the database are untouched.
    auto changed = (*vault)->changePassphrase(*current, *next);
    if (!changed)
        return reportVaultError("passwd", changed.error(), dir);
    std::printf("passphrase changed\naddress: %s\n", qPrintable((*vault)->address()));
    return ExitOk;
}

QString description()
{
    return QStringLiteral(
        "Creates, restores, shows or re-keys the wallet's vault.\n"
        "\n"
        "Actions (secrets are read from standard input: typed without echo on a terminal, otherwise one\n"
        "per line in the order given):\n"
        "  create   new passphrase, repeated. Prints the address, then the new 24-word recovery phrase once.\n"
        "  restore  recovery phrase (English or French), new passphrase, repeated. Prints the address.\n"
        "  info     passphrase. Prints the address, the vault directory and the key-derivation parameters.\n"
        "  passwd   current passphrase, new passphrase, repeated.\n"
        "  connect-code --provider NAME [--network FILE]   passphrase. Reserves the next record index on the\n"
        "           ledger (confirmed by a majority of the nodes), gives it to NAME and prints its connect code.\n"
        "  sync [--network FILE] [--discover] [--progress]   passphrase. Fetches, verifies and stores the\n"
        "           record from every node of the network file; prints each node's verdict.\n"
        "  entries [--json]   passphrase. Lists the stored entries (--json: with each resource verbatim).\n"
        "  add FILE.json…   passphrase. Publishes your own entries (patient-reported) to your self record.\n"
        "  export --bundle FILE [--categories … --from … --to … --entry R:S] | --ips FILE   passphrase.\n"
        "           Writes a FHIR Bundle of the verified entries in the scope, or the International Patient\n"
        "           Summary of the record (FHIR R4 JSON, readable by the owner only). 55 scope, 56 file.\n"
        "  shl create [--summary | --categories … --from … --to … --entry R:S] [--hours N] [--passcode-stdin]\n"
        "           [--long-term] [--label TEXT] [--host URL] [--qr FILE.png] [--json]   passphrase (then the\n"
        "           passcode). Makes a SMART Health Link at the share host and prints it (docs/SHL.md).\n"
        "  shl emergency [--days N] [--label TEXT] [--host URL] [--qr FILE.png]   passphrase. The emergency\n"
        "           card: the patient summary as a passcode-free link that lasts N days (default 365).\n"
        "  shl list [--json] [--host URL] | log ID [--json] | update ID   passphrase. The links, a link's\n"
        "           access log, a long-term link's file made again. shl show ID | revoke ID   passphrase.\n"
        "           50 request refused, 51 host unreachable, 52 host refused, 53 no such link, 54 key unknown.\n"
        "A new passphrase must be rated acceptable (at least %1 characters and hard to guess).\n"
        "CARNET_KDF=floor makes create/restore use the floor Argon2id parameters (m=64 MiB, t=3, p=1)\n"
        "instead of calibrating to about one second: for tests only.\n"
        "\n"
        "Exit status: 0 success, 1 usage error, 2 invalid recovery phrase, 3 wrong passphrase,\n"
        "4 vault damaged, 5 no vault, 6 a vault or other files already there, 7 vault in use by another\n"
        "process, 8 too many wrong passphrases (wait), 9 vault from a newer Carnet, 10 new passphrase\n"
        "refused, 11 disk full or file-system error, 12 internal error, 13-19 network errors (see\n"
        "carnet-cli devnet --help), 20 synced but a node was set aside or a record is incomplete, 21 nothing\n"
        "synced (no usable node or no majority), 23 publishing refused or failed, 24 no record index could\n"
        "be reserved (the nodes do not confirm it, gas is not free, or too many indexes are taken).")
        .arg(core::kMinimumPassphraseLength);
}

} // namespace

int runWallet(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(description());
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"),
                                 QStringLiteral("create, restore, info, passwd, connect-code, sync, entries, add, export, share, grants, "
                                                "revoke, access-log, studies, study-preview, join, leave, earnings or withdraw."),
                                 QStringLiteral("create|restore|info|passwd|connect-code|sync|entries|add|export|share|grants|revoke|access-log|"
                                                "studies|study-preview|join|leave|earnings|withdraw"));
    const QCommandLineOption vaultOption(QStringLiteral("vault"),
                                         QStringLiteral("The vault directory (default: %1).")
                                             .arg(platform::defaultVaultDirectory()),
                                         QStringLiteral("DIR"));
    parser.addOption(vaultOption);
    parser.addOption({QStringLiteral("provider"), QStringLiteral("connect-code: the provider's name."), QStringLiteral("NAME")});
    parser.addOption({QStringLiteral("network"), QStringLiteral("connect-code, sync, add: the network file (default: $CARNET_HOME/network.json)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("discover"), QStringLiteral("sync: look for records beyond the known ones; grants: for grants this recovery phrase made "
                                                                  "that the vault does not know (after a restore).")});
    parser.addOption({QStringLiteral("progress"), QStringLiteral("sync: report progress on standard error.")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("entries, grants, access-log: print JSON.")});
    // export (docs/CLI.md, "Exporting FHIR"): --bundle takes the scope options of share
    parser.addOption({QStringLiteral("bundle"), QStringLiteral("export: write a FHIR Bundle of the entries in the scope (--categories, --from, --to, --entry)."),
                      QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("ips"), QStringLiteral("export: write the International Patient Summary of the whole record."), QStringLiteral("FILE")});
    // share (docs/CLI.md, "Sharing with a clinician")
    parser.addOption({QStringLiteral("categories"), QStringLiteral("share: categories (lab,vital,condition,medication,immunization,"
                                                                   "allergy,encounter,note,procedure,report,other or all)."),
                      QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("share: first day of the data (YYYY-MM-DD)."), QStringLiteral("DAY")});
    parser.addOption({QStringLiteral("entry"), QStringLiteral("share: one entry, RECORD:SEQUENCE (repeatable)."), QStringLiteral("R:S")});
    parser.addOption({QStringLiteral("hours"), QStringLiteral("share: how long the grant lasts (1 to 720, default 24)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("clinician"), QStringLiteral("share: the named clinician's code (carnet-clinician:v1:…)."), QStringLiteral("CODE")});
    parser.addOption({QStringLiteral("clinician-address"), QStringLiteral("share: the named clinician's registered account."), QStringLiteral("0x…")});
    parser.addOption({QStringLiteral("passcode-stdin"), QStringLiteral("share: read a passcode line after the passphrase.")});
    parser.addOption({QStringLiteral("write-back"), QStringLiteral("share: let the clinician add notes and prescriptions.")});
    parser.addOption({QStringLiteral("preview"), QStringLiteral("share: show what the clinician would see, share nothing.")});
    parser.addOption({QStringLiteral("qr"), QStringLiteral("share: also write the share code as a QR code (PNG, phone-readable size)."),
                      QStringLiteral("FILE.png")});
    parser.addOption({QStringLiteral("fhir"), QStringLiteral("grants: the grants as FHIR R4 Consent resources; access-log: as AuditEvent resources.")});
    parser.addOption({QStringLiteral("grant"), QStringLiteral("revoke: the grant's number (wallet grants lists them)."), QStringLiteral("N")});
    // research (docs/CLI.md, "Paid research")
    parser.addOption({QStringLiteral("free-text"), QStringLiteral("study-preview, join: agree to share free text when the study asks for it.")});
    parser.addOption({QStringLiteral("bytes"), QStringLiteral("study-preview: print the dataset's exact bytes instead of its fields."),});
    parser.addOption({QStringLiteral("hash"), QStringLiteral("join: the dataset hash the preview printed (the join refuses any other)."),
                      QStringLiteral("0x…")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("share: last day of the data (YYYY-MM-DD); withdraw: the address to send earnings to."),
                      QStringLiteral("DAY|0x…")});
    // SMART Health Links (docs/CLI.md, "SMART Health Links")
    parser.addOption({QStringLiteral("host"), QStringLiteral("shl: the share host's base URL (default: the network file's shareHost)."),
                      QStringLiteral("URL")});
    parser.addOption({QStringLiteral("summary"), QStringLiteral("shl create: the International Patient Summary of the record instead of the scope's entries.")});
    parser.addOption({QStringLiteral("long-term"), QStringLiteral("shl create: a link whose file can be updated (flag L; needs a passcode).")});
    parser.addOption({QStringLiteral("label"), QStringLiteral("shl create, emergency: the label the receiver sees (80 characters at most)."),
                      QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("shl emergency: how long the card lasts (1 to 730, default 365)."),
                      QStringLiteral("N")});
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "carnet-cli wallet: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "wallet")), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const bool takesFiles = positional.value(0) == QLatin1String("add");
    const bool link = positional.value(0) == QLatin1String("shl");
    const bool takesStudy = QStringList{QStringLiteral("study-preview"), QStringLiteral("join"), QStringLiteral("leave")}.contains(positional.value(0));
    if (positional.isEmpty() || (positional.size() != 1 && !takesFiles && !link && !(takesStudy && positional.size() == 2))) {
        // Secrets never come from arguments: they would land in the shell history and in `ps`.
        std::fputs("carnet-cli wallet: give one action (create, restore, info, passwd, connect-code, sync, entries, add, share, grants, revoke, "
                   "access-log, studies, study-preview ID, join ID, leave ID, earnings, withdraw, shl …); secrets are read from standard input\n", stderr);
        return ExitUsage;
    }
    const QString dir = parser.isSet(vaultOption) ? parser.value(vaultOption) : platform::defaultVaultDirectory();
    if (dir.isEmpty()) {
        std::fputs("carnet-cli wallet: --vault needs a directory\n", stderr);
        return ExitUsage;
    }
    const QString action = positional.constFirst();
    if (action == QLatin1String("create"))
        return create(dir);
    if (action == QLatin1String("restore"))
        return restore(dir);
    if (action == QLatin1String("info"))
        return info(dir);
    if (action == QLatin1String("passwd"))
        return passwd(dir);
    if (const int status = runWalletRecordAction(action, dir, parser); status >= 0)
        return status;
    if (const int status = runWalletLinkAction(action, positional.mid(1), dir, parser); status >= 0)
        return status;
    if (const int status = runWalletResearchAction(action, positional.value(1), dir, parser); status >= 0)
        return status;
    std::fprintf(stderr, "carnet-cli wallet: unknown action '%s'; see carnet-cli wallet --help\n", qPrintable(action));
    return ExitUsage;
}

} // namespace carnet::cli
