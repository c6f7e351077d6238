// SPDX-License-Identifier: GPL-3.0-or-later
#include "shlcli.h"

#include "command.h"

namespace carnet::cli {

using core::shl::ReceiveError;

namespace {

QString fileName(int index)
{
    return index >= 0 ? QStringLiteral("file %1").arg(index + 1) : QStringLiteral("the manifest");
}

QString attemptsText(int remaining)
{
    if (remaining < 0)
        return QStringLiteral("the host did not say how many attempts are left");
    if (remaining == 0)
        return QStringLiteral("no attempt left: the host has disabled the link");
    return remaining == 1 ? QStringLiteral("1 attempt left") : QStringLiteral("%1 attempts left").arg(remaining);
}

} // namespace

QString receiveFailureText(const core::shl::ReceiveFailure &f, const core::shl::ReceiveOptions &options)
{
    switch (f.error) {
    case ReceiveError::BadOptions:
        return QStringLiteral("--recipient must be 1 to 200 characters, without control characters");
    case ReceiveError::UrlRefused:
        return QStringLiteral("the link's address is refused: ")
            + QLatin1String(core::shl::describe(f.link.value_or(core::shl::LinkError::UrlNotHttps)))
            + QStringLiteral(" (http only for a host on this machine, with --allow-loopback-http)");
    case ReceiveError::UnsupportedVersion:
        return QLatin1String(core::shl::describe(core::shl::LinkError::UnsupportedVersion));
    case ReceiveError::Expired: return QStringLiteral("the link has expired: nothing was requested");
    case ReceiveError::PasscodeRequired:
        if (f.status == 401)
            return QStringLiteral("the host asks for a passcode (give it with --passcode-stdin; %1)").arg(attemptsText(f.remainingAttempts));
        return QStringLiteral("the link needs a passcode: give it with --passcode-stdin (nothing was requested)");
    case ReceiveError::WrongPasscode:
        return QStringLiteral("the passcode is wrong (%1)").arg(attemptsText(f.remainingAttempts));
    case ReceiveError::NotFound:
        if (f.file >= 0)
            return QStringLiteral("%1 is no longer served (HTTP 404): the link was revoked or expired meanwhile, or its "
                                  "location expired").arg(fileName(f.file));
        return QStringLiteral("the link is not active: unknown, revoked, expired or disabled (HTTP 404)");
    case ReceiveError::RateLimited:
        if (f.retryAfter >= 0)
            return QStringLiteral("the host asks to wait %1 s before asking again (HTTP 429; --retry-wait waits once, up to 10 s)")
                .arg(f.retryAfter);
        return QStringLiteral("the host refuses requests this often (HTTP 429)");
    case ReceiveError::Unreachable:
        if (f.http == core::net::HttpFailure::Timeout)
            return QStringLiteral("the host did not answer within %1 s (%2)")
                .arg(qint64(options.timeout.count() / 1000)).arg(f.file >= 0 ? fileName(f.file) : QStringLiteral("the link"));
        return QStringLiteral("the host could not be reached (refused, reset, DNS or TLS)");
    case ReceiveError::AnswerTooLarge:
        return QStringLiteral("the host's answer (%1) is over the %2-byte limit").arg(fileName(f.file)).arg(options.maxBytes);
    case ReceiveError::HttpStatus:
        if (f.status >= 300 && f.status < 400)
            return QStringLiteral("the host answered HTTP %1, a redirect (never followed)").arg(f.status);
        return QStringLiteral("the host answered HTTP %1").arg(f.status);
    case ReceiveError::BadManifest:
        return QStringLiteral("the host's manifest is malformed: ")
            + QLatin1String(core::shl::describe(f.manifest.value_or(core::shl::ManifestError::NotJson)));
    case ReceiveError::TooManyFiles:
        return QStringLiteral("the manifest lists more than %1 files").arg(options.maxFiles);
    case ReceiveError::ManifestTooOld:
        return QStringLiteral("%1's location would be used over an hour after the manifest: open the link again").arg(fileName(f.file));
    case ReceiveError::DoesNotDecrypt:
        return QStringLiteral("%1 does not decrypt with the link's key: ").arg(fileName(f.file))
            + QLatin1String(core::shl::describe(f.jwe.value_or(core::shl::JweError::DoesNotDecrypt)));
    case ReceiveError::ContentTypeMismatch:
        return QStringLiteral("%1 is not what the manifest says: its encrypted content type differs").arg(fileName(f.file));
    case ReceiveError::ContentTooLarge:
        return QStringLiteral("%1 decrypts to more than the %2-byte limit").arg(fileName(f.file)).arg(options.maxBytes);
    case ReceiveError::NotJson: return QStringLiteral("%1 is not a JSON object").arg(fileName(f.file));
    case ReceiveError::NotFhirResource:
        return QStringLiteral("%1 says application/fhir+json but is not a FHIR resource (no resourceType)").arg(fileName(f.file));
    case ReceiveError::NotHealthCard:
        return QStringLiteral("%1 says application/smart-health-card but has no verifiableCredential list").arg(fileName(f.file));
    case ReceiveError::NotApiAccess:
        return QStringLiteral("%1 says application/smart-api-access but has no aud").arg(fileName(f.file));
    }
    return QStringLiteral("the link could not be opened");
}

int receiveExitStatus(ReceiveError error)
{
    switch (error) {
    case ReceiveError::BadOptions: return ExitUsage;
    case ReceiveError::UrlRefused:
    case ReceiveError::UnsupportedVersion: return ExitShlBadLink;
    case ReceiveError::Expired:
    case ReceiveError::NotFound: return ExitShlInactive;
    case ReceiveError::PasscodeRequired:
    case ReceiveError::WrongPasscode: return ExitShlPasscode;
    case ReceiveError::RateLimited:
    case ReceiveError::Unreachable:
    case ReceiveError::AnswerTooLarge:
    case ReceiveError::HttpStatus:
    case ReceiveError::BadManifest:
    case ReceiveError::TooManyFiles:
    case ReceiveError::ManifestTooOld: return ExitShlHost;
    case ReceiveError::DoesNotDecrypt:
    case ReceiveError::ContentTypeMismatch:
    case ReceiveError::ContentTooLarge:
    case ReceiveError::NotJson:
    case ReceiveError::NotFhirResource:
    case ReceiveError::NotHealthCard:
    case ReceiveError::NotApiAccess: return ExitShlBadFile;
    }
    return ExitShlHost;
}

} // namespace carnet::cli
