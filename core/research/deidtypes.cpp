// SPDX-License-Identifier: GPL-3.0-or-later
// The data-type handlers of the de-identifier (deid_p.h, Kind): what survives of each allowed element.
#include "core/research/deid_p.h"

#include <QRegularExpression>

namespace carnet::core::research::detail {

namespace {
using fhir::JsonMember;
using fhir::JsonValue;

const QString kUcum = QStringLiteral("http://unitsofmeasure.org");

bool isToken(const QString &s, qsizetype maxLength)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') ||
                        u == u'.' || u == u'_' || u == u':' || u == u'/' || u == u'+' || u == u'-';
        if (!ok)
            return false;
    }
    return true;
}

/** A string of at most `maxLength` characters without control characters (Coding.code, units, URIs). */
bool isPlain(const QString &s, qsizetype maxLength)
{
    if (s.isEmpty() || s.size() > maxLength)
        return false;
    for (const QChar c : s) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7F)
            return false;
    }
    return true;
}

/** "YYYY" of a FHIR date, dateTime or instant, or empty. */
QString yearOf(const JsonValue &v)
{
    static const QRegularExpression re(QStringLiteral("^([0-9]{4})(-.*)?$"), QRegularExpression::DotMatchesEverythingOption);
    if (!v.isString())
        return {};
    const auto m = re.match(v.toString());
    return m.hasMatch() ? m.captured(1) : QString();
}

/** Copies `key` of `in` into `out` when `field` keeps it. */
void keep(CanonValue &out, const JsonValue &in, const Field &field, Context &ctx, const QString &path)
{
    const QString key = QString::fromLatin1(field.name.data(), qsizetype(field.name.size()));
    if (!in.contains(key))
        return;
    if (auto v = applyField(field, in[key], ctx, path + u'.' + key))
        out.set(key, std::move(*v));
}

std::optional<CanonValue> objectOrNull(CanonValue out)
{
    return out.isEmpty() ? std::nullopt : std::optional<CanonValue>(std::move(out));
}

std::optional<CanonValue> quantity(const JsonValue &in, Context &ctx, const QString &path)
{
    if (!in.isObject())
        return std::nullopt;
    CanonValue out = CanonValue::object();
    for (const JsonMember &m : in.members()) {
        const JsonValue &v = m.value;
        if (m.key == u"value" && v.isNumber())
            out.set(m.key, CanonValue::number(v.toDecimal().lexeme));
        else if (m.key == u"comparator" && (v.toString() == u"<" || v.toString() == u"<=" || v.toString() == u">=" || v.toString() == u">"))
            out.set(m.key, CanonValue::string(v.toString()));
        else if ((m.key == u"unit" || m.key == u"code") && isPlain(v.toString(), 64))
            out.set(m.key, CanonValue::string(v.toString()));
        else if (m.key == u"system" && isPlain(v.toString(), 256))
            out.set(m.key, CanonValue::string(v.toString()));
        else
            ctx.dropped.append(path + u'.' + m.key);
    }
    return objectOrNull(std::move(out));
}

/** The age in years of an Age quantity, or -1 when it has no number. Unknown units count as years. */
double ageYears(const CanonValue &q)
{
    const CanonValue *value = q.member(QStringLiteral("value"));
    if (!value)
        return -1;
    const double n = value->text().toDouble();
    const CanonValue *code = q.member(QStringLiteral("code"));
    const QString unit = code ? code->text() : QString();
    if (unit == u"mo")
        return n / 12;
    if (unit == u"wk")
        return n / 52.1775;
    if (unit == u"d")
        return n / 365.25;
    if (unit == u"h")
        return n / 8766;
    if (unit == u"min")
        return n / 525960;
    return n; // "a", or a unit we cannot read: taken as years (the cautious reading)
}

CanonValue ninety(bool withComparator)
{
    CanonValue out = CanonValue::object();
    if (withComparator)
        out.set(QStringLiteral("comparator"), CanonValue::string(QStringLiteral(">=")));
    out.set(QStringLiteral("value"), CanonValue::number(QStringLiteral("90")));
    out.set(QStringLiteral("unit"), CanonValue::string(QStringLiteral("a")));
    out.set(QStringLiteral("system"), CanonValue::string(kUcum));
    out.set(QStringLiteral("code"), CanonValue::string(QStringLiteral("a")));
    return out;
}

std::optional<CanonValue> age(const JsonValue &in, Context &ctx, const QString &path)
{
    auto q = quantity(in, ctx, path);
    if (!q || ageYears(*q) <= 89)
        return q;
    const CanonValue *cmp = q->member(QStringLiteral("comparator"));
    if (cmp && cmp->text().startsWith(u'<'))
        return std::nullopt; // "< 95 years": an upper bound only, cannot become ">= 90"
    ctx.dropped.append(path + QStringLiteral(".value"));
    return ninety(true);
}

std::optional<CanonValue> ageRange(const JsonValue &in, Context &ctx, const QString &path)
{
    if (!in.isObject())
        return std::nullopt;
    CanonValue out = CanonValue::object();
    auto low = in.contains(u"low") ? quantity(in["low"], ctx, path + QStringLiteral(".low")) : std::nullopt;
    auto high = in.contains(u"high") ? quantity(in["high"], ctx, path + QStringLiteral(".high")) : std::nullopt;
    if (low && ageYears(*low) > 89) {
        ctx.dropped.append(path + QStringLiteral(".low.value"));
        low = ninety(false);
        if (high)
            ctx.dropped.append(path + QStringLiteral(".high"));
        high.reset();
    }
    if (high && ageYears(*high) > 89) {
        ctx.dropped.append(path + QStringLiteral(".high"));
        high.reset();
    }
    if (low)
        out.set(QStringLiteral("low"), std::move(*low));
    if (high)
        out.set(QStringLiteral("high"), std::move(*high));
    for (const JsonMember &m : in.members()) {
        if (m.key != u"low" && m.key != u"high")
            ctx.dropped.append(path + u'.' + m.key);
    }
    return objectOrNull(std::move(out));
}

constexpr Field kPeriod[] = {{"start", Kind::Date}, {"end", Kind::Date}};
constexpr Field kConcept[] = {{"coding", Kind::Coding}, {"text", Kind::FreeText}};
constexpr Field kRange[] = {{"low", Kind::Quantity}, {"high", Kind::Quantity}};
constexpr Field kRatio[] = {{"numerator", Kind::Quantity}, {"denominator", Kind::Quantity}};

std::optional<CanonValue> coding(const JsonValue &in, Context &ctx, const QString &path)
{
    if (!in.isObject())
        return std::nullopt;
    CanonValue out = CanonValue::object();
    for (const JsonMember &m : in.members()) {
        const QString &s = m.value.toString();
        if ((m.key == u"system" && isPlain(s, 256)) || (m.key == u"version" && isPlain(s, 64)) ||
            (m.key == u"code" && isPlain(s, 256)) ||
            (m.key == u"display" && ctx.policy.keepFreeText && m.value.isString()))
            out.set(m.key, CanonValue::string(s));
        else
            ctx.dropped.append(path + u'.' + m.key);
    }
    return objectOrNull(std::move(out));
}

std::optional<CanonValue> annotation(const JsonValue &in, Context &ctx, const QString &path)
{
    static constexpr Field kAuthor {"authorReference", Kind::Reference, {}, "Patient"};
    static constexpr Field kTime {"time", Kind::Date};
    if (!ctx.policy.keepFreeText || !in.isObject() || !in["text"].isString())
        return std::nullopt;
    CanonValue out = CanonValue::object();
    out.set(QStringLiteral("text"), CanonValue::string(in["text"].toString()));
    keep(out, in, kAuthor, ctx, path);
    keep(out, in, kTime, ctx, path);
    for (const JsonMember &m : in.members()) {
        if (m.key != u"text" && m.key != u"authorReference" && m.key != u"time")
            ctx.dropped.append(path + u'.' + m.key);
    }
    return out;
}

std::optional<CanonValue> one(const Field &field, const JsonValue &in, Context &ctx, const QString &path)
{
    switch (field.kind) {
    case Kind::Code:
        return isToken(in.toString(), 64) ? std::optional(CanonValue::string(in.toString())) : std::nullopt;
    case Kind::Boolean:
        return in.isBool() ? std::optional(CanonValue::boolean(in.toBool())) : std::nullopt;
    case Kind::Integer: {
        static const QRegularExpression re(QStringLiteral("^-?[0-9]{1,10}$"));
        const QString &lexeme = in.toDecimal().lexeme;
        return in.isNumber() && re.match(lexeme).hasMatch() ? std::optional(CanonValue::number(lexeme)) : std::nullopt;
    }
    case Kind::Decimal:
        return in.isNumber() ? std::optional(CanonValue::number(in.toDecimal().lexeme)) : std::nullopt;
    case Kind::Date: {
        const QString year = yearOf(in);
        return year.isEmpty() ? std::nullopt : std::optional(CanonValue::string(year));
    }
    case Kind::BirthYear: {
        const QString year = yearOf(in);
        if (year.isEmpty() || ctx.policy.asOf.year() - year.toInt() >= 90)
            return std::nullopt;
        return CanonValue::string(year);
    }
    case Kind::FreeText:
        return ctx.policy.keepFreeText && in.isString() ? std::optional(CanonValue::string(in.toString())) : std::nullopt;
    case Kind::Period:
        return in.isObject() ? objectOrNull(applyTable(kPeriod, in, ctx, path)) : std::nullopt;
    case Kind::Concept:
        return in.isObject() ? objectOrNull(applyTable(kConcept, in, ctx, path)) : std::nullopt;
    case Kind::Range:
        return in.isObject() ? objectOrNull(applyTable(kRange, in, ctx, path)) : std::nullopt;
    case Kind::Ratio:
        return in.isObject() ? objectOrNull(applyTable(kRatio, in, ctx, path)) : std::nullopt;
    case Kind::Struct:
        return in.isObject() ? objectOrNull(applyTable(field.sub, in, ctx, path)) : std::nullopt;
    case Kind::Coding:
        return coding(in, ctx, path);
    case Kind::Quantity:
        return quantity(in, ctx, path);
    case Kind::Age:
        return age(in, ctx, path);
    case Kind::AgeRange:
        return ageRange(in, ctx, path);
    case Kind::Annotation:
        return annotation(in, ctx, path);
    case Kind::Reference: {
        const auto ref = rewriteReference(in, field.refType, ctx);
        if (!ref)
            return std::nullopt;
        CanonValue out = CanonValue::object();
        out.set(QStringLiteral("reference"), CanonValue::string(*ref));
        for (const JsonMember &m : in.members()) {
            if (m.key != u"reference")
                ctx.dropped.append(path + u'.' + m.key);
        }
        return out;
    }
    case Kind::PatientAddress:
    case Kind::DocContent:
        break; // deidspecial.cpp
    }
    return std::nullopt;
}

} // namespace

std::optional<CanonValue> patientAddress(const fhir::JsonValue &in, Context &ctx, const QString &path);
std::optional<CanonValue> docContent(const fhir::JsonValue &in, Context &ctx, const QString &path);

std::optional<CanonValue> applyField(const Field &field, const fhir::JsonValue &value, Context &ctx, const QString &path)
{
    const qsizetype before = ctx.dropped.size();
    std::optional<CanonValue> out;
    if (value.isArray()) {
        CanonValue list = CanonValue::array();
        for (std::size_t i = 0; i < value.elements().size(); ++i) {
            const QString elementPath = path + u'[' + QString::number(i) + u']';
            if (auto v = applyField(field, value.elements()[i], ctx, elementPath))
                list.append(std::move(*v));
        }
        out = objectOrNull(std::move(list));
    } else if (field.kind == Kind::PatientAddress)
        out = patientAddress(value, ctx, path);
    else if (field.kind == Kind::DocContent)
        out = docContent(value, ctx, path);
    else
        out = one(field, value, ctx, path);
    if (!out && ctx.dropped.size() == before)
        ctx.dropped.append(path);
    return out;
}

CanonValue applyTable(std::span<const Field> table, const fhir::JsonValue &object, Context &ctx, const QString &path,
                      bool topLevel)
{
    CanonValue out = CanonValue::object();
    for (const JsonMember &m : object.members()) {
        if (topLevel && (m.key == u"resourceType" || m.key == u"id"))
            continue;
        const Field *field = nullptr;
        for (const Field &f : table) {
            if (m.key == QLatin1StringView(f.name.data(), qsizetype(f.name.size()))) {
                field = &f;
                break;
            }
        }
        if (!field) {
            ctx.dropped.append(path + u'.' + m.key);
            continue;
        }
        if (auto v = applyField(*field, m.value, ctx, path + u'.' + m.key))
            out.set(m.key, std::move(*v));
    }
    return out;
}

} // namespace carnet::core::research::detail
