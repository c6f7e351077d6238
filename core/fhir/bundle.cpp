// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/bundle.h"

#include "core/fhir/jsonparse_p.h"

namespace carnet::core::fhir {

namespace {
FhirResult<void> checkResource(const JsonValue &resource, const ByteSpan &span)
{
    if (!resource.isObject())
        return fail(FhirError::NotObject);
    if (resource["resourceType"].toString().isEmpty())
        return fail(FhirError::NoResourceType);
    if (static_cast<std::size_t>(span.length) > kMaxResourceBytes)
        return fail(FhirError::TooLarge);
    return {};
}
} // namespace

FhirResult<QList<ByteSpan>> splitBundle(QByteArrayView bytes)
{
    internal::ParseSpans spans;
    JsonLimits limits;
    limits.maxBytes = kMaxBundleBytes;
    const auto root = internal::parse(bytes, limits, &spans);
    if (!root)
        return fail(root.error());
    if (!root->isObject())
        return fail(FhirError::NotObject);
    if ((*root)["resourceType"].toString() != QLatin1String("Bundle")) {
        if (auto ok = checkResource(*root, spans.root); !ok)
            return fail(ok.error());
        return QList<ByteSpan>{spans.root};
    }
    const JsonValue &entries = (*root)["entry"];
    if (entries.elements().empty())
        return fail(FhirError::EmptyBundle);
    if (static_cast<qsizetype>(entries.elements().size()) != spans.entryResources.size()) {
        // some entry is not an object with an object "resource"
        for (const JsonValue &entry : entries.elements()) {
            if (!entry.isObject())
                return fail(FhirError::NotObject);
            if (!entry.contains(u"resource"))
                return fail(FhirError::EntryWithoutResource);
        }
        return fail(FhirError::NotObject);
    }
    for (qsizetype i = 0; i < spans.entryResources.size(); ++i) {
        const JsonValue &resource = entries.elements()[static_cast<std::size_t>(i)]["resource"];
        if (auto ok = checkResource(resource, spans.entryResources[i]); !ok)
            return fail(ok.error());
    }
    return spans.entryResources;
}

} // namespace carnet::core::fhir
