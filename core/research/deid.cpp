// SPDX-License-Identifier: GPL-3.0-or-later
// deidentify(): the resource-level rules (excluded types, keyed ids and references, the Patient's age
// category); the element rules are the tables of deidallow.cpp and the handlers of deidtypes.cpp.
#include "core/research/deid.h"

#include "core/research/deid_p.h"
#include "crypto/hash.h"

#include <QRegularExpression>

namespace carnet::core::research {

const char *deidErrorName(DeidError error) noexcept
{
    switch (error) {
    case DeidError::BadPolicy: return "BadPolicy";
    case DeidError::NotJson: return "NotJson";
    case DeidError::NotAResource: return "NotAResource";
    case DeidError::NoId: return "NoId";
    }
    return "?";
}

QString keyedId(const crypto::SecureBuffer &secret, const QString &resourceType, const QString &id)
{
    QByteArray message(kDeidIdTag.data(), qsizetype(kDeidIdTag.size()));
    message += '\0';
    message += resourceType.toUtf8();
    message += '\0';
    message += id.toUtf8();
    const crypto::Hash32 mac = crypto::hmacSha256(
        secret.view(), crypto::ByteView(reinterpret_cast<const std::uint8_t *>(message.constData()), std::size_t(message.size())));
    return QString::fromStdString(crypto::toHex(crypto::ByteView(mac.data(), 16)));
}

namespace detail {

std::optional<QString> rewriteReference(const fhir::JsonValue &reference, std::string_view refType, Context &ctx)
{
    static const QRegularExpression relative(QStringLiteral(
        "^([A-Z][A-Za-z]{1,63})/([A-Za-z0-9.-]{1,64})(/_history/[A-Za-z0-9.-]{1,64})?$"));
    static const QRegularExpression urlTail(QStringLiteral(
        "/([A-Z][A-Za-z]{1,63})/[A-Za-z0-9.-]{1,64}(/_history/[A-Za-z0-9.-]{1,64})?$"));
    if (!reference["reference"].isString())
        return std::nullopt;
    QString ref = reference["reference"].toString();
    if (const auto it = ctx.policy.fullUrls.find(ref); it != ctx.policy.fullUrls.end())
        ref = it->second;
    QString type;
    QString key;
    if (const auto m = relative.match(ref); m.hasMatch()) {
        type = m.captured(1);
        key = m.captured(2);
    } else if (ref.startsWith(u"urn:uuid:") || ref.startsWith(u"urn:oid:") || ref.startsWith(u"http://") ||
               ref.startsWith(u"https://")) {
        const auto tail = urlTail.match(ref);
        if (reference["type"].isString())
            type = reference["type"].toString();
        else if (tail.hasMatch())
            type = tail.captured(1);
        else
            type = QString::fromLatin1(refType.data(), qsizetype(refType.size()));
        key = ref; // keyed on the whole string
    } else {
        return std::nullopt; // "#contained" (dropped with `contained`), or not a reference we can read
    }
    if (type.isEmpty() || !ruleFor(type, ctx.policy.keepFreeText))
        return std::nullopt;
    return type + u'/' + keyedId(ctx.policy.idSecret, type, key);
}

} // namespace detail

namespace {

/** The first and last day a FHIR date of any precision ("1931", "1931-05", "1931-05-17…") can mean. */
struct DateSpan
{
    QDate first;
    QDate last;
};

std::optional<DateSpan> spanOf(const fhir::JsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?"));
    const auto m = re.match(v.toString());
    if (!v.isString() || !m.hasMatch())
        return std::nullopt;
    const int y = m.captured(1).toInt();
    if (m.captured(2).isEmpty())
        return DateSpan {QDate(y, 1, 1), QDate(y, 12, 31)};
    const int mo = m.captured(2).toInt();
    if (mo < 1 || mo > 12)
        return std::nullopt;
    if (m.captured(3).isEmpty())
        return DateSpan {QDate(y, mo, 1), QDate(y, mo, 1).addMonths(1).addDays(-1)};
    const QDate d(y, mo, m.captured(3).toInt());
    if (!d.isValid())
        return std::nullopt;
    return DateSpan {d, d};
}

int ageAt(const QDate &birth, const QDate &at)
{
    int years = at.year() - birth.year();
    if (at.month() < birth.month() || (at.month() == birth.month() && at.day() < birth.day()))
        --years;
    return years;
}

/** (C) for the Patient: no birth year (nor death year) that may show an age over 89; "90 or older"
 *  as one category when the age is surely 90 or more. The age is at death, else at asOf. */
void applyPatientAge(CanonValue &out, const fhir::JsonValue &resource, const DeidPolicy &policy, QStringList &dropped)
{
    const auto birth = spanOf(resource["birthDate"]);
    if (!birth)
        return;
    DateSpan at {policy.asOf, policy.asOf};
    if (const auto death = spanOf(resource["deceasedDateTime"]))
        at = *death;
    const int oldest = ageAt(birth->first, at.last);
    const int youngest = ageAt(birth->last, at.first);
    if (oldest >= 90) {
        if (out.remove(QStringLiteral("birthDate")))
            dropped.append(QStringLiteral("Patient.birthDate"));
        if (out.remove(QStringLiteral("deceasedDateTime"))) {
            dropped.append(QStringLiteral("Patient.deceasedDateTime"));
            out.set(QStringLiteral("deceasedBoolean"), CanonValue::boolean(true));
        }
    }
    if (youngest >= 90) {
        CanonValue extension = CanonValue::object();
        extension.set(QStringLiteral("url"), CanonValue::string(QString::fromLatin1(kAge90OrOlderUrl)));
        extension.set(QStringLiteral("valueBoolean"), CanonValue::boolean(true));
        CanonValue list = CanonValue::array();
        list.append(std::move(extension));
        out.set(QStringLiteral("extension"), std::move(list));
    }
}

} // namespace

Result<DeidOutcome, DeidError> deidentify(QByteArrayView resourceJson, const DeidPolicy &policy)
{
    if (policy.idSecret.size() != kDeidSecretSize || !policy.asOf.isValid())
        return fail(DeidError::BadPolicy);
    auto parsed = fhir::parseResource(resourceJson);
    if (!parsed) {
        const auto e = parsed.error();
        return fail(e == fhir::FhirError::NotObject || e == fhir::FhirError::NoResourceType ? DeidError::NotAResource
                                                                                            : DeidError::NotJson);
    }
    const fhir::JsonValue &root = *parsed;
    DeidOutcome outcome;
    outcome.resourceType = root["resourceType"].toString();
    const detail::ResourceRule *rule = detail::ruleFor(outcome.resourceType, policy.keepFreeText);
    if (!rule) {
        outcome.excluded = true;
        outcome.dropped.append(outcome.resourceType);
        return outcome;
    }
    if (!root["id"].isString() || root["id"].toString().isEmpty())
        return fail(DeidError::NoId);
    detail::Context ctx {policy, root, outcome.resourceType, outcome.dropped};
    CanonValue out = detail::applyTable(rule->fields, root, ctx, outcome.resourceType, true);
    outcome.id = keyedId(policy.idSecret, outcome.resourceType, root["id"].toString());
    out.set(QStringLiteral("resourceType"), CanonValue::string(outcome.resourceType));
    out.set(QStringLiteral("id"), CanonValue::string(outcome.id));
    if (outcome.resourceType == u"Patient")
        applyPatientAge(out, root, policy, outcome.dropped);
    outcome.json = canonicalJson(out);
    return outcome;
}

} // namespace carnet::core::research
