// SPDX-License-Identifier: GPL-3.0-or-later
#include "linkrows.h"

#include "qml/share/grantviewmodel.h"
#include "qml/share/linkwords.h"

#include "core/fhir/entry.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>
#include <QStringList>

namespace carnet::qml::linkrows {

using namespace core;
using service::LinkKind;
using service::LinkStatus;

namespace {

QString dayText(std::uint32_t day)
{
    if (day == 0)
        return {};
    const QDate date(static_cast<int>(day / 10000), static_cast<int>(day / 100 % 100), static_cast<int>(day % 100));
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

const char *kindKey(LinkKind kind)
{
    switch (kind) {
    case LinkKind::Bundle: return "bundle";
    case LinkKind::Summary: return "summary";
    case LinkKind::Emergency: return "emergency";
    }
    return "bundle";
}

const char *whatKey(service::LinkAccess::What what)
{
    switch (what) {
    case service::LinkAccess::What::Manifest: return "manifest";
    case service::LinkAccess::What::File: return "file";
    case service::LinkAccess::What::Direct: return "direct";
    case service::LinkAccess::What::WrongPasscode: return "wrongPasscode";
    }
    return "manifest";
}

} // namespace

QString timeText(std::int64_t unixSeconds)
{
    return unixSeconds > 0 ? GrantViewModel::dateTimeText(QDateTime::fromSecsSinceEpoch(unixSeconds)) : QString();
}

QString statusKey(const service::LinkListing &x, std::int64_t now)
{
    switch (x.status) {
    case LinkStatus::Active: return QStringLiteral("active");
    case LinkStatus::Revoked: return QStringLiteral("revoked");
    case LinkStatus::Expired: return QStringLiteral("expired");
    case LinkStatus::Disabled: return QStringLiteral("disabled");
    case LinkStatus::Unknown: break;
    }
    if (x.link.revokedAt > 0)
        return QStringLiteral("revoked");
    if (x.link.expiresAt > 0 && x.link.expiresAt <= now)
        return QStringLiteral("expired");
    return QStringLiteral("unreachable");
}

QVariantMap linkRow(const service::LinkListing &x, std::int64_t now)
{
    const service::StoredLink &l = x.link;
    const QString status = statusKey(x, now);
    QStringList categories;
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i) {
        const auto c = static_cast<fhir::EntryCategory>(i);
        if (l.scope.categories & share::categoryBit(c))
            categories.append(QLatin1String(fhir::categoryKey(c)));
    }
    return {{QStringLiteral("id"), l.id},
            {QStringLiteral("label"), l.label},
            {QStringLiteral("kind"), QLatin1String(kindKey(l.kind))},
            {QStringLiteral("kindText"), LinkWords::kind(l.kind)},
            {QStringLiteral("status"), status},
            {QStringLiteral("statusText"), LinkWords::status(status)},
            // Revocable while it may still open (an unreachable host's link too: the call says why not).
            {QStringLiteral("revocable"), status == QLatin1String("active") || status == QLatin1String("unreachable")
                                              || status == QLatin1String("disabled")},
            {QStringLiteral("createdText"), timeText(l.createdAt)},
            {QStringLiteral("expiryText"), timeText(l.expiresAt)},
            {QStringLiteral("accesses"), x.accesses},
            {QStringLiteral("lastAccessText"), x.lastAccess ? timeText(*x.lastAccess) : QString()},
            {QStringLiteral("passcode"), l.flag.contains(QLatin1Char('P'))},
            {QStringLiteral("longTerm"), l.flag.contains(QLatin1Char('L'))},
            {QStringLiteral("failuresRemaining"), x.failuresRemaining},
            {QStringLiteral("hasKey"), l.hasKey},
            {QStringLiteral("uploaded"), l.uploaded},
            {QStringLiteral("entryCount"), static_cast<int>(l.entryCount)},
            {QStringLiteral("categories"), categories},
            {QStringLiteral("fromText"), dayText(l.scope.from)},
            {QStringLiteral("toText"), dayText(l.scope.to)},
            {QStringLiteral("singleEntries"), static_cast<int>(l.scope.entries.size())}};
}

QVariantMap accessRow(const service::LinkAccess &a)
{
    return {{QStringLiteral("recipient"), a.recipient},
            {QStringLiteral("address"), a.address},
            {QStringLiteral("whenText"), timeText(a.time)},
            {QStringLiteral("what"), QLatin1String(whatKey(a.what))},
            {QStringLiteral("whatText"), LinkWords::access(a.what)}};
}

} // namespace carnet::qml::linkrows
