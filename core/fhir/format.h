// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Locale formatting of FHIR values (docs/FHIR.md, "Formatting").
 *
 * Decimals keep the precision written: "1.50" gives "1,50" in French and "1.50" in English; "120"
 * stays "120"; an exponent form is written out ("1.5e-3" gives "0.0015"). Integer parts of 4 digits
 * or more get the locale's group separator ("12 000" in French, "12,000" in English) unless the
 * QLocale has QLocale::OmitGroupSeparator in its number options. Digits, sign and decimal point are
 * the locale's. Dates show only the precision written: "2019" / "March 2019" / the locale's short
 * date with a 4-digit year (French "23/11/2026") / that plus the short time, as written (in the
 * offset written, not converted to the device's zone). */
#include "core/fhir/datatypes.h"

#include <QLocale>
#include <QString>

namespace carnet::core::fhir {

/** The decimal for display in `locale`, keeping the written digits. */
QString formatDecimal(const Decimal &value, const QLocale &locale);

/** "6.4 %", "< 5 mg/L", "128 mmHg"; the unit alone when there is no value. */
QString formatQuantity(const Quantity &quantity, const QLocale &locale);

/** The date at the precision written; empty when invalid. */
QString formatDateTime(const FhirDateTime &value, const QLocale &locale);

/** "start – end", "from start", "until end". */
QString formatPeriod(const Period &period, const QLocale &locale);

/** "4.0–6.0 %", "> 40 mg/dL" (from low/high), else the range's text. */
QString formatReferenceRange(const ReferenceRange &range, const QLocale &locale);

} // namespace carnet::core::fhir
