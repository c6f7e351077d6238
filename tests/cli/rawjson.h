// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A small JSON scanner for the CLI tests: the raw byte spans of values, nothing decoded, so that a test
// can compare what carnet-cli printed byte for byte (numbers such as 1.50, white space, escapes) with
// what it wrote. Written for the tests, independent of core/fhir's splitter. Expects valid JSON.
#include <QByteArray>
#include <QList>
#include <QMap>

#include <cstring>
#include <optional>

namespace carnet::test {

inline qsizetype skipSpace(const QByteArray &t, qsizetype i)
{
    while (i < t.size() && (t[i] == ' ' || t[i] == '\n' || t[i] == '\r' || t[i] == '\t'))
        ++i;
    return i;
}

/** The end (one past) of the JSON value starting at `i`, or -1. */
inline qsizetype valueEnd(const QByteArray &t, qsizetype i)
{
    if (i >= t.size())
        return -1;
    if (t[i] == '"') {
        for (++i; i < t.size(); ++i) {
            if (t[i] == '\\')
                ++i;
            else if (t[i] == '"')
                return i + 1;
        }
        return -1;
    }
    if (t[i] == '{' || t[i] == '[') {
        int depth = 0;
        for (; i < t.size(); ++i) {
            const char c = t[i];
            if (c == '"') {
                const qsizetype end = valueEnd(t, i);
                if (end < 0)
                    return -1;
                i = end - 1;
            } else if (c == '{' || c == '[') {
                ++depth;
            } else if ((c == '}' || c == ']') && --depth == 0) {
                return i + 1;
            }
        }
        return -1;
    }
    while (i < t.size() && !std::strchr(",}] \n\r\t", t[i]))
        ++i;
    return i;
}

using RawObject = QMap<QByteArray, QByteArray>; // member name (as written) → the value's raw bytes

/** The members of the object at `t[i]`, or nullopt when it is not one. */
inline std::optional<RawObject> rawObject(const QByteArray &t, qsizetype i)
{
    RawObject members;
    if (i >= t.size() || t[i] != '{')
        return std::nullopt;
    i = skipSpace(t, i + 1);
    if (i < t.size() && t[i] == '}')
        return members;
    while (i < t.size()) {
        const qsizetype keyEnd = valueEnd(t, i);
        if (t[i] != '"' || keyEnd < 0)
            return std::nullopt;
        const QByteArray key = t.mid(i + 1, keyEnd - i - 2);
        i = skipSpace(t, keyEnd);
        if (i >= t.size() || t[i] != ':')
            return std::nullopt;
        i = skipSpace(t, i + 1);
        const qsizetype end = valueEnd(t, i);
        if (end < 0)
            return std::nullopt;
        members.insert(key, t.mid(i, end - i));
        i = skipSpace(t, end);
        if (i < t.size() && t[i] == '}')
            return members;
        if (i >= t.size() || t[i] != ',')
            return std::nullopt;
        i = skipSpace(t, i + 1);
    }
    return std::nullopt;
}

/** The objects of the top-level array `t` (e.g. the output of `wallet entries --json`). */
inline std::optional<QList<RawObject>> rawEntries(const QByteArray &t)
{
    QList<RawObject> out;
    qsizetype i = skipSpace(t, 0);
    if (i >= t.size() || t[i] != '[')
        return std::nullopt;
    i = skipSpace(t, i + 1);
    if (i < t.size() && t[i] == ']')
        return out;
    while (i < t.size()) {
        auto object = rawObject(t, i);
        if (!object)
            return std::nullopt;
        out.push_back(*object);
        i = skipSpace(t, valueEnd(t, i));
        if (i < t.size() && t[i] == ']')
            return skipSpace(t, i + 1) == t.size() ? std::optional(out) : std::nullopt;
        if (i >= t.size() || t[i] != ',')
            return std::nullopt;
        i = skipSpace(t, i + 1);
    }
    return std::nullopt;
}

} // namespace carnet::test
