// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* FHIR R4 data types read from a JsonValue (docs/FHIR.md, "Data types"). Every reader is lenient:
 * a missing or wrongly typed element reads as empty, never as an error. */
#include "core/fhir/json.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

namespace carnet::core::fhir {

/** A FHIR date, dateTime or instant with the precision it was written with: "2019",
 *  "2019-03", "2019-03-14" or "2019-03-14T09:30:00+01:00". */
struct FhirDateTime
{
    enum class Precision { None, Year, Month, Day, Time };

    Precision precision = Precision::None;
    QDate date; ///< the first day of the year or month for Year and Month precision
    QTime time; ///< Time precision only
    bool hasOffset = false; ///< Time precision: a zone was written ("Z" or ±hh:mm)
    int offsetSeconds = 0; ///< the written offset from UTC

    bool isValid() const { return precision != Precision::None; }
    /** A point in time for sorting and charts: the start of the period written (UTC midnight for
     *  dates), or the instant with its offset (taken as UTC when no zone was written). */
    QDateTime toDateTime() const;

    /** Parses the FHIR lexical forms; anything else (or an impossible date) gives an invalid value. */
    static FhirDateTime parse(QStringView text);

    bool operator==(const FhirDateTime &other) const = default;
};

struct Coding
{
    QString system;
    QString code;
    QString display;
};

struct CodeableConcept
{
    QList<Coding> codings;
    QString text;

    bool isEmpty() const { return codings.isEmpty() && text.isEmpty(); }
    /** text, else the first coding's display, else the first "code" written. */
    QString displayText() const;
    /** The code of the first coding in `system` (e.g. kLoinc), or empty. */
    QString codeIn(const QString &system) const;
    /** True when any coding has this code (any system when `system` is empty). */
    bool hasCode(const QString &code, const QString &system = {}) const;
};

struct Quantity
{
    std::optional<Decimal> value;
    QString comparator; ///< "<", "<=", ">=", ">" or empty
    QString unit; ///< human text ("mmHg")
    QString system; ///< e.g. kUcum
    QString code; ///< the coded unit ("mm[Hg]")

    bool isEmpty() const { return !value && unit.isEmpty() && code.isEmpty(); }
    /** unit, else code. */
    QString unitText() const;
};

struct Period
{
    FhirDateTime start;
    FhirDateTime end;
};

struct Reference
{
    QString reference;
    QString display;
};

struct ReferenceRange
{
    std::optional<Quantity> low;
    std::optional<Quantity> high;
    CodeableConcept type;
    QString text;
};

inline constexpr char kLoinc[] = "http://loinc.org";
inline constexpr char kSnomed[] = "http://snomed.info/sct";
inline constexpr char kUcum[] = "http://unitsofmeasure.org";

FhirDateTime readDateTime(const JsonValue &v);
Coding readCoding(const JsonValue &v);
CodeableConcept readConcept(const JsonValue &v);
QList<CodeableConcept> readConcepts(const JsonValue &array);
Quantity readQuantity(const JsonValue &v);
Period readPeriod(const JsonValue &v);
Reference readReference(const JsonValue &v);
ReferenceRange readReferenceRange(const JsonValue &v);
/** Strings of an array of strings (non-strings skipped). */
QStringList readStrings(const JsonValue &array);

} // namespace carnet::core::fhir
