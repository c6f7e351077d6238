// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Canonical JSON for research datasets (docs/DEID.md, "Canonical JSON").
 *
 * The form is RFC 8785 (JCS) except for numbers:
 *  - object members sorted by their keys' UTF-16 code units; no white space anywhere;
 *  - strings escape only `"`, `\` and the control characters U+0000–U+001F: \b \f \n \r \t in their
 *    short forms, the others as \u00xx with lower-case hex; everything else is written as UTF-8;
 *  - numbers are written exactly as their lexeme in the input ("1.50" stays "1.50"), where JCS would
 *    rewrite them as ECMAScript shortest doubles: FHIR decimals carry their precision.
 * The output tree is built by the de-identifier; fhir::JsonValue (read-only) is only ever input. */
#include "core/fhir/json.h"

#include <QByteArray>
#include <QString>

#include <utility>
#include <vector>

namespace carnet::core::research {

/** A JSON value being built: what the de-identifier writes. Members are kept in insertion order
 *  and sorted only when written. */
class CanonValue
{
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    CanonValue() = default;
    static CanonValue boolean(bool b);
    /** A number from its lexeme (the caller guarantees it is a JSON number: "90", "6.4"). */
    static CanonValue number(const QString &lexeme);
    static CanonValue string(const QString &text);
    static CanonValue array();
    static CanonValue object();
    /** A deep copy of a parsed value (number lexemes and all members kept). */
    static CanonValue from(const fhir::JsonValue &value);

    Type type() const { return m_type; }
    bool isEmpty() const; ///< an empty array or object
    /** Object: sets `key` (replacing an existing member). */
    void set(const QString &key, CanonValue value);
    /** Object: removes `key`. Returns: whether it was there. */
    bool remove(const QString &key);
    /** Array: appends. */
    void append(CanonValue value);
    const CanonValue *member(const QString &key) const;
    const std::vector<CanonValue> &elements() const { return m_array; }
    const std::vector<std::pair<QString, CanonValue>> &members() const { return m_object; }
    const QString &text() const { return m_text; } ///< string text or number lexeme
    bool toBool() const { return m_bool; }

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text;
    std::vector<CanonValue> m_array;
    std::vector<std::pair<QString, CanonValue>> m_object;
};

/** The canonical UTF-8 bytes of `value`. */
QByteArray canonicalJson(const CanonValue &value);
/** The canonical UTF-8 bytes of a parsed value: equal to the input bytes iff they were canonical. */
QByteArray canonicalJson(const fhir::JsonValue &value);

} // namespace carnet::core::research
