// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/bundle.h"

#include "core/fhir/jsonparse_p.h"

namespace carnet::core::fhir {

FhirResult<QList<ByteSpan>> splitBundle(QByteArrayView bytes)
{
    internal::ParseSpans shape;
    JsonLimits limits;
    limits.maxBytes = kMaxBundleBytes;
    const auto parsed = internal::parse(bytes, limits, &shape);
    if (!parsed)
        return fail(parsed.error());
    if (!shape.rootIsObject)
        return fail(FhirError::NotObject);
    if (shape.rootType.isEmpty())
        return fail(FhirError::NoResourceType);
    if (shape.rootType != QLatin1String("Bundle")) {
        if (static_cast<std::size_t>(shape.root.length) > kMaxResourceBytes)
            return fail(FhirError::TooLarge);
        return QList<ByteSpan> {shape.root};
    }
    if (!shape.entryIsArray || shape.entries.isEmpty())
        return fail(FhirError::EmptyBundle);
    QList<ByteSpan> spans;
    spans.reserve(shape.entries.size());
    for (const internal::EntryShape &entry : shape.entries) {
        if (!entry.isObject)
            return fail(FhirError::NotObject);
        if (!entry.hasResource)
            return fail(FhirError::EntryWithoutResource);
        if (!entry.resourceIsObject)
            return fail(FhirError::NotObject);
        if (!entry.resourceHasType)
            return fail(FhirError::NoResourceType);
        if (static_cast<std::size_t>(entry.span.length) > kMaxResourceBytes)
            return fail(FhirError::TooLarge);
        spans.append(entry.span);
    }
    return spans;
}

} // namespace carnet::core::fhir
