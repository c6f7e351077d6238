// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/demo: a tiny writer of compact JSON objects whose bytes are fully determined by
// the calls (member order as written, decimals written from integers with their stated precision),
// and helpers for the FHIR data types the demo uses.
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <vector>

namespace carnet::core::demo {

/** `text` as a JSON string literal (quotes included), escaping what RFC 8259 requires. */
std::string jsonString(std::string_view text);
/** `scaled / 10^decimals` written with exactly `decimals` digits after the point ("5.40"). */
std::string fixedDecimal(std::int64_t scaled, int decimals);

class JObj
{
public:
    JObj &str(std::string_view key, std::string_view value);
    JObj &raw(std::string_view key, std::string_view json);
    JObj &obj(std::string_view key, const JObj &value) { return raw(key, value.json()); }
    JObj &num(std::string_view key, std::int64_t value);
    JObj &dec(std::string_view key, std::int64_t scaled, int decimals) { return raw(key, fixedDecimal(scaled, decimals)); }
    JObj &boolean(std::string_view key, bool value) { return raw(key, value ? "true" : "false"); }
    /** An array of already-written JSON values. */
    JObj &arr(std::string_view key, const std::vector<std::string> &items);
    JObj &arr(std::string_view key, std::initializer_list<JObj> items);
    std::string json() const { return "{" + m_body + "}"; }

private:
    std::string m_body;
};

namespace sys {
inline constexpr std::string_view loinc = "http://loinc.org";
inline constexpr std::string_view snomed = "http://snomed.info/sct";
inline constexpr std::string_view ucum = "http://unitsofmeasure.org";
inline constexpr std::string_view atc = "http://www.whocc.no/atc";
inline constexpr std::string_view cvx = "http://hl7.org/fhir/sid/cvx";
} // namespace sys

JObj coding(std::string_view system, std::string_view code, std::string_view display);
/** A CodeableConcept with one coding and an optional text. */
JObj codeable(std::string_view system, std::string_view code, std::string_view display, std::string_view text = {});
JObj textConcept(std::string_view text);
JObj reference(std::string_view ref, std::string_view display = {});
/** A UCUM Quantity: value scaled by 10^decimals, the human unit and the UCUM code. */
JObj quantity(std::int64_t scaled, int decimals, std::string_view unit, std::string_view ucumCode);
/** {"tag":[HTEST]}: marks every demo resource as test data. */
JObj demoMeta();

} // namespace carnet::core::demo
