// SPDX-License-Identifier: GPL-3.0-or-later
// toJsonText(): the indented text of a tree for the "show raw JSON" view.
#include "core/fhir/json.h"

namespace carnet::core::fhir {

namespace {

void appendEscaped(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (const QChar c : s) {
        switch (c.unicode()) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    out += QLatin1Char('"');
}

void write(QString &out, const JsonValue &v, int indent, int level)
{
    const QString pad(indent * (level + 1), QLatin1Char(' '));
    const QString closePad(indent * level, QLatin1Char(' '));
    switch (v.type()) {
    case JsonValue::Type::Null:
        out += QLatin1String("null");
        return;
    case JsonValue::Type::Bool:
        out += v.toBool() ? QLatin1String("true") : QLatin1String("false");
        return;
    case JsonValue::Type::Number:
        out += v.toDecimal().lexeme;
        return;
    case JsonValue::Type::String:
        appendEscaped(out, v.toString());
        return;
    case JsonValue::Type::Array:
        if (v.elements().empty()) {
            out += QLatin1String("[]");
            return;
        }
        out += QLatin1String("[\n");
        for (std::size_t i = 0; i < v.elements().size(); ++i) {
            out += pad;
            write(out, v.elements()[i], indent, level + 1);
            out += i + 1 < v.elements().size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += closePad + QLatin1Char(']');
        return;
    case JsonValue::Type::Object:
        if (v.members().empty()) {
            out += QLatin1String("{}");
            return;
        }
        out += QLatin1String("{\n");
        for (std::size_t i = 0; i < v.members().size(); ++i) {
            out += pad;
            appendEscaped(out, v.members()[i].key);
            out += QLatin1String(": ");
            write(out, v.members()[i].value, indent, level + 1);
            out += i + 1 < v.members().size() ? QLatin1String(",\n") : QLatin1String("\n");
        }
        out += closePad + QLatin1Char('}');
        return;
    }
}

} // namespace

QString toJsonText(const JsonValue &value, int indent)
{
    QString out;
    write(out, value, indent, 0);
    return out;
}

} // namespace carnet::core::fhir
