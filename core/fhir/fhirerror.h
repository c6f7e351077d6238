// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The errors of the FHIR layer (docs/FHIR.md). They name the problem only: never a field value, a
// key or any other piece of the content, which is health data.
#include "core/result.h"

namespace carnet::core::fhir {

enum class FhirError {
    Empty, ///< no bytes at all
    TooLarge, ///< more bytes than the limit (64 KiB for one resource, 16 MiB for a Bundle)
    TooDeep, ///< objects and arrays nested deeper than the limit (64)
    InvalidUtf8, ///< bytes that are not UTF-8, or a string with a lone surrogate escape
    Syntax, ///< not JSON (RFC 8259), or trailing bytes after the value
    DuplicateKey, ///< an object names the same key twice (ambiguous: refused)
    NotObject, ///< the document (or a Bundle entry's resource) is not a JSON object
    NoResourceType, ///< the object has no string "resourceType"
    EntryWithoutResource, ///< a Bundle entry has no "resource" (e.g. a DELETE request): refused
    EmptyBundle, ///< a Bundle with no entries
};

/** One line in English naming the problem ("JSON nested too deeply"). Contains no content. */
const char *describe(FhirError error) noexcept;

/** A stable ASCII name ("TooDeep"), for logs and tests. */
const char *fhirErrorName(FhirError error) noexcept;

template <typename T> using FhirResult = Result<T, FhirError>;

} // namespace carnet::core::fhir
