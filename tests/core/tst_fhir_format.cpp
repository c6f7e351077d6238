// SPDX-License-Identifier: GPL-3.0-or-later
// Locale formatting: decimals keep the written precision (en and fr), group separators from the
// locale, exponents written out; dates at the precision written; quantities and ranges.
#include "core/fhir/format.h"

#include <QTest>
#include <QTimeZone>

using namespace carnet::core::fhir;

namespace {
const QLocale kFr(QLocale::French, QLocale::France);
const QLocale kEn(QLocale::English, QLocale::UnitedStates);
const QLocale kGb(QLocale::English, QLocale::UnitedKingdom);

Decimal dec(const char *lexeme)
{
    return Decimal {QString::fromLatin1(lexeme), QByteArray(lexeme).toDouble()};
}
} // namespace

class FhirFormatTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimals_data()
    {
        QTest::addColumn<QString>("lexeme");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("fr"); // with "_" standing for the French group separator
        QTest::newRow("1.50") << "1.50"
                              << "1.50"
                              << "1,50";
        QTest::newRow("120") << "120"
                             << "120"
                             << "120";
        QTest::newRow("0.000100") << "0.000100"
                                  << "0.000100"
                                  << "0,000100";
        QTest::newRow("-3.0") << "-3.0"
                              << "-3.0"
                              << "-3,0";
        QTest::newRow("-0") << "-0"
                            << "-0"
                            << "-0";
        QTest::newRow("999") << "999"
                             << "999"
                             << "999";
        QTest::newRow("1000") << "1000"
                              << "1,000"
                              << "1_000";
        QTest::newRow("12000") << "12000"
                               << "12,000"
                               << "12_000";
        QTest::newRow("1234567.890") << "1234567.890"
                                     << "1,234,567.890"
                                     << "1_234_567,890";
        QTest::newRow("exp 1.50e2") << "1.50e2"
                                    << "150"
                                    << "150";
        QTest::newRow("exp 1.500E2") << "1.500E2"
                                     << "150.0"
                                     << "150,0";
        QTest::newRow("exp 1.5e-3") << "1.5e-3"
                                    << "0.0015"
                                    << "0,0015";
        QTest::newRow("exp 2e+4") << "2e+4"
                                  << "20,000"
                                  << "20_000";
        QTest::newRow("exp 0.5e1") << "0.5e1"
                                   << "5"
                                   << "5";
        QTest::newRow("leading zero int after shift") << "0.05e1"
                                                      << "0.5"
                                                      << "0,5";
    }
    void decimals()
    {
        QFETCH(QString, lexeme);
        QFETCH(QString, en);
        QFETCH(QString, fr);
        const Decimal d = dec(lexeme.toLatin1().constData());
        QCOMPARE(formatDecimal(d, kEn), en);
        QCOMPARE(formatDecimal(d, kFr), QString(fr).replace(QLatin1Char('_'), kFr.groupSeparator()));
    }

    void decimalEdges()
    {
        QVERIFY(kFr.groupSeparator() != QLatin1String(",")); // a space of some kind
        QLocale noGroups = kEn;
        noGroups.setNumberOptions(QLocale::OmitGroupSeparator);
        QCOMPARE(formatDecimal(dec("12000.5"), noGroups), QStringLiteral("12000.5"));
        QCOMPARE(formatDecimal(dec("12000.5"), QLocale::c()), QStringLiteral("12000.5"));
        QCOMPARE(formatDecimal(Decimal {}, kEn), QString());
        // a huge exponent is not written out digit by digit
        QVERIFY(formatDecimal(Decimal {QStringLiteral("1e400"), 0}, kEn).size() < 30);
        // locales with their own digits
        const QLocale ar(QLocale::Arabic, QLocale::Egypt);
        if (ar.zeroDigit() != QLatin1String("0"))
            QVERIFY(!formatDecimal(dec("1.50"), ar).contains(QLatin1Char('5')));
    }

    void dates_data()
    {
        QTest::addColumn<QString>("fhir");
        QTest::addColumn<QString>("en");
        QTest::addColumn<QString>("fr");
        QTest::addColumn<QString>("gb");
        QTest::newRow("year") << "2019"
                              << "2019"
                              << "2019"
                              << "2019";
        QTest::newRow("month") << "2019-03"
                               << "March 2019"
                               << "mars 2019"
                               << "March 2019";
        QTest::newRow("day") << "2026-11-23"
                             << "11/23/2026"
                             << "23/11/2026"
                             << "23/11/2026";
        QTest::newRow("time") << "2026-11-23T08:15:00+01:00"
                              << "11/23/2026 8:15\u202fAM"
                              << "23/11/2026 08:15"
                              << "23/11/2026 08:15";
        QTest::newRow("time utc ms") << "2026-11-23T23:59:59.999Z"
                                     << "11/23/2026 11:59\u202fPM"
                                     << "23/11/2026 23:59"
                                     << "23/11/2026 23:59";
        QTest::newRow("invalid") << "2026-02-30"
                                 << ""
                                 << ""
                                 << "";
        QTest::newRow("garbage") << "yesterday"
                                 << ""
                                 << ""
                                 << "";
    }
    void dates()
    {
        QFETCH(QString, fhir);
        QFETCH(QString, en);
        QFETCH(QString, fr);
        QFETCH(QString, gb);
        const FhirDateTime d = FhirDateTime::parse(fhir);
        QCOMPARE(formatDateTime(d, kFr), fr);
        QCOMPARE(formatDateTime(d, kGb), gb);
        // en_US: the time separator before AM/PM differs between CLDR versions; compare loosely
        QCOMPARE(formatDateTime(d, kEn).replace(QChar(0x202f), QLatin1Char(' ')),
                 QString(en).replace(QChar(0x202f), QLatin1Char(' ')));
    }

    void parseForms()
    {
        QCOMPARE(FhirDateTime::parse(u"2019").precision, FhirDateTime::Precision::Year);
        QCOMPARE(FhirDateTime::parse(u"2019-03").precision, FhirDateTime::Precision::Month);
        QCOMPARE(FhirDateTime::parse(u"2019-03-14").precision, FhirDateTime::Precision::Day);
        const FhirDateTime t = FhirDateTime::parse(u"2019-03-14T09:30:15.5-05:30");
        QCOMPARE(t.precision, FhirDateTime::Precision::Time);
        QCOMPARE(t.offsetSeconds, -(5 * 3600 + 30 * 60));
        QCOMPARE(t.time, QTime(9, 30, 15, 500));
        QCOMPARE(t.toDateTime().toUTC(), QDateTime(QDate(2019, 3, 14), QTime(15, 0, 15, 500), QTimeZone::utc()));
        QCOMPARE(FhirDateTime::parse(u"2019-03").toDateTime(),
                 QDateTime(QDate(2019, 3, 1), QTime(0, 0), QTimeZone::utc()));
        for (const char16_t *bad :
             {u"", u"19", u"2019-13", u"2019-3", u"2019-03-14T25:00:00Z", u"2019-03-14T09:30:00+1",
              u"2019-03-14 09:30:00Z", u"2019-03-14T09:30:00.Z", u"0000", u"2019-02-29"})
            QVERIFY2(!FhirDateTime::parse(bad).isValid(), qPrintable(QString::fromUtf16(bad)));
    }

    void quantitiesAndRanges()
    {
        Quantity q;
        q.value = dec("6.4");
        q.unit = QStringLiteral("%");
        QCOMPARE(formatQuantity(q, kEn), QStringLiteral("6.4 %"));
        q.value = dec("5");
        q.comparator = QStringLiteral("<");
        q.unit.clear();
        q.code = QStringLiteral("mg/L");
        QCOMPARE(formatQuantity(q, kFr), QStringLiteral("< 5 mg/L"));
        ReferenceRange r;
        r.low = Quantity {dec("3.5"), {}, QStringLiteral("mmol/L"), {}, {}};
        r.high = Quantity {dec("5.10"), {}, QStringLiteral("mmol/L"), {}, {}};
        QCOMPARE(formatReferenceRange(r, kFr), QStringLiteral("3,5\u20135,10 mmol/L"));
        r.low.reset();
        QCOMPARE(formatReferenceRange(r, kEn), QStringLiteral("\u2264 5.10 mmol/L"));
        r.high.reset();
        r.text = QStringLiteral("negative");
        QCOMPARE(formatReferenceRange(r, kEn), QStringLiteral("negative"));
        const Period p {FhirDateTime::parse(u"2026-01-02"), FhirDateTime::parse(u"2026-03")};
        QCOMPARE(formatPeriod(p, kFr), QStringLiteral("02/01/2026 \u2013 mars 2026"));
        QCOMPARE(formatPeriod(Period {p.start, {}}, kFr), QStringLiteral("02/01/2026 \u2013"));
    }
};

QTEST_GUILESS_MAIN(FhirFormatTest)
#include "tst_fhir_format.moc"
