// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/fhirerror.h"

namespace carnet::core::fhir {

const char *describe(FhirError error) noexcept
{
    switch (error) {
    case FhirError::Empty:
        return "the resource is empty";
    case FhirError::TooLarge:
        return "the resource is larger than the size limit";
    case FhirError::TooDeep:
        return "JSON nested too deeply";
    case FhirError::InvalidUtf8:
        return "the text is not valid UTF-8";
    case FhirError::Syntax:
        return "not valid JSON";
    case FhirError::DuplicateKey:
        return "a JSON object names the same member twice";
    case FhirError::NotObject:
        return "the resource is not a JSON object";
    case FhirError::NoResourceType:
        return "the resource has no resourceType";
    case FhirError::EntryWithoutResource:
        return "a Bundle entry has no resource";
    case FhirError::EmptyBundle:
        return "the Bundle has no entries";
    }
    return "unknown FHIR error";
}

const char *fhirErrorName(FhirError error) noexcept
{
    switch (error) {
    case FhirError::Empty:
        return "Empty";
    case FhirError::TooLarge:
        return "TooLarge";
    case FhirError::TooDeep:
        return "TooDeep";
    case FhirError::InvalidUtf8:
        return "InvalidUtf8";
    case FhirError::Syntax:
        return "Syntax";
    case FhirError::DuplicateKey:
        return "DuplicateKey";
    case FhirError::NotObject:
        return "NotObject";
    case FhirError::NoResourceType:
        return "NoResourceType";
    case FhirError::EntryWithoutResource:
        return "EntryWithoutResource";
    case FhirError::EmptyBundle:
        return "EmptyBundle";
    }
    return "Unknown";
}

} // namespace carnet::core::fhir
