// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/grantfhir.h"

#include "core/fhir/entry.h"

#include <QDateTime>
#include <QJsonArray>

namespace carnet::core::service {

namespace {

QString hex(crypto::ByteView bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.data()),
                                                                 static_cast<qsizetype>(bytes.size())).toHex());
}

QString instant(std::int64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(unixSeconds, Qt::UTC).toString(Qt::ISODate);
}

QString day(std::uint32_t yyyymmdd)
{
    return QDate(static_cast<int>(yyyymmdd / 10000), static_cast<int>(yyyymmdd / 100 % 100), static_cast<int>(yyyymmdd % 100))
        .toString(Qt::ISODate);
}

QJsonObject coding(const char *system, const char *code, const char *display = nullptr)
{
    QJsonObject c{{QStringLiteral("system"), QLatin1String(system)}, {QStringLiteral("code"), QLatin1String(code)}};
    if (display)
        c.insert(QStringLiteral("display"), QLatin1String(display));
    return c;
}

QJsonObject codeable(const QJsonObject &c)
{
    return QJsonObject{{QStringLiteral("coding"), QJsonArray{c}}};
}

QJsonObject identifier(const char *system, const QString &value)
{
    return QJsonObject{{QStringLiteral("system"), QLatin1String(system)}, {QStringLiteral("value"), value}};
}

QString consentStatus(const StoredGrant &g, std::optional<ledger::GrantState> state)
{
    if (!state)
        return g.revokedAt != 0 ? QStringLiteral("inactive") : g.issued ? QStringLiteral("active") : QStringLiteral("proposed");
    switch (*state) {
    case ledger::GrantState::Active:
        return QStringLiteral("active");
    case ledger::GrantState::Revoked:
    case ledger::GrantState::Expired:
        return QStringLiteral("inactive");
    case ledger::GrantState::Incomplete:
    case ledger::GrantState::None:
        return QStringLiteral("proposed");
    }
    return QStringLiteral("proposed");
}

} // namespace

QJsonObject consentOf(const StoredGrant &g, std::optional<ledger::GrantState> state, std::uint64_t chainId,
                      const crypto::Address &accessGrants)
{
    const QString grantId = hex(g.grantId);
    QJsonObject provision{{QStringLiteral("type"), QStringLiteral("permit")},
                          {QStringLiteral("period"), QJsonObject{{QStringLiteral("start"), instant(g.createdAt)},
                                                                 {QStringLiteral("end"), instant(static_cast<std::int64_t>(g.expiry))}}}};
    QJsonArray actions{codeable(coding("http://terminology.hl7.org/CodeSystem/consentaction", "access"))};
    if (g.permissions & ledger::kPermissionWrite)
        actions.append(codeable(coding("http://terminology.hl7.org/CodeSystem/consentaction", "correct")));
    provision.insert(QStringLiteral("action"), actions);
    if (g.mode == share::BundleMode::Named) {
        QJsonObject reference{{QStringLiteral("identifier"), identifier("urn:carnet:account", ledger::addressText(g.grantee))}};
        if (!g.granteeName.isEmpty())
            reference.insert(QStringLiteral("display"), g.granteeName);
        provision.insert(QStringLiteral("actor"),
                         QJsonArray{QJsonObject{{QStringLiteral("role"), codeable(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                                                                         "IRCP", "information recipient"))},
                                                {QStringLiteral("reference"), reference}}});
    }
    if (g.scope.from != 0 || g.scope.to != 0) {
        QJsonObject period;
        if (g.scope.from != 0)
            period.insert(QStringLiteral("start"), day(g.scope.from));
        if (g.scope.to != 0)
            period.insert(QStringLiteral("end"), day(g.scope.to));
        provision.insert(QStringLiteral("dataPeriod"), period);
    }
    QJsonArray codes;
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i)
        if (g.scope.categories & (1u << i))
            codes.append(codeable(coding("urn:carnet:category", fhir::categoryKey(static_cast<fhir::EntryCategory>(i)))));
    if (!codes.isEmpty())
        provision.insert(QStringLiteral("code"), codes);
    QJsonArray data;
    for (const share::ScopeEntry &e : g.scope.entries)
        data.append(QJsonObject{{QStringLiteral("meaning"), QStringLiteral("instance")},
                                {QStringLiteral("reference"),
                                 QJsonObject{{QStringLiteral("identifier"),
                                              identifier("urn:carnet:entry", QStringLiteral("%1:%2").arg(hex(e.recordId)).arg(e.sequence))}}}});
    if (!data.isEmpty())
        provision.insert(QStringLiteral("data"), data);
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("Consent")},
        {QStringLiteral("id"), QStringLiteral("grant-%1").arg(g.index)},
        {QStringLiteral("identifier"), QJsonArray{identifier("urn:carnet:grant", grantId)}},
        {QStringLiteral("status"), consentStatus(g, state)},
        {QStringLiteral("scope"), codeable(coding("http://terminology.hl7.org/CodeSystem/consentscope", "patient-privacy", "Privacy Consent"))},
        {QStringLiteral("category"), QJsonArray{codeable(coding("http://loinc.org", "59284-0", "Patient Consent"))}},
        {QStringLiteral("dateTime"), instant(g.createdAt)},
        {QStringLiteral("sourceReference"),
         QJsonObject{{QStringLiteral("identifier"),
                      identifier("urn:carnet:access-grants", QStringLiteral("eip155:%1:%2").arg(chainId).arg(ledger::addressText(accessGrants)))},
                     {QStringLiteral("display"), QStringLiteral("AccessGrants grant %1").arg(grantId)}}},
        {QStringLiteral("policyRule"), codeable(coding("http://terminology.hl7.org/CodeSystem/v3-ActCode", "OPTIN", "opt-in"))},
        {QStringLiteral("provision"), provision},
    };
}

QJsonObject auditEventOf(const AccessLogEntry &e, std::uint64_t chainId, const crypto::Address &accessGrants)
{
    QJsonObject who{{QStringLiteral("identifier"), identifier("urn:carnet:account", ledger::addressText(e.clinician))}};
    if (!e.clinicianName.isEmpty())
        who.insert(QStringLiteral("display"), e.clinicianName);
    return QJsonObject{
        {QStringLiteral("resourceType"), QStringLiteral("AuditEvent")},
        {QStringLiteral("id"), QStringLiteral("receipt-%1").arg(hex(e.receiptHash).mid(2, 16))},
        {QStringLiteral("type"), coding("http://terminology.hl7.org/CodeSystem/audit-event-type", "rest", "RESTful Operation")},
        {QStringLiteral("subtype"), QJsonArray{coding("http://hl7.org/fhir/restful-interaction", "read", "read")}},
        {QStringLiteral("action"), QStringLiteral("R")},
        {QStringLiteral("recorded"), instant(static_cast<std::int64_t>(e.accessedAt))},
        {QStringLiteral("outcome"), QStringLiteral("0")},
        {QStringLiteral("agent"),
         QJsonArray{QJsonObject{{QStringLiteral("type"), codeable(coding("http://terminology.hl7.org/CodeSystem/v3-ParticipationType",
                                                                        "IRCP", "information recipient"))},
                                {QStringLiteral("who"), who},
                                {QStringLiteral("requestor"), true}}}},
        {QStringLiteral("source"),
         QJsonObject{{QStringLiteral("observer"),
                      QJsonObject{{QStringLiteral("identifier"),
                                   identifier("urn:carnet:access-grants", QStringLiteral("eip155:%1:%2").arg(chainId).arg(ledger::addressText(accessGrants)))},
                                  {QStringLiteral("display"), QStringLiteral("Carnet AccessGrants")}}}}},
        {QStringLiteral("entity"),
         QJsonArray{QJsonObject{{QStringLiteral("what"), QJsonObject{{QStringLiteral("reference"), QStringLiteral("Consent/grant-%1").arg(e.grantIndex)},
                                                                     {QStringLiteral("identifier"), identifier("urn:carnet:grant", hex(e.grantId))}}},
                                {QStringLiteral("type"), coding("http://terminology.hl7.org/CodeSystem/audit-entity-type", "2", "System Object")},
                                {QStringLiteral("detail"),
                                 QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("receiptHash")},
                                                        {QStringLiteral("valueString"), hex(e.receiptHash)}},
                                            QJsonObject{{QStringLiteral("type"), QStringLiteral("block")},
                                                        {QStringLiteral("valueString"), QString::number(e.block)}}}}}}},
    };
}

QJsonObject collectionOf(const QList<QJsonObject> &resources)
{
    QJsonArray entries;
    for (const QJsonObject &r : resources)
        entries.append(QJsonObject{{QStringLiteral("resource"), r}});
    return QJsonObject{{QStringLiteral("resourceType"), QStringLiteral("Bundle")},
                       {QStringLiteral("type"), QStringLiteral("collection")},
                       {QStringLiteral("entry"), entries}};
}

} // namespace carnet::core::service
