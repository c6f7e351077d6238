// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal: the SAX parse behind parseJson() and splitBundle(), which also reports byte spans.
#include "core/fhir/bundle.h"
#include "core/fhir/json.h"

namespace carnet::core::fhir::internal {

struct ParseSpans
{
    ByteSpan root;                    ///< the root value, whitespace excluded
    QList<ByteSpan> entryResources;   ///< root."entry"[i]."resource" objects, in order
};

/** parseJson(), and when `spans` is given, the spans of the root and of each Bundle entry resource
 *  (recorded whatever the resourceType; the caller decides). */
FhirResult<JsonValue> parse(QByteArrayView bytes, const JsonLimits &limits, ParseSpans *spans);

} // namespace carnet::core::fhir::internal
