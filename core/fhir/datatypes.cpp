// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/datatypes.h"

#include <QTimeZone>

namespace carnet::core::fhir {

namespace {

/** Reads `count` ASCII digits at `pos`, or -1. */
int digits(QStringView s, qsizetype pos, qsizetype count)
{
    if (pos + count > s.size())
        return -1;
    int value = 0;
    for (qsizetype i = pos; i < pos + count; ++i) {
        const char16_t c = s[i].unicode();
        if (c < u'0' || c > u'9')
            return -1;
        value = value * 10 + (c - u'0');
    }
    return value;
}

bool at(QStringView s, qsizetype pos, char16_t c)
{
    return pos < s.size() && s[pos].unicode() == c;
}

} // namespace

FhirDateTime FhirDateTime::parse(QStringView s)
{
    FhirDateTime out;
    const int year = digits(s, 0, 4);
    if (year < 1)
        return {};
    if (s.size() == 4) {
        out.precision = Precision::Year;
        out.date = QDate(year, 1, 1);
        return out;
    }
    const int month = at(s, 4, u'-') ? digits(s, 5, 2) : -1;
    if (month < 1 || month > 12)
        return {};
    if (s.size() == 7) {
        out.precision = Precision::Month;
        out.date = QDate(year, month, 1);
        return out;
    }
    const int day = at(s, 7, u'-') ? digits(s, 8, 2) : -1;
    out.date = QDate(year, month, day < 1 ? 0 : day);
    if (!out.date.isValid())
        return {};
    if (s.size() == 10) {
        out.precision = Precision::Day;
        return out;
    }
    if (!at(s, 10, u'T'))
        return {};
    const int hour = digits(s, 11, 2);
    const int minute = at(s, 13, u':') ? digits(s, 14, 2) : -1;
    qsizetype pos = 16;
    int second = 0;
    int msec = 0;
    if (at(s, pos, u':')) {
        second = digits(s, pos + 1, 2);
        pos += 3;
        if (at(s, pos, u'.')) {
            ++pos;
            int scale = 100;
            const qsizetype first = pos;
            while (pos < s.size() && s[pos] >= u'0' && s[pos] <= u'9') {
                msec += scale * (s[pos].unicode() - u'0');
                scale /= 10;
                ++pos;
            }
            if (pos == first)
                return {};
        }
    }
    out.time = QTime(hour, minute, second, msec);
    if (hour < 0 || minute < 0 || second < 0 || !out.time.isValid())
        return {};
    if (pos == s.size()) {
        out.precision = Precision::Time;
        return out;
    }
    if (at(s, pos, u'Z') && pos + 1 == s.size()) {
        out.hasOffset = true;
    } else if ((at(s, pos, u'+') || at(s, pos, u'-')) && pos + 6 == s.size() && at(s, pos + 3, u':')) {
        const int oh = digits(s, pos + 1, 2);
        const int om = digits(s, pos + 4, 2);
        if (oh < 0 || oh > 14 || om < 0 || om > 59)
            return {};
        out.hasOffset = true;
        out.offsetSeconds = (oh * 3600 + om * 60) * (at(s, pos, u'-') ? -1 : 1);
    } else {
        return {};
    }
    out.precision = Precision::Time;
    return out;
}

QDateTime FhirDateTime::toDateTime() const
{
    switch (precision) {
    case Precision::None:
        return {};
    case Precision::Year:
    case Precision::Month:
    case Precision::Day:
        return QDateTime(date, QTime(0, 0), QTimeZone::utc());
    case Precision::Time:
        return QDateTime(date, time, QTimeZone(offsetSeconds));
    }
    return {};
}

QString CodeableConcept::displayText() const
{
    if (!text.isEmpty())
        return text;
    for (const Coding &c : codings) {
        if (!c.display.isEmpty())
            return c.display;
    }
    for (const Coding &c : codings) {
        if (!c.code.isEmpty())
            return c.code;
    }
    return {};
}

QString CodeableConcept::codeIn(const QString &system) const
{
    for (const Coding &c : codings) {
        if (c.system == system && !c.code.isEmpty())
            return c.code;
    }
    return {};
}

bool CodeableConcept::hasCode(const QString &code, const QString &system) const
{
    for (const Coding &c : codings) {
        if (c.code == code && (system.isEmpty() || c.system == system))
            return true;
    }
    return false;
}

QString Quantity::unitText() const
{
    return unit.isEmpty() ? code : unit;
}

FhirDateTime readDateTime(const JsonValue &v)
{
    return FhirDateTime::parse(v.toString());
}

Coding readCoding(const JsonValue &v)
{
    return Coding {v["system"].toString(), v["code"].toString(), v["display"].toString()};
}

CodeableConcept readConcept(const JsonValue &v)
{
    CodeableConcept out;
    for (const JsonValue &c : v["coding"].elements()) {
        if (c.isObject())
            out.codings.append(readCoding(c));
    }
    out.text = v["text"].toString();
    return out;
}

QList<CodeableConcept> readConcepts(const JsonValue &array)
{
    QList<CodeableConcept> out;
    for (const JsonValue &c : array.elements()) {
        if (c.isObject())
            out.append(readConcept(c));
    }
    return out;
}

Quantity readQuantity(const JsonValue &v)
{
    Quantity q;
    if (v["value"].isNumber())
        q.value = v["value"].toDecimal();
    q.comparator = v["comparator"].toString();
    q.unit = v["unit"].toString();
    q.system = v["system"].toString();
    q.code = v["code"].toString();
    return q;
}

Period readPeriod(const JsonValue &v)
{
    return Period {readDateTime(v["start"]), readDateTime(v["end"])};
}

Reference readReference(const JsonValue &v)
{
    return Reference {v["reference"].toString(), v["display"].toString()};
}

ReferenceRange readReferenceRange(const JsonValue &v)
{
    ReferenceRange r;
    if (v["low"].isObject())
        r.low = readQuantity(v["low"]);
    if (v["high"].isObject())
        r.high = readQuantity(v["high"]);
    r.type = readConcept(v["type"]);
    r.text = v["text"].toString();
    return r;
}

QStringList readStrings(const JsonValue &array)
{
    QStringList out;
    for (const JsonValue &s : array.elements()) {
        if (s.isString())
            out.append(s.toString());
    }
    return out;
}

} // namespace carnet::core::fhir
