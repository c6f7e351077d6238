// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's own measurements as FHIR R4 Observations (qml/sync/measurement.h): every kind's
// LOINC code, UCUM unit and category, decimals kept exactly as typed (English and French input),
// and the plausibility checks. Also the connect code's QR image, decoded back with ZXing's reader.
#define ZX_USE_UTF8
#include "qml/sync/measurement.h"
#include "qml/sync/qrcodeitem.h"

#include <ZXing/ReadBarcode.h>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace carnet::qml;
using namespace Qt::StringLiterals;

namespace {

const QLocale kEnglish(QLocale::English, QLocale::UnitedStates);
const QLocale kFrench(QLocale::French, QLocale::France);

QDateTime at(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODate);
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    return error.error == QJsonParseError::NoError ? doc.object() : QJsonObject();
}

/** Decodes a QR code from an 8-bit grey image with ZXing's reader. */
ZXing::Result decode(const QImage &image)
{
    const QImage grey = image.convertToFormat(QImage::Format_Grayscale8);
    ZXing::DecodeHints hints;
    hints.setFormats(ZXing::BarcodeFormat::QRCode);
    return ZXing::ReadBarcode({grey.bits(), grey.width(), grey.height(), ZXing::ImageFormat::Lum,
                               static_cast<int>(grey.bytesPerLine())},
                              hints);
}

} // namespace

class TestMeasurement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decimalsAsTyped_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<bool>("french");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en point") << u"72.5"_s << false << u"72.5"_s;
        QTest::newRow("fr comma") << u"72,5"_s << true << u"72.5"_s;
        QTest::newRow("fr point too") << u"72.5"_s << true << u"72.5"_s;
        QTest::newRow("trailing zero kept") << u"36,60"_s << true << u"36.60"_s;
        QTest::newRow("integer") << u" 120 "_s << false << u"120"_s;
        QTest::newRow("leading zeros") << u"007"_s << false << u"7"_s;
        QTest::newRow("leading point") << u",5"_s << true << u"0.5"_s;
        QTest::newRow("two points") << u"7.2.5"_s << false << u""_s;
        QTest::newRow("letters") << u"72kg"_s << false << u""_s;
        QTest::newRow("negative") << u"-3"_s << false << u""_s;
        QTest::newRow("comma in English") << u"72,5"_s << false << u""_s;
        QTest::newRow("empty") << u""_s << false << u""_s;
    }
    void decimalsAsTyped()
    {
        QFETCH(QString, typed);
        QFETCH(bool, french);
        QFETCH(QString, expected);
        const auto text = decimalText(typed, french ? kFrench : kEnglish);
        QCOMPARE(text.value_or(QString()), expected);
    }

    void eachKind_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("loinc");
        QTest::addColumn<QString>("category");
        QTest::addColumn<QString>("ucum");
        QTest::addColumn<QByteArray>("valueBytes");
        QTest::newRow("weight") << int(MeasurementKind::Weight) << QStringList{u"72,50"_s} << u"29463-7"_s << u"vital-signs"_s
                                << u"kg"_s << QByteArray("\"value\":72.50,");
        QTest::newRow("heart rate") << int(MeasurementKind::HeartRate) << QStringList{u"64"_s} << u"8867-4"_s << u"vital-signs"_s
                                    << u"/min"_s << QByteArray("\"value\":64,");
        QTest::newRow("glucose") << int(MeasurementKind::Glucose) << QStringList{u"98"_s} << u"2339-0"_s << u"laboratory"_s
                                 << u"mg/dL"_s << QByteArray("\"value\":98,");
        QTest::newRow("temperature") << int(MeasurementKind::Temperature) << QStringList{u"37,2"_s} << u"8310-5"_s
                                     << u"vital-signs"_s << u"Cel"_s << QByteArray("\"value\":37.2,");
        QTest::newRow("blood pressure") << int(MeasurementKind::BloodPressure) << QStringList{u"128"_s, u"82"_s} << u"85354-9"_s
                                        << u"vital-signs"_s << u"mm[Hg]"_s << QByteArray("\"value\":128,");
    }
    void eachKind()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, values);
        QFETCH(QString, loinc);
        QFETCH(QString, category);
        QFETCH(QString, ucum);
        QFETCH(QByteArray, valueBytes);
        const QDateTime when = at(QStringLiteral("2026-11-30T08:15:00+01:00"));
        const MeasurementInput input{MeasurementKind(kind), values, when, QStringLiteral("after a walk \"slow\"")};
        auto json = measurementObservation(input, kFrench, when.addSecs(3600));
        QVERIFY(static_cast<bool>(json));
        QVERIFY2(json->contains(valueBytes), json->constData()); // the decimals as typed, not via a double
        const QJsonObject o = parse(*json);
        QCOMPARE(o.value(u"resourceType"_s).toString(), QStringLiteral("Observation"));
        QCOMPARE(o.value(u"status"_s).toString(), QStringLiteral("final"));
        const QJsonObject cat = o.value(u"category"_s).toArray().at(0).toObject().value(u"coding"_s).toArray().at(0).toObject();
        QCOMPARE(cat.value(u"system"_s).toString(), QStringLiteral("http://terminology.hl7.org/CodeSystem/observation-category"));
        QCOMPARE(cat.value(u"code"_s).toString(), category);
        const QJsonObject code = o.value(u"code"_s).toObject().value(u"coding"_s).toArray().at(0).toObject();
        QCOMPARE(code.value(u"system"_s).toString(), QStringLiteral("http://loinc.org"));
        QCOMPARE(code.value(u"code"_s).toString(), loinc);
        // code.text is the short name people read; the coding keeps LOINC's own display.
        const QString text = o.value(u"code"_s).toObject().value(u"text"_s).toString();
        QVERIFY(!text.isEmpty() && text.size() <= 16);
        QVERIFY(!code.value(u"display"_s).toString().isEmpty());
        QCOMPARE(o.value(u"effectiveDateTime"_s).toString(), QStringLiteral("2026-11-30T08:15:00+01:00"));
        QCOMPARE(o.value(u"note"_s).toArray().at(0).toObject().value(u"text"_s).toString(), QStringLiteral("after a walk \"slow\""));
        QJsonObject quantity = o.value(u"valueQuantity"_s).toObject();
        if (MeasurementKind(kind) == MeasurementKind::BloodPressure) {
            QVERIFY(!o.contains(u"valueQuantity"_s));
            const QJsonArray parts = o.value(u"component"_s).toArray();
            QCOMPARE(parts.size(), 2);
            QCOMPARE(parts.at(0).toObject().value(u"code"_s).toObject().value(u"coding"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                     QStringLiteral("8480-6"));
            QCOMPARE(parts.at(1).toObject().value(u"code"_s).toObject().value(u"coding"_s).toArray().at(0).toObject().value(u"code"_s).toString(),
                     QStringLiteral("8462-4"));
            QCOMPARE(parts.at(1).toObject().value(u"valueQuantity"_s).toObject().value(u"value"_s).toDouble(), 82.0);
            quantity = parts.at(0).toObject().value(u"valueQuantity"_s).toObject();
        }
        QCOMPARE(quantity.value(u"system"_s).toString(), QStringLiteral("http://unitsofmeasure.org"));
        QCOMPARE(quantity.value(u"code"_s).toString(), ucum);
    }

    void problems_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("values");
        QTest::addColumn<QString>("when");
        QTest::addColumn<int>("what");
        QTest::addColumn<int>("field");
        const QString ok = QStringLiteral("2026-11-30T08:00:00Z");
        QTest::newRow("empty") << int(MeasurementKind::Weight) << QStringList{u" "_s} << ok << int(MeasurementProblem::Empty) << 0;
        QTest::newRow("second empty") << int(MeasurementKind::BloodPressure) << QStringList{u"120"_s} << ok
                                      << int(MeasurementProblem::Empty) << 1;
        QTest::newRow("not a number") << int(MeasurementKind::HeartRate) << QStringList{u"sixty"_s} << ok
                                      << int(MeasurementProblem::NotNumber) << 0;
        QTest::newRow("grams, not kg") << int(MeasurementKind::Weight) << QStringList{u"72000"_s} << ok
                                       << int(MeasurementProblem::OutOfRange) << 0;
        QTest::newRow("Fahrenheit") << int(MeasurementKind::Temperature) << QStringList{u"98,6"_s} << ok
                                    << int(MeasurementProblem::OutOfRange) << 0;
        QTest::newRow("diastolic too high") << int(MeasurementKind::BloodPressure) << QStringList{u"120"_s, u"170"_s} << ok
                                            << int(MeasurementProblem::OutOfRange) << 1;
        QTest::newRow("swapped") << int(MeasurementKind::BloodPressure) << QStringList{u"80"_s, u"120"_s} << ok
                                 << int(MeasurementProblem::SystolicNotAbove) << 1;
        QTest::newRow("no date") << int(MeasurementKind::Weight) << QStringList{u"70"_s} << QString()
                                 << int(MeasurementProblem::NoDate) << 0;
        QTest::newRow("future") << int(MeasurementKind::Weight) << QStringList{u"70"_s} << QStringLiteral("2026-12-01T08:00:00Z")
                                << int(MeasurementProblem::FutureDate) << 0;
    }
    void problems()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, values);
        QFETCH(QString, when);
        QFETCH(int, what);
        QFETCH(int, field);
        const MeasurementInput input{MeasurementKind(kind), values, at(when), {}};
        auto json = measurementObservation(input, kFrench, at(QStringLiteral("2026-11-30T09:00:00Z")));
        QVERIFY(!static_cast<bool>(json));
        QCOMPARE(int(json.error().what), what);
        QCOMPARE(json.error().field, field);
    }

    void qrRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("scale");
        QTest::newRow("connect code") << QStringLiteral("carnet-connect:v1:ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCDEFGHJKMNPQRSTVWXYZ0123456789ABCDEFGHJKMNPQRSTVWXYZ01234567")
                                      << 4;
        QTest::newRow("utf-8") << QStringLiteral("Dr Éloïse Müller — 東京") << 3;
    }
    void qrRoundTrip()
    {
        QFETCH(QString, text);
        QFETCH(int, scale);
        const QImage modules = qrCodeModules(text);
        QVERIFY(!modules.isNull());
        // The quiet zone: four white modules on every side.
        for (int i = 0; i < modules.width(); ++i)
            for (int m = 0; m < 4; ++m) {
                QCOMPARE(modules.pixelColor(i, m), QColor(Qt::white));
                QCOMPARE(modules.pixelColor(m, i), QColor(Qt::white));
                QCOMPARE(modules.pixelColor(i, modules.height() - 1 - m), QColor(Qt::white));
            }
        QCOMPARE(modules.pixelColor(4, 4), QColor(Qt::black)); // the finder pattern's corner
        const ZXing::Result result = decode(qrCodeImage(text, scale));
        QVERIFY(result.isValid());
        QCOMPARE(QString::fromStdString(result.text()), text);
        QCOMPARE(QString::fromStdString(result.ecLevel()), QStringLiteral("M"));
    }
    void qrEmptyAndTooLong()
    {
        QVERIFY(qrCodeModules(QString()).isNull());
        QVERIFY(qrCodeModules(QString(5000, QLatin1Char('x'))).isNull());
    }
};

QTEST_GUILESS_MAIN(TestMeasurement)
#include "tst_measurement.moc"
