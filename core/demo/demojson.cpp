// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/demo/demojson.h"

#include <cstdio>

namespace carnet::core::demo {

std::string jsonString(std::string_view text)
{
    std::string out;
    out.reserve(text.size() + 2);
    out.push_back('"');
    for (const char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if (c == '"' || c == '\\') {
            out.push_back('\\');
            out.push_back(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (u < 0x20) {
            char buffer[8];
            std::snprintf(buffer, sizeof buffer, "\\u%04x", static_cast<unsigned>(u));
            out += buffer;
        } else {
            out.push_back(c);
        }
    }
    out.push_back('"');
    return out;
}

std::string fixedDecimal(std::int64_t scaled, int decimals)
{
    const bool negative = scaled < 0;
    std::uint64_t magnitude = negative ? 0 - static_cast<std::uint64_t>(scaled) : static_cast<std::uint64_t>(scaled);
    std::string digits = std::to_string(magnitude);
    if (decimals > 0) {
        const auto width = static_cast<std::size_t>(decimals);
        if (digits.size() <= width)
            digits.insert(0, width + 1 - digits.size(), '0');
        digits.insert(digits.size() - width, 1, '.');
    }
    return negative ? "-" + digits : digits;
}

JObj &JObj::raw(std::string_view key, std::string_view json)
{
    if (!m_body.empty())
        m_body.push_back(',');
    m_body += jsonString(key);
    m_body.push_back(':');
    m_body += json;
    return *this;
}

JObj &JObj::str(std::string_view key, std::string_view value) { return raw(key, jsonString(value)); }

JObj &JObj::num(std::string_view key, std::int64_t value) { return raw(key, std::to_string(value)); }

JObj &JObj::arr(std::string_view key, const std::vector<std::string> &items)
{
    std::string out = "[";
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i)
            out.push_back(',');
        out += items[i];
    }
    out.push_back(']');
    return raw(key, out);
}

JObj &JObj::arr(std::string_view key, std::initializer_list<JObj> items)
{
    std::vector<std::string> written;
    for (const JObj &item : items)
        written.push_back(item.json());
    return arr(key, written);
}

JObj coding(std::string_view system, std::string_view code, std::string_view display)
{
    JObj c;
    c.str("system", system).str("code", code);
    if (!display.empty())
        c.str("display", display);
    return c;
}

JObj codeable(std::string_view system, std::string_view code, std::string_view display, std::string_view text)
{
    JObj c;
    c.arr("coding", {coding(system, code, display)});
    if (!text.empty())
        c.str("text", text);
    return c;
}

JObj textConcept(std::string_view text) { return JObj().str("text", text); }

JObj reference(std::string_view ref, std::string_view display)
{
    JObj r;
    r.str("reference", ref);
    if (!display.empty())
        r.str("display", display);
    return r;
}

JObj quantity(std::int64_t scaled, int decimals, std::string_view unit, std::string_view ucumCode)
{
    return JObj().dec("value", scaled, decimals).str("unit", unit).str("system", sys::ucum).str("code", ucumCode);
}

JObj demoMeta()
{
    return JObj().arr("tag", {coding("http://terminology.hl7.org/CodeSystem/v3-ActReason", "HTEST", "test health data")});
}

} // namespace carnet::core::demo
