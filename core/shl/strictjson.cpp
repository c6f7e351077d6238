// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/shl/strictjson.h"

#include <QJsonDocument>
#include <QSet>
#include <QString>

namespace carnet::core::shl {
namespace {

constexpr int kMaxDepth = 32;

class Scanner
{
public:
    explicit Scanner(QByteArrayView text) : m_s(text) {}

    JsonProblem run(bool *isObject)
    {
        space();
        *isObject = m_at < m_s.size() && m_s[m_at] == '{';
        if (!value(0))
            return m_problem;
        space();
        if (m_at != m_s.size())
            return JsonProblem::NotJson;
        return JsonProblem::None;
    }

private:
    bool bad(JsonProblem p = JsonProblem::NotJson)
    {
        if (m_problem == JsonProblem::None)
            m_problem = p;
        return false;
    }
    char peek() const { return m_at < m_s.size() ? m_s[m_at] : '\0'; }
    bool end() const { return m_at >= m_s.size(); }
    void space()
    {
        while (!end() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_at;
    }
    bool literal(const char *word)
    {
        for (const char *c = word; *c; ++c, ++m_at)
            if (end() || m_s[m_at] != *c)
                return bad();
        return true;
    }
    bool value(int depth)
    {
        if (depth > kMaxDepth)
            return bad();
        space();
        if (end())
            return bad();
        switch (peek()) {
        case '{': return object(depth);
        case '[': return array(depth);
        case '"': return string(nullptr);
        case 't': return literal("true");
        case 'f': return literal("false");
        case 'n': return literal("null");
        default: return number();
        }
    }
    bool object(int depth)
    {
        ++m_at;
        QSet<QString> names;
        space();
        if (peek() == '}') {
            ++m_at;
            return true;
        }
        for (;;) {
            space();
            QString name;
            if (peek() != '"' || !string(&name))
                return bad();
            if (names.contains(name))
                return bad(JsonProblem::DuplicateKey);
            names.insert(name);
            space();
            if (peek() != ':')
                return bad();
            ++m_at;
            if (!value(depth + 1))
                return false;
            space();
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            if (peek() == '}') {
                ++m_at;
                return true;
            }
            return bad();
        }
    }
    bool array(int depth)
    {
        ++m_at;
        space();
        if (peek() == ']') {
            ++m_at;
            return true;
        }
        for (;;) {
            if (!value(depth + 1))
                return false;
            space();
            if (peek() == ',') {
                ++m_at;
                continue;
            }
            if (peek() == ']') {
                ++m_at;
                return true;
            }
            return bad();
        }
    }
    static int hex(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }
    // One UTF-8 sequence starting at m_at (RFC 3629: shortest form, no surrogates, ≤ U+10FFFF).
    bool utf8(char32_t *out)
    {
        const auto b0 = static_cast<unsigned char>(m_s[m_at]);
        int extra = 0;
        char32_t cp = 0, min = 0;
        if (b0 < 0x80) {
            *out = b0;
            ++m_at;
            return true;
        } else if ((b0 & 0xE0) == 0xC0) {
            extra = 1, cp = b0 & 0x1F, min = 0x80;
        } else if ((b0 & 0xF0) == 0xE0) {
            extra = 2, cp = b0 & 0x0F, min = 0x800;
        } else if ((b0 & 0xF8) == 0xF0) {
            extra = 3, cp = b0 & 0x07, min = 0x10000;
        } else {
            return bad();
        }
        if (m_s.size() - m_at <= extra)
            return bad();
        for (int i = 1; i <= extra; ++i) {
            const auto b = static_cast<unsigned char>(m_s[m_at + i]);
            if ((b & 0xC0) != 0x80)
                return bad();
            cp = (cp << 6) | (b & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return bad();
        m_at += extra + 1;
        *out = cp;
        return true;
    }
    bool string(QString *decoded)
    {
        ++m_at;
        for (;;) {
            if (end())
                return bad();
            const char c = peek();
            if (c == '"') {
                ++m_at;
                return true;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return bad();
            if (c == '\\') {
                ++m_at;
                if (end())
                    return bad();
                const char e = peek();
                ++m_at;
                if (e == 'u') {
                    if (m_s.size() - m_at < 4)
                        return bad();
                    int v = 0;
                    for (int i = 0; i < 4; ++i) {
                        const int h = hex(m_s[m_at + i]);
                        if (h < 0)
                            return bad();
                        v = v * 16 + h;
                    }
                    m_at += 4;
                    // A surrogate escape must be a high one followed by an escaped low one: a lone
                    // half is no character (RFC 8259 §8.2), and readers would disagree on it.
                    if (v >= 0xDC00 && v <= 0xDFFF)
                        return bad();
                    if (v >= 0xD800 && v <= 0xDBFF) {
                        int low = 0;
                        if (m_s.size() - m_at < 6 || m_s[m_at] != '\\' || m_s[m_at + 1] != 'u')
                            return bad();
                        for (int i = 2; i < 6; ++i) {
                            const int h = hex(m_s[m_at + i]);
                            if (h < 0)
                                return bad();
                            low = low * 16 + h;
                        }
                        if (low < 0xDC00 || low > 0xDFFF)
                            return bad();
                        m_at += 6;
                        if (decoded) {
                            decoded->append(QChar(char16_t(v)));
                            decoded->append(QChar(char16_t(low)));
                        }
                        continue;
                    }
                    if (decoded)
                        decoded->append(QChar(char16_t(v)));
                    continue;
                }
                static const char kEscapes[] = "\"\\/bfnrt";
                static const char kValues[] = "\"\\/\b\f\n\r\t";
                const char *at = std::char_traits<char>::find(kEscapes, 8, e);
                if (!at)
                    return bad();
                if (decoded)
                    decoded->append(QLatin1Char(kValues[at - kEscapes]));
                continue;
            }
            char32_t cp = 0;
            if (!utf8(&cp))
                return false;
            if (decoded)
                decoded->append(QString::fromUcs4(&cp, 1));
        }
    }
    bool digits()
    {
        const qsizetype from = m_at;
        while (!end() && peek() >= '0' && peek() <= '9')
            ++m_at;
        return m_at > from || bad();
    }
    bool number()
    {
        if (peek() == '-')
            ++m_at;
        if (peek() == '0') {
            ++m_at;
        } else if (!digits()) {
            return false;
        }
        if (peek() == '.') {
            ++m_at;
            if (!digits())
                return false;
        }
        if (peek() == 'e' || peek() == 'E') {
            ++m_at;
            if (peek() == '+' || peek() == '-')
                ++m_at;
            if (!digits())
                return false;
        }
        return true;
    }

    QByteArrayView m_s;
    qsizetype m_at = 0;
    JsonProblem m_problem = JsonProblem::None;
};

} // namespace

JsonProblem checkStrictJson(QByteArrayView text)
{
    bool isObject = false;
    const JsonProblem p = Scanner(text).run(&isObject);
    if (p != JsonProblem::None)
        return p;
    return isObject ? JsonProblem::None : JsonProblem::NotAnObject;
}

std::optional<QJsonObject> strictJsonObject(QByteArrayView text, JsonProblem *problem)
{
    *problem = checkStrictJson(text);
    if (*problem != JsonProblem::None)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(text.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        *problem = JsonProblem::NotJson;
        return std::nullopt;
    }
    return doc.object();
}

} // namespace carnet::core::shl
