// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletio.h"

#include "command.h"
#include "secretinput.h"

#include "core/passphrasestrength.h"
#include "core/vault/calibrate.h"
#include "core/vault/header.h"
#include "core/service/wallet.h"

#include <QDir>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <unistd.h>

namespace carnet::cli {

namespace {

// Passphrases are typed: 1 KiB is far beyond any real one, and bounds what stdin can make us hold.
constexpr std::size_t kMaxPassphraseBytes = 1024;
constexpr std::size_t kWordsPerLine = 6;

QString shown(const QString &dir)
{
    return QDir::toNativeSeparators(QDir::cleanPath(QDir(dir).absolutePath()));
}

QString weakReason(const core::PassphraseStrength &strength)
{
    if (strength.verdict == core::PassphraseStrength::Verdict::TooShort)
        return QStringLiteral("it has fewer than %1 characters").arg(core::kMinimumPassphraseLength);
    return QStringLiteral("it would be guessed in about 2^%1 attempts (strength %2 of 4, at least 3 is needed)")
        .arg(static_cast<int>(strength.entropyBits))
        .arg(strength.score);
}

/** Rates a UTF-8 passphrase; the QString copy zxcvbn needs is wiped before returning. */
core::PassphraseStrength rate(const crypto::SecureBuffer &passphrase)
{
    QString text = QString::fromUtf8(reinterpret_cast<const char *>(passphrase.data()),
                                     static_cast<qsizetype>(passphrase.size()));
    const core::PassphraseStrength strength = core::ratePassphrase(text);
    crypto::secureWipe(text.data(), static_cast<std::size_t>(text.size()) * sizeof(QChar));
    text.clear();
    return strength;
}

/** Writes all of `bytes` to standard output, unbuffered. */
void writeAll(std::string_view bytes)
{
    while (!bytes.empty()) {
        const ssize_t n = ::write(STDOUT_FILENO, bytes.data(), bytes.size());
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return;
        bytes.remove_prefix(static_cast<std::size_t>(n));
    }
}

} // namespace

int reportError(const char *action, int status, const QString &message)
{
    std::fprintf(stderr, "carnet-cli wallet %s: %s\n", action, qPrintable(message));
    return status;
}

int reportVaultError(const char *action, core::VaultError error, const QString &dir)
{
    using core::VaultError;
    const QString where = shown(dir);
    const auto damaged = [&](const QString &what) {
        return reportError(action, ExitVaultDamaged,
                           QStringLiteral("the vault is damaged: %1 (restore a backup of %2, or restore the wallet "
                                          "from its recovery phrase into a new directory)")
                               .arg(what, where));
    };
    switch (error) {
    case VaultError::WrongPassphrase:
        return reportError(action, ExitWrongPassphrase, QStringLiteral("wrong passphrase"));
    case VaultError::Damaged:
        return damaged(QStringLiteral("its header or database is corrupt, truncated or was tampered with"));
    case VaultError::MissingHeader:
        return damaged(QStringLiteral("vault.header is missing"));
    case VaultError::MissingDatabase:
        return damaged(QStringLiteral("vault.db is missing"));
    case VaultError::PlaintextDatabase:
        return damaged(QStringLiteral("vault.db is not encrypted, refusing to use it"));
    case VaultError::WeakParameters:
        return damaged(QStringLiteral("its key-derivation parameters are below the floor (m=64 MiB, t=3, p=1), "
                                      "refusing to use it"));
    case VaultError::NotFound:
        return reportError(action, ExitNoVault,
                           QStringLiteral("there is no vault in %1 (create one with `carnet-cli wallet create`)").arg(where));
    case VaultError::AlreadyExists:
        if (core::service::Wallet::exists(dir))
            return reportError(action, ExitVaultExists, QStringLiteral("a vault already exists in %1").arg(where));
        return reportError(action, ExitVaultExists,
                           QStringLiteral("%1 is not empty; choose a new or empty directory").arg(where));
    case VaultError::InUse:
        return reportError(action, ExitVaultInUse, QStringLiteral("another Carnet process has this vault open"));
    case VaultError::Throttled: {
        const auto wait = std::max<std::chrono::seconds::rep>(1, core::service::Wallet::throttleRemaining(dir).count());
        return reportError(action, ExitThrottled,
                           QStringLiteral("too many wrong passphrases: try again in %1 s").arg(wait));
    }
    case VaultError::UnsupportedVersion:
        return reportError(action, ExitVaultTooNew,
                           QStringLiteral("this vault was written by a newer version of Carnet; update carnet-cli"));
    case VaultError::EmptyPassphrase:
        return reportError(action, ExitPassphraseRefused, QStringLiteral("the new passphrase is empty"));
    case VaultError::InvalidPhrase:
        return reportError(action, ExitInvalidPhrase, QStringLiteral("invalid recovery phrase"));
    case VaultError::DiskFull:
        return reportError(action, ExitVaultIo, QStringLiteral("the disk holding %1 is full; nothing was changed").arg(where));
    case VaultError::IoError:
        return reportError(action, ExitVaultIo,
                           QStringLiteral("cannot read or write %1 (file-system error or permissions)").arg(where));
    case VaultError::KeystoreUnavailable:
    case VaultError::Locked:
    case VaultError::NeedsPassphrase: // the CLI always opens with the passphrase
        break;
    }
    return reportError(action, ExitInternal,
                       QStringLiteral("unexpected vault error %1").arg(QLatin1String(core::vaultErrorName(error))));
}

std::optional<crypto::SecureBuffer> readPassphrase(const char *prompt)
{
    return readSecretLine(prompt, kMaxPassphraseBytes);
}

std::optional<crypto::SecureBuffer> readNewPassphrase(const char *action, int &status)
{
    std::optional<crypto::SecureBuffer> first = readPassphrase("New passphrase: ");
    std::optional<crypto::SecureBuffer> second = first ? readPassphrase("Repeat the new passphrase: ") : std::nullopt;
    if (!first || !second) {
        status = reportError(action, ExitUsage,
                             QStringLiteral("cannot read the new passphrase and its confirmation from standard input "
                                            "(one line each, at most %1 bytes)").arg(kMaxPassphraseBytes));
        return std::nullopt;
    }
    if (first->size() != second->size() || !std::equal(first->data(), first->data() + first->size(), second->data())) {
        status = reportError(action, ExitPassphraseRefused,
                             QStringLiteral("the new passphrase and its confirmation do not match"));
        return std::nullopt;
    }
    second->clear();
    if (first->empty()) {
        status = reportError(action, ExitPassphraseRefused, QStringLiteral("the new passphrase is empty"));
        return std::nullopt;
    }
    const core::PassphraseStrength strength = rate(*first);
    if (!strength.acceptable()) {
        status = reportError(action, ExitPassphraseRefused,
                             QStringLiteral("the new passphrase is too weak: %1; a few unrelated words make a strong "
                                            "passphrase that is easy to remember").arg(weakReason(strength)));
        return std::nullopt;
    }
    return first;
}

std::optional<crypto::Argon2Params> newVaultParameters(const char *action)
{
    const QString choice = qEnvironmentVariable("CARNET_KDF");
    if (choice.isEmpty())
        return core::calibrateArgon2();
    if (choice == QLatin1String("floor"))
        return core::kArgon2Floor;
    reportError(action, ExitUsage,
                QStringLiteral("CARNET_KDF must be unset (calibrate to this computer) or \"floor\" (tests only)"));
    return std::nullopt;
}

QString describeParameters(const crypto::Argon2Params &params)
{
    return QStringLiteral("Argon2id m=%1 KiB (%2 MiB), t=%3, p=%4")
        .arg(params.memoryKiB)
        .arg(params.memoryKiB / 1024)
        .arg(params.iterations)
        .arg(params.parallelism);
}

void printRecoveryPhrase(const crypto::SecureBuffer &phrase)
{
    const std::string_view text = phrase.asStringView();
    const std::size_t words = text.empty() ? 0 : static_cast<std::size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
    std::printf("\n==================================================================================\n"
                "RECOVERY PHRASE: write these %zu words down on paper, in this order, and keep them\n"
                "somewhere safe and offline. They restore this wallet if the passphrase or this\n"
                "computer is lost, and anyone who reads them can take the wallet.\n"
                "They are shown only this once.\n\n",
                words);
    // Word by word straight from secure memory to the file descriptor: stdio keeps no copy.
    std::fflush(stdout);
    std::size_t start = 0;
    for (std::size_t index = 0; start <= text.size() && index < words; ++index) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos)
            end = text.size();
        writeAll(text.substr(start, end - start));
        writeAll((index + 1) % kWordsPerLine == 0 || index + 1 == words ? "\n" : " ");
        start = end + 1;
    }
    std::printf("==================================================================================\n");
    std::fflush(stdout);
}

} // namespace carnet::cli
