// SPDX-License-Identifier: GPL-3.0-or-later
#include "measurement.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace carnet::qml {

namespace {

constexpr int kMaxNoteChars = 1000;
constexpr qint64 kClockSkewSeconds = 5 * 60;

QByteArray jsonString(const QString &text)
{
    const QByteArray a = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

QByteArray jsonString(const char *text)
{
    return jsonString(QString::fromUtf8(text));
}

QByteArray coding(const char *system, const char *code, const char *display)
{
    return "{\"system\":" + jsonString(system) + ",\"code\":" + jsonString(code) + ",\"display\":" + jsonString(display)
         + "}";
}

QByteArray codeableConcept(const char *loinc, const char *display, const char *text)
{
    return "{\"coding\":[" + coding("http://loinc.org", loinc, display) + "],\"text\":" + jsonString(text) + "}";
}

QByteArray quantity(const QString &value, const MeasurementSpec &spec)
{
    return "{\"value\":" + value.toLatin1() + ",\"unit\":" + jsonString(spec.unit)
         + ",\"system\":\"http://unitsofmeasure.org\",\"code\":" + jsonString(spec.ucum) + "}";
}

} // namespace

const std::vector<MeasurementSpec> &measurementSpecs()
{
    static const std::vector<MeasurementSpec> specs{
        {MeasurementKind::BloodPressure, "blood-pressure", "85354-9", "Blood pressure panel with all children optional",
         "Blood pressure", "vital-signs", "mm[Hg]", "mmHg",
         {{"8480-6", "Systolic blood pressure", 50, 260}, {"8462-4", "Diastolic blood pressure", 30, 160}}},
        {MeasurementKind::Weight, "weight", "29463-7", "Body weight", "Body weight", "vital-signs", "kg", "kg",
         {{"29463-7", "Body weight", 0.5, 500}}},
        {MeasurementKind::HeartRate, "heart-rate", "8867-4", "Heart rate", "Heart rate", "vital-signs", "/min", "beats/min",
         {{"8867-4", "Heart rate", 25, 250}}},
        {MeasurementKind::Glucose, "glucose", "2339-0", "Glucose [Mass/volume] in Blood", "Blood glucose", "laboratory", "mg/dL",
         "mg/dL", {{"2339-0", "Glucose [Mass/volume] in Blood", 20, 600}}},
        {MeasurementKind::Temperature, "temperature", "8310-5", "Body temperature", "Body temperature", "vital-signs", "Cel", "°C",
         {{"8310-5", "Body temperature", 30, 45}}},
    };
    return specs;
}

const MeasurementSpec *measurementSpec(const QString &key)
{
    for (const MeasurementSpec &spec : measurementSpecs())
        if (key == QLatin1String(spec.key))
            return &spec;
    return nullptr;
}

std::optional<QString> decimalText(const QString &typed, const QLocale &locale)
{
    QString text = typed.trimmed();
    text.remove(QLatin1Char(' '));
    text.remove(QChar(0x202F)); // narrow no-break space (French grouping)
    text.remove(QChar(0x00A0));
    const QString point = locale.decimalPoint();
    if (!point.isEmpty() && point != QLatin1String("."))
        text.replace(point, QLatin1String("."));
    QString whole;
    QString fraction;
    bool seenPoint = false;
    for (const QChar c : std::as_const(text)) {
        if (c == QLatin1Char('.') && !seenPoint)
            seenPoint = true;
        else if (c >= QLatin1Char('0') && c <= QLatin1Char('9'))
            (seenPoint ? fraction : whole).append(c);
        else
            return std::nullopt;
    }
    if (whole.isEmpty() && fraction.isEmpty())
        return std::nullopt;
    while (whole.size() > 1 && whole.startsWith(QLatin1Char('0')))
        whole.remove(0, 1);
    if (whole.isEmpty())
        whole = QStringLiteral("0");
    return fraction.isEmpty() ? whole : QString(whole + QLatin1Char('.') + fraction);
}

QString fhirDateTime(const QDateTime &when)
{
    const int offset = when.offsetFromUtc();
    const int minutes = (offset < 0 ? -offset : offset) / 60;
    return when.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) + (offset < 0 ? QLatin1Char('-') : QLatin1Char('+'))
         + QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
}

core::Result<QByteArray, MeasurementProblem> measurementObservation(const MeasurementInput &input, const QLocale &locale,
                                                              const QDateTime &now)
{
    const MeasurementSpec *spec = nullptr;
    for (const MeasurementSpec &s : measurementSpecs())
        if (s.kind == input.kind)
            spec = &s;
    if (!spec)
        return core::fail(MeasurementProblem{MeasurementProblem::Empty, 0});
    QStringList values;
    for (int i = 0; i < static_cast<int>(spec->fields.size()); ++i) {
        const QString typed = i < input.values.size() ? input.values.at(i).trimmed() : QString();
        if (typed.isEmpty())
            return core::fail(MeasurementProblem{MeasurementProblem::Empty, i});
        const auto value = decimalText(typed, locale);
        if (!value)
            return core::fail(MeasurementProblem{MeasurementProblem::NotNumber, i});
        const double number = value->toDouble();
        const MeasurementField &field = spec->fields[static_cast<std::size_t>(i)];
        if (number < field.min || number > field.max)
            return core::fail(MeasurementProblem{MeasurementProblem::OutOfRange, i});
        values.append(*value);
    }
    if (spec->kind == MeasurementKind::BloodPressure && values.at(0).toDouble() <= values.at(1).toDouble())
        return core::fail(MeasurementProblem{MeasurementProblem::SystolicNotAbove, 1});
    if (!input.effective.isValid())
        return core::fail(MeasurementProblem{MeasurementProblem::NoDate, 0});
    if (input.effective.secsTo(now) < -kClockSkewSeconds)
        return core::fail(MeasurementProblem{MeasurementProblem::FutureDate, 0});
    const QString note = input.note.trimmed();
    if (note.size() > kMaxNoteChars)
        return core::fail(MeasurementProblem{MeasurementProblem::NoteTooLong, 0});

    QByteArray json = "{\"resourceType\":\"Observation\",\"status\":\"final\",\"category\":[{\"coding\":["
                    + coding("http://terminology.hl7.org/CodeSystem/observation-category", spec->category,
                             qstrcmp(spec->category, "laboratory") == 0 ? "Laboratory" : "Vital Signs")
                    + "]}],\"code\":" + codeableConcept(spec->loinc, spec->display, spec->text)
                    + ",\"effectiveDateTime\":" + jsonString(fhirDateTime(input.effective));
    if (spec->fields.size() == 1) {
        json += ",\"valueQuantity\":" + quantity(values.at(0), *spec);
    } else {
        json += ",\"component\":[";
        for (int i = 0; i < values.size(); ++i) {
            const MeasurementField &field = spec->fields[static_cast<std::size_t>(i)];
            json += (i ? ",{\"code\":" : "{\"code\":") + codeableConcept(field.loinc, field.display, field.display)
                  + ",\"valueQuantity\":" + quantity(values.at(i), *spec) + "}";
        }
        json += "]";
    }
    if (!note.isEmpty())
        json += ",\"note\":[{\"text\":" + jsonString(note) + "}]";
    json += "}";
    return json;
}

} // namespace carnet::qml
