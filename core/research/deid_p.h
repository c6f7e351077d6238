// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The de-identifier's allow-lists (deidallow.cpp) and data-type handlers (deidtypes.cpp), shared by
// deid.cpp. Internal to core/research.
#include "core/fhir/json.h"
#include "core/research/canonjson.h"
#include "core/research/deid.h"

#include <optional>
#include <span>
#include <string_view>

namespace carnet::core::research::detail {

/** How an allowed element is transformed. Anything not named in a table is dropped. */
enum class Kind {
    Code, ///< a FHIR code token (status, gender, intent): [A-Za-z0-9._:/+-], at most 64 characters
    Boolean,
    Integer, ///< an integer lexeme
    Decimal, ///< a number, as written
    Date, ///< date / dateTime → "YYYY"
    BirthYear, ///< a relative's birth date: "YYYY", dropped when it may show an age over 89 at asOf
    Period, ///< start, end → "YYYY"
    Coding, ///< system, version, code; display only with keepFreeText
    Concept, ///< CodeableConcept: coding[]; text only with keepFreeText
    Quantity, ///< value, comparator, unit, system, code
    Age, ///< a Quantity; over 89 years → ">= 90 a"
    AgeRange, ///< a Range of ages: a low bound over 89 → 90 and no high; a high bound over 89 dropped
    Range, ///< low, high (Quantity)
    Ratio, ///< numerator, denominator (Quantity)
    Reference, ///< to an allowed type only, rewritten "Type/<keyed id>"; nothing else of it kept
    FreeText, ///< a string kept only with keepFreeText
    Annotation, ///< a note: only with keepFreeText (text, time → year, authorReference as Reference)
    Struct, ///< a backbone element: the sub-table applies
    PatientAddress, ///< state, country, ZIP3 (B)
    DocContent, ///< DocumentReference.content: the first text/plain attachment's text, re-encoded
};

struct Field
{
    constexpr Field(std::string_view n, Kind k, std::span<const Field> s = {}, std::string_view ref = {})
        : name(n), kind(k), sub(s), refType(ref)
    {
    }
    std::string_view name;
    Kind kind;
    std::span<const Field> sub; ///< Kind::Struct only
    std::string_view refType; ///< Kind::Reference: the type assumed for a "urn:uuid:" without a type
};

struct ResourceRule
{
    std::string_view type;
    std::span<const Field> fields;
    bool needsFreeText = false; ///< only allowed when keepFreeText (DocumentReference)
};

/** The rule of an allowed type (with keepFreeText as given), or null: the resource is excluded. */
const ResourceRule *ruleFor(const QString &resourceType, bool keepFreeText);

/** The state of one deidentify() call. */
struct Context
{
    const DeidPolicy &policy;
    const fhir::JsonValue &resource;
    QString resourceType;
    QStringList &dropped;
    bool documentTextTaken = false; ///< DocContent keeps one attachment only
};

/** Applies a table to an object; members not in it are dropped and listed under `path`. */
CanonValue applyTable(std::span<const Field> table, const fhir::JsonValue &object, Context &ctx,
                      const QString &path, bool topLevel = false);
/** Applies one field to one value (arrays element by element). nullopt: the value is dropped. */
std::optional<CanonValue> applyField(const Field &field, const fhir::JsonValue &value, Context &ctx,
                                     const QString &path);
/** A reference rewritten to "Type/<keyed id>", or nullopt when it names no allowed type. */
std::optional<QString> rewriteReference(const fhir::JsonValue &reference, std::string_view refType, Context &ctx);

} // namespace carnet::core::research::detail
