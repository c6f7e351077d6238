// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The patient's own measurements as FHIR R4 Observations (docs/PROTOCOL.md §5, patient-reported):
// blood pressure (a panel of two components), weight, heart rate, blood glucose, body temperature.
// LOINC codes, UCUM units; the value is written with exactly the decimals typed ("72,5" in French
// → 72.5; "36.60" → 36.60), so the JSON is built here rather than through a double.
#include "core/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace carnet::qml {

enum class MeasurementKind { BloodPressure, Weight, HeartRate, Glucose, Temperature };

struct MeasurementField
{
    const char *loinc;   ///< the component's (or the observation's) LOINC code
    const char *display; ///< its LOINC display name (English, as FHIR codings carry)
    double min;          ///< plausible range, inclusive
    double max;
};

struct MeasurementSpec
{
    MeasurementKind kind;
    const char *key;       ///< "blood-pressure", "weight", …
    const char *loinc;
    const char *display;
    const char *text;      ///< code.text: the short name people read ("Blood pressure")
    const char *category;  ///< "vital-signs" or "laboratory"
    const char *ucum;      ///< UCUM code
    const char *unit;      ///< the unit as shown
    std::vector<MeasurementField> fields; ///< two for blood pressure, else one
};

/** Every kind, in the order the form offers them. */
const std::vector<MeasurementSpec> &measurementSpecs();
const MeasurementSpec *measurementSpec(const QString &key);

/** "72,5" / "72.5" / " 72 " → "72.5" / "72.5" / "72": digits with at most one decimal separator
 *  (the locale's, or a point), leading zeros dropped, decimals kept as typed; nullopt otherwise. */
std::optional<QString> decimalText(const QString &typed, const QLocale &locale);

struct MeasurementInput
{
    MeasurementKind kind = MeasurementKind::Weight;
    QStringList values; ///< as typed, one per field
    QDateTime effective;
    QString note;       ///< optional, trimmed
};

struct MeasurementProblem
{
    enum What { Empty, NotNumber, OutOfRange, SystolicNotAbove, NoDate, FutureDate, NoteTooLong } what = Empty;
    int field = 0; ///< which value (Empty, NotNumber, OutOfRange)
};

/** The Observation's exact JSON bytes, or the first problem with the input. `now` bounds the date
 *  (a few minutes of clock skew allowed). */
core::Result<QByteArray, MeasurementProblem> measurementObservation(const MeasurementInput &input, const QLocale &locale,
                                                              const QDateTime &now);

/** FHIR dateTime with seconds and the UTC offset ("2026-11-30T16:05:00+01:00"). */
QString fhirDateTime(const QDateTime &when);

} // namespace carnet::qml
