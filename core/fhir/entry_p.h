// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the pieces summarize(), detail() and chartPoints() share.
#include "core/fhir/entry.h"
#include "core/fhir/views.h"

namespace carnet::core::fhir::internal {

/** Interpretation codes (v3 ObservationInterpretation) that mean "not normal". */
bool interpretationAbnormal(const QList<CodeableConcept> &interpretation);
/** True when the value is outside the first "normal" (or untyped) range with comparable units. */
bool outsideRange(const Quantity &value, const QList<ReferenceRange> &ranges);
/** Interpretation when present, else the range check (for Quantity values). */
bool valueAbnormal(const ObservationValue &value, const QList<CodeableConcept> &interpretation,
                   const QList<ReferenceRange> &ranges);
/** The value formatted for `locale` (Quantity, concept, string, integer, period, range). */
QString formatValue(const ObservationValue &value, const QLocale &locale);
/** The first range with a low or high, or nullptr. */
const ReferenceRange *normalRange(const QList<ReferenceRange> &ranges);

EntryCategory observationCategory(const ObservationView &o);
/** A coding as a short text: "LOINC 4548-4", "SNOMED CT 44054006", else "system|code". */
QString codingText(const Coding &coding);

EntrySummary summarizeResource(const JsonValue &resource, const QLocale &locale);

} // namespace carnet::core::fhir::internal
