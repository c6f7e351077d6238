// SPDX-License-Identifier: GPL-3.0-or-later
// Canonical JSON writer (canonjson.h): JCS member order and string escapes, number lexemes as written.
#include "core/research/canonjson.h"

#include <algorithm>

namespace carnet::core::research {

CanonValue CanonValue::boolean(bool b)
{
    CanonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

CanonValue CanonValue::number(const QString &lexeme)
{
    CanonValue v;
    v.m_type = Type::Number;
    v.m_text = lexeme;
    return v;
}

CanonValue CanonValue::string(const QString &text)
{
    CanonValue v;
    v.m_type = Type::String;
    v.m_text = text;
    return v;
}

CanonValue CanonValue::array()
{
    CanonValue v;
    v.m_type = Type::Array;
    return v;
}

CanonValue CanonValue::object()
{
    CanonValue v;
    v.m_type = Type::Object;
    return v;
}

CanonValue CanonValue::from(const fhir::JsonValue &value)
{
    using T = fhir::JsonValue::Type;
    switch (value.type()) {
    case T::Null:
        return {};
    case T::Bool:
        return boolean(value.toBool());
    case T::Number:
        return number(value.toDecimal().lexeme);
    case T::String:
        return string(value.toString());
    case T::Array: {
        CanonValue out = array();
        for (const fhir::JsonValue &e : value.elements())
            out.append(from(e));
        return out;
    }
    case T::Object: {
        CanonValue out = object();
        for (const fhir::JsonMember &m : value.members())
            out.m_object.emplace_back(m.key, from(m.value));
        return out;
    }
    }
    return {};
}

bool CanonValue::isEmpty() const
{
    return (m_type == Type::Array && m_array.empty()) || (m_type == Type::Object && m_object.empty());
}

void CanonValue::set(const QString &key, CanonValue value)
{
    for (auto &member : m_object) {
        if (member.first == key) {
            member.second = std::move(value);
            return;
        }
    }
    m_object.emplace_back(key, std::move(value));
}

bool CanonValue::remove(const QString &key)
{
    for (auto it = m_object.begin(); it != m_object.end(); ++it) {
        if (it->first == key) {
            m_object.erase(it);
            return true;
        }
    }
    return false;
}

void CanonValue::append(CanonValue value)
{
    m_array.push_back(std::move(value));
}

const CanonValue *CanonValue::member(const QString &key) const
{
    for (const auto &member : m_object) {
        if (member.first == key)
            return &member.second;
    }
    return nullptr;
}

namespace {

/** JCS order: the keys' UTF-16 code units compared as unsigned numbers. */
bool utf16Less(const QString &a, const QString &b)
{
    return std::lexicographical_compare(a.utf16(), a.utf16() + a.size(), b.utf16(), b.utf16() + b.size());
}

void writeString(QString &out, const QString &s)
{
    static const char kHex[] = "0123456789abcdef";
    out += QLatin1Char('"');
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"': out += QLatin1String("\\\""); break;
        case u'\\': out += QLatin1String("\\\\"); break;
        case u'\b': out += QLatin1String("\\b"); break;
        case u'\f': out += QLatin1String("\\f"); break;
        case u'\n': out += QLatin1String("\\n"); break;
        case u'\r': out += QLatin1String("\\r"); break;
        case u'\t': out += QLatin1String("\\t"); break;
        default:
            if (u < 0x20) {
                out += QLatin1String("\\u00");
                out += QLatin1Char(kHex[u >> 4]);
                out += QLatin1Char(kHex[u & 0xF]);
            } else {
                out += c;
            }
        }
    }
    out += QLatin1Char('"');
}

void write(QString &out, const CanonValue &v)
{
    using T = CanonValue::Type;
    switch (v.type()) {
    case T::Null:
        out += QLatin1String("null");
        return;
    case T::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case T::Number:
        out += v.text();
        return;
    case T::String:
        writeString(out, v.text());
        return;
    case T::Array:
        out += QLatin1Char('[');
        for (std::size_t i = 0; i < v.elements().size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            write(out, v.elements()[i]);
        }
        out += QLatin1Char(']');
        return;
    case T::Object: {
        std::vector<const std::pair<QString, CanonValue> *> sorted;
        sorted.reserve(v.members().size());
        for (const auto &m : v.members())
            sorted.push_back(&m);
        std::sort(sorted.begin(), sorted.end(), [](auto *a, auto *b) { return utf16Less(a->first, b->first); });
        out += QLatin1Char('{');
        for (std::size_t i = 0; i < sorted.size(); ++i) {
            if (i)
                out += QLatin1Char(',');
            writeString(out, sorted[i]->first);
            out += QLatin1Char(':');
            write(out, sorted[i]->second);
        }
        out += QLatin1Char('}');
        return;
    }
    }
}

} // namespace

QByteArray canonicalJson(const CanonValue &value)
{
    QString out;
    write(out, value);
    return out.toUtf8();
}

QByteArray canonicalJson(const fhir::JsonValue &value)
{
    return canonicalJson(CanonValue::from(value));
}

} // namespace carnet::core::research
