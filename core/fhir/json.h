// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* A read-only JSON tree for FHIR content (docs/FHIR.md, "JSON").
 *
 * Parsed with nlohmann-json's SAX interface so that what QJsonDocument loses is kept:
 *  - every number keeps its lexeme exactly as written ("1.50" stays "1.50"; FHIR decimals carry
 *    their precision), beside a double for arithmetic;
 *  - object members keep the order they were written in.
 * Limits are checked while parsing: size, depth, UTF-8, duplicate keys (refused). */
#include "core/fhir/fhirerror.h"

#include <QByteArrayView>
#include <QString>
#include <QStringView>

#include <cstddef>
#include <vector>

namespace carnet::core::fhir {

/** A JSON number as written: the lexeme keeps the precision ("1.50"), value is for arithmetic. */
struct Decimal
{
    QString lexeme; ///< exactly the characters of the document ("1.50", "-0", "6.02e23")
    double value = 0;

    bool operator==(const Decimal &other) const { return lexeme == other.lexeme; }
};

struct JsonMember;

/** One JSON value. Missing members and out-of-range indexes read as a shared null, so chains like
 *  `root["code"]["coding"][0]["code"]` never throw and never crash. */
class JsonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }

    bool toBool() const { return m_type == Type::Bool && m_bool; }
    /** The string, or an empty string for any other type. */
    const QString &toString() const;
    /** The number as written; an empty lexeme when this is not a number. */
    const Decimal &toDecimal() const;

    /** Object member by key, or null. */
    const JsonValue &operator[](QStringView key) const;
    const JsonValue &operator[](QLatin1String key) const;
    const JsonValue &operator[](const char *key) const { return (*this)[QLatin1String(key)]; }
    /** Array element, or null. */
    const JsonValue &at(std::size_t index) const;
    bool contains(QStringView key) const;

    /** Array elements (empty for non-arrays). */
    const std::vector<JsonValue> &elements() const { return m_array; }
    /** Object members in document order (empty for non-objects). */
    const std::vector<JsonMember> &members() const { return m_object; }
    /** Array length, or member count. */
    std::size_t size() const;

    static const JsonValue &null();

private:
    friend class JsonBuilder;
    Type m_type = Type::Null;
    bool m_bool = false;
    Decimal m_number;
    QString m_string;
    std::vector<JsonValue> m_array;
    std::vector<JsonMember> m_object;
};

struct JsonMember
{
    QString key;
    JsonValue value;
};

struct JsonLimits
{
    std::size_t maxBytes = 64 * 1024; ///< one resource; a Bundle file uses kMaxBundleBytes
    int maxDepth = 64; ///< nesting of objects and arrays (the root object is depth 1)
};

inline constexpr std::size_t kMaxResourceBytes = 64 * 1024;
inline constexpr std::size_t kMaxBundleBytes = 16 * 1024 * 1024;

/** Parses one JSON document (RFC 8259, strict: no comments, no trailing bytes, UTF-8 only, no
 *  duplicate keys). Errors: Empty, TooLarge, TooDeep, InvalidUtf8, Syntax, DuplicateKey. */
FhirResult<JsonValue> parseJson(QByteArrayView bytes, const JsonLimits &limits = {});

/** Parses a FHIR resource: parseJson() plus "the root is an object with a string resourceType". */
FhirResult<JsonValue> parseResource(QByteArrayView bytes);

/** Indented JSON text of a tree for a "show raw JSON" view: member order and number lexemes are
 *  kept, strings are escaped minimally. (The sealed bytes themselves are never re-serialised.) */
QString toJsonText(const JsonValue &value, int indent = 2);

} // namespace carnet::core::fhir
