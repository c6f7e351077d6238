// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/research/canonicaljson.h"

namespace carnet::core::research {

void appendJsonString(QByteArray &out, const QString &text)
{
    static const char hex[] = "0123456789abcdef";
    out += '"';
    for (const char c : text.toUtf8()) {
        const auto u = static_cast<unsigned char>(c);
        switch (u) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (u < 0x20) {
                out += "\\u00";
                out += hex[u >> 4];
                out += hex[u & 0xF];
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void CanonicalWriter::separate()
{
    if (m_afterKey) {
        m_afterKey = false;
        return;
    }
    if (!m_first.empty()) {
        if (!m_first.back())
            m_out += ',';
        m_first.back() = false;
    }
}

CanonicalWriter &CanonicalWriter::beginObject()
{
    separate();
    m_out += '{';
    m_first.push_back(true);
    return *this;
}

CanonicalWriter &CanonicalWriter::endObject()
{
    m_out += '}';
    if (!m_first.empty())
        m_first.pop_back();
    return *this;
}

CanonicalWriter &CanonicalWriter::key(const char *name)
{
    separate();
    appendJsonString(m_out, QString::fromLatin1(name));
    m_out += ':';
    m_afterKey = true;
    return *this;
}

CanonicalWriter &CanonicalWriter::string(const QString &value)
{
    separate();
    appendJsonString(m_out, value);
    return *this;
}

CanonicalWriter &CanonicalWriter::integer(std::uint64_t value)
{
    separate();
    m_out += QByteArray::number(static_cast<qulonglong>(value));
    return *this;
}

CanonicalWriter &CanonicalWriter::boolean(bool value)
{
    separate();
    m_out += value ? "true" : "false";
    return *this;
}

CanonicalWriter &CanonicalWriter::stringArray(const QStringList &values)
{
    separate();
    m_out += '[';
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i)
            m_out += ',';
        appendJsonString(m_out, values[i]);
    }
    m_out += ']';
    return *this;
}

CanonicalWriter &CanonicalWriter::raw(const QByteArray &json)
{
    separate();
    m_out += json;
    return *this;
}

} // namespace carnet::core::research
