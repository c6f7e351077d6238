// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/entry_p.h"

namespace carnet::core::fhir {

namespace {

QString seriesKeyOf(const CodeableConcept &code)
{
    const QString loinc = code.codeIn(QLatin1String(kLoinc));
    if (!loinc.isEmpty())
        return loinc;
    for (const Coding &c : code.codings) {
        if (!c.code.isEmpty())
            return c.system + QLatin1Char('|') + c.code;
    }
    return code.text;
}

std::optional<ChartPoint> pointOf(const QString &key, const CodeableConcept &code, const FhirDateTime &when,
                                  const ObservationValue &value, const QList<CodeableConcept> &interpretation,
                                  const QList<ReferenceRange> &ranges)
{
    const auto *q = std::get_if<Quantity>(&value);
    if (key.isEmpty() || !when.isValid() || !q || !q->value || !q->comparator.isEmpty())
        return std::nullopt;
    ChartPoint p;
    p.seriesKey = key;
    p.displayName = code.displayText();
    p.when = when;
    p.time = when.toDateTime();
    p.value = *q->value;
    p.unit = q->unitText();
    if (q->system == QLatin1String(kUcum))
        p.ucumCode = q->code;
    if (const ReferenceRange *r = internal::normalRange(ranges)) {
        if (r->low && r->low->value)
            p.refLow = *r->low->value;
        if (r->high && r->high->value)
            p.refHigh = *r->high->value;
    }
    p.abnormal = internal::valueAbnormal(value, interpretation, ranges);
    return p;
}

} // namespace

QList<ChartPoint> chartPoints(QByteArrayView bytes)
{
    QList<ChartPoint> out;
    const auto root = parseResource(bytes);
    if (!root || (*root)["resourceType"].toString() != QLatin1String("Observation"))
        return out;
    const ObservationView o = readObservation(*root);
    const FhirDateTime when = o.effective.isValid() ? o.effective : o.issued;
    const QString key = seriesKeyOf(o.code);
    if (auto p = pointOf(key, o.code, when, o.value, o.interpretation, o.referenceRange))
        out.append(*p);
    for (const ObservationComponent &c : o.component) {
        const QString componentKey = seriesKeyOf(c.code);
        if (componentKey.isEmpty())
            continue;
        if (auto p
            = pointOf(key + QLatin1Char('|') + componentKey, c.code, when, c.value, c.interpretation, c.referenceRange))
            out.append(*p);
    }
    return out;
}

std::optional<ChartPoint> chartPoint(QByteArrayView bytes)
{
    const QList<ChartPoint> points = chartPoints(bytes);
    if (points.isEmpty())
        return std::nullopt;
    return points.first();
}

} // namespace carnet::core::fhir
