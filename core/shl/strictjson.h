// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The JSON the SMART Health Link readers take from outside (docs/SHL.md, "Formats"): RFC 8259 text in
// valid UTF-8 (no lone surrogate, raw or escaped), no duplicate member name in any object, at most 32
// levels deep, then read by QtCore's parser. QJsonDocument alone keeps one of two duplicate members silently and takes some invalid UTF-8;
// this check comes first so that a text means one thing to every reader.
#include <QByteArrayView>
#include <QJsonObject>

#include <optional>

namespace carnet::core::shl {

enum class JsonProblem {
    None,
    NotJson,      ///< a syntax error, invalid UTF-8, a lone surrogate escape, a raw control character, too deep
    DuplicateKey, ///< an object names a member twice
    NotAnObject,  ///< valid JSON whose top level is not an object
};

/** Checks `text` as above. */
[[nodiscard]] JsonProblem checkStrictJson(QByteArrayView text);

/** The object `text` holds, or the problem (`problem` set, nullopt returned). */
[[nodiscard]] std::optional<QJsonObject> strictJsonObject(QByteArrayView text, JsonProblem *problem);

} // namespace carnet::core::shl
