// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Splitting a FHIR Bundle into its resources without re-serialising anything (docs/FHIR.md,
 * "Bundles"; docs/PROTOCOL.md §3: each entry's content is the exact byte span of one resource). */
#include "core/fhir/fhirerror.h"

#include <QByteArrayView>
#include <QList>

namespace carnet::core::fhir {

/** A resource's place in the original bytes: bytes.mid(offset, length) is the resource object,
 *  from its "{" to its "}" inclusive. */
struct ByteSpan
{
    qsizetype offset = 0;
    qsizetype length = 0;

    bool operator==(const ByteSpan &other) const = default;
};

/** For a Bundle: the span of each entry[].resource, in entry order (nested Bundles are not split
 *  further). For any other resource: one span, the whole input (leading and trailing whitespace
 *  excluded). The whole input is checked (strict JSON, UTF-8, depth 64, no duplicate keys, at most
 *  kMaxBundleBytes) and so is each resource: an object with a string resourceType and at most
 *  kMaxResourceBytes long. Errors: those of parseJson(), NotObject, NoResourceType, TooLarge,
 *  EntryWithoutResource, EmptyBundle. */
FhirResult<QList<ByteSpan>> splitBundle(QByteArrayView bytes);

} // namespace carnet::core::fhir
