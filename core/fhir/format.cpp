// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/format.h"

namespace carnet::core::fhir {

namespace {

/** The written digits of a JSON number lexeme, with the decimal point moved by the exponent. */
struct Digits
{
    bool negative = false;
    QString integer; // ASCII digits, no leading zeros (at least "0")
    QString fraction; // ASCII digits, as written (trailing zeros kept)
};

std::optional<Digits> splitLexeme(const QString &lexeme)
{
    Digits out;
    qsizetype i = 0;
    const qsizetype n = lexeme.size();
    auto isDigit = [&](qsizetype k) { return k < n && lexeme[k] >= u'0' && lexeme[k] <= u'9'; };
    if (i < n && lexeme[i] == u'-') {
        out.negative = true;
        ++i;
    }
    QString mantissa;
    qsizetype point = -1;
    while (isDigit(i))
        mantissa += lexeme[i++];
    if (mantissa.isEmpty())
        return std::nullopt;
    point = mantissa.size();
    if (i < n && lexeme[i] == u'.') {
        ++i;
        if (!isDigit(i))
            return std::nullopt;
        while (isDigit(i))
            mantissa += lexeme[i++];
    }
    if (i < n && (lexeme[i] == u'e' || lexeme[i] == u'E')) {
        ++i;
        bool negExp = false;
        if (i < n && (lexeme[i] == u'+' || lexeme[i] == u'-'))
            negExp = lexeme[i++] == u'-';
        if (!isDigit(i))
            return std::nullopt;
        int exp = 0;
        while (isDigit(i)) {
            exp = exp * 10 + (lexeme[i++].unicode() - u'0');
            if (exp > 64)
                return std::nullopt; // written out it would be absurdly long: use the double
        }
        point += negExp ? -exp : exp;
    }
    if (i != n)
        return std::nullopt;
    if (point <= 0) {
        out.integer = QStringLiteral("0");
        out.fraction = QString(-point, QLatin1Char('0')) + mantissa;
    } else if (point >= mantissa.size()) {
        out.integer = mantissa + QString(point - mantissa.size(), QLatin1Char('0'));
    } else {
        out.integer = mantissa.left(point);
        out.fraction = mantissa.mid(point);
    }
    while (out.integer.size() > 1 && out.integer.startsWith(QLatin1Char('0')))
        out.integer.remove(0, 1);
    return out;
}

QString localDigits(const QString &ascii, const QLocale &locale)
{
    const QString zero = locale.zeroDigit();
    if (zero == QLatin1String("0") || zero.size() != 1)
        return ascii;
    QString out = ascii;
    for (QChar &c : out)
        c = QChar(static_cast<char16_t>(zero[0].unicode() + (c.unicode() - u'0')));
    return out;
}

} // namespace

QString formatDecimal(const Decimal &value, const QLocale &locale)
{
    const auto d = splitLexeme(value.lexeme);
    if (!d)
        return value.lexeme.isEmpty() ? QString() : locale.toString(value.value, 'g', 15);
    QString integer = localDigits(d->integer, locale);
    if (d->integer.size() >= 4 && !(locale.numberOptions() & QLocale::OmitGroupSeparator)) {
        const QString group = locale.groupSeparator();
        for (qsizetype pos = integer.size() - 3; pos > 0; pos -= 3)
            integer.insert(pos, group);
    }
    QString out = d->negative ? locale.negativeSign() + integer : integer;
    if (!d->fraction.isEmpty())
        out += locale.decimalPoint() + localDigits(d->fraction, locale);
    return out;
}

QString formatQuantity(const Quantity &q, const QLocale &locale)
{
    QString out;
    if (!q.comparator.isEmpty())
        out = q.comparator + QLatin1Char(' ');
    if (q.value)
        out += formatDecimal(*q.value, locale);
    const QString unit = q.unitText();
    if (!unit.isEmpty())
        out += out.isEmpty() ? unit : QLatin1Char(' ') + unit;
    return out;
}

QString formatDateTime(const FhirDateTime &value, const QLocale &locale)
{
    switch (value.precision) {
    case FhirDateTime::Precision::None:
        return {};
    case FhirDateTime::Precision::Year:
        return locale.toString(value.date, QStringLiteral("yyyy"));
    case FhirDateTime::Precision::Month:
        return locale.toString(value.date, QStringLiteral("MMMM yyyy"));
    case FhirDateTime::Precision::Day:
    case FhirDateTime::Precision::Time: {
        QString format = locale.dateFormat(QLocale::ShortFormat);
        if (!format.contains(QLatin1String("yyyy")))
            format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
        QString out = locale.toString(value.date, format);
        if (value.precision == FhirDateTime::Precision::Time)
            out += QLatin1Char(' ') + locale.toString(value.time, QLocale::ShortFormat);
        return out;
    }
    }
    return {};
}

QString formatPeriod(const Period &period, const QLocale &locale)
{
    const QString start = formatDateTime(period.start, locale);
    const QString end = formatDateTime(period.end, locale);
    if (start.isEmpty() && end.isEmpty())
        return {};
    if (end.isEmpty())
        return start + QStringLiteral(" \u2013");
    if (start.isEmpty())
        return QStringLiteral("\u2013 ") + end;
    if (start == end)
        return start;
    return start + QStringLiteral(" \u2013 ") + end;
}

QString formatReferenceRange(const ReferenceRange &range, const QLocale &locale)
{
    const bool low = range.low && range.low->value;
    const bool high = range.high && range.high->value;
    if (low && high) {
        const QString lowUnit = range.low->unitText();
        const QString highUnit = range.high->unitText();
        QString out = formatDecimal(*range.low->value, locale);
        if (!lowUnit.isEmpty() && lowUnit != highUnit)
            out += QLatin1Char(' ') + lowUnit;
        out += QStringLiteral("\u2013") + formatDecimal(*range.high->value, locale);
        if (!highUnit.isEmpty())
            out += QLatin1Char(' ') + highUnit;
        return out;
    }
    if (low)
        return QStringLiteral("\u2265 ") + formatQuantity(*range.low, locale);
    if (high)
        return QStringLiteral("\u2264 ") + formatQuantity(*range.high, locale);
    return range.text;
}

} // namespace carnet::core::fhir
