// SPDX-License-Identifier: GPL-3.0-or-later
// The two elements with rules of their own: Patient.address (Safe Harbor (B): state, country and the
// ZIP3 rule) and DocumentReference.content (the text of one text/plain attachment, keepFreeText only).
#include "core/research/deid_p.h"

#include <QRegularExpression>

namespace carnet::core::research {

namespace {
// Three-digit ZIP areas of 20,000 people or fewer in the 2000 Census, which Safe Harbor reports as 000
// (HHS, "Guidance Regarding Methods for De-identification…", and 67 FR 53182, 53233–53234).
constexpr const char16_t *kRestrictedZip3[] = {
    u"036", u"059", u"063", u"102", u"203", u"556", u"692", u"790", u"821",
    u"823", u"830", u"831", u"878", u"879", u"884", u"890", u"893",
};
} // namespace

bool isRestrictedZip3(QStringView zip)
{
    for (const char16_t *restricted : kRestrictedZip3) {
        if (zip == QStringView(restricted))
            return true;
    }
    return false;
}

QString zip3(const QString &postalCode)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{3})[0-9]{2}(-?[0-9]{4})?$"));
    const auto m = re.match(postalCode.trimmed());
    if (!m.hasMatch())
        return {};
    const QString first = m.captured(1);
    return isRestrictedZip3(first) ? QStringLiteral("000") : first;
}

namespace detail {

namespace {
using fhir::JsonMember;
using fhir::JsonValue;

bool isShortText(const JsonValue &v)
{
    const QString &s = v.toString();
    if (!v.isString() || s.isEmpty() || s.size() > 64)
        return false;
    for (const QChar c : s) {
        if (c.unicode() < 0x20)
            return false;
    }
    return true;
}

bool isUnitedStates(const JsonValue &country)
{
    if (country.isNull())
        return true;
    const QString c = country.toString().trimmed().toLower();
    return c == u"us" || c == u"usa" || c == u"united states" || c == u"united states of america";
}
} // namespace

std::optional<CanonValue> patientAddress(const JsonValue &in, Context &ctx, const QString &path)
{
    if (!in.isObject())
        return std::nullopt;
    CanonValue out = CanonValue::object();
    for (const JsonMember &m : in.members()) {
        if ((m.key == u"state" || m.key == u"country") && isShortText(m.value)) {
            out.set(m.key, CanonValue::string(m.value.toString()));
        } else if (m.key == u"postalCode" && isUnitedStates(in["country"]) && !zip3(m.value.toString()).isEmpty()) {
            out.set(m.key, CanonValue::string(zip3(m.value.toString())));
        } else {
            ctx.dropped.append(path + u'.' + m.key);
        }
    }
    if (out.isEmpty())
        return std::nullopt;
    return out;
}

std::optional<CanonValue> docContent(const JsonValue &in, Context &ctx, const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^text/plain\\s*(;\\s*charset\\s*=\\s*\"?utf-8\"?)?$"),
                                          QRegularExpression::CaseInsensitiveOption);
    const JsonValue &attachment = in["attachment"];
    const QString &type = attachment["contentType"].toString();
    if (!ctx.policy.keepFreeText || ctx.documentTextTaken || !plain.match(type.trimmed()).hasMatch() ||
        !attachment["data"].isString())
        return std::nullopt;
    const auto decoded = QByteArray::fromBase64Encoding(attachment["data"].toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !QUtf8StringView(*decoded).isValidUtf8())
        return std::nullopt;
    ctx.documentTextTaken = true;
    CanonValue outAttachment = CanonValue::object();
    outAttachment.set(QStringLiteral("contentType"), CanonValue::string(type.trimmed()));
    outAttachment.set(QStringLiteral("data"), CanonValue::string(QString::fromLatin1((*decoded).toBase64())));
    for (const JsonMember &m : attachment.members()) {
        if (m.key != u"contentType" && m.key != u"data")
            ctx.dropped.append(path + QStringLiteral(".attachment.") + m.key);
    }
    for (const JsonMember &m : in.members()) {
        if (m.key != u"attachment")
            ctx.dropped.append(path + u'.' + m.key);
    }
    CanonValue out = CanonValue::object();
    out.set(QStringLiteral("attachment"), std::move(outAttachment));
    return out;
}

} // namespace detail
} // namespace carnet::core::research
