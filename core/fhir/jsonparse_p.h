// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the SAX parse behind parseJson() and splitBundle(), which also reports byte spans.
#include "core/fhir/bundle.h"
#include "core/fhir/json.h"

namespace carnet::core::fhir::internal {

/** One element of root."entry", as splitBundle() needs it. */
struct EntryShape
{
    bool isObject = false;
    bool hasResource = false;
    bool resourceIsObject = false;
    bool resourceHasType = false; ///< a non-empty string "resourceType"
    ByteSpan span; ///< the resource object, when resourceIsObject
};

/** What splitBundle() needs of a document (recorded whatever the root's resourceType). */
struct ParseSpans
{
    ByteSpan root; ///< the root value, whitespace excluded
    bool rootIsObject = false;
    QString rootType; ///< the root's "resourceType" when a string
    bool entryIsArray = false;
    QList<EntryShape> entries; ///< root."entry"[i], in order
};

/** parseJson() when `spans` is null. Otherwise the same checks (size, depth, UTF-8, syntax,
 *  duplicate keys) but no tree is built (a null value is returned): only `spans` is filled. */
FhirResult<JsonValue> parse(QByteArrayView bytes, const JsonLimits &limits, ParseSpans *spans);

} // namespace carnet::core::fhir::internal
