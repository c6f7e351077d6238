// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The shape of a file the host accepts (docs/SHARE-HOST.md, "Files"): a compact JWE with a protected
 * header {alg:"dir", enc:"A256GCM", cty:<contentType>, zip:"DEF" optional}, an empty encrypted key, a
 * 12-byte IV and a 16-byte tag. The host cannot decrypt it and does not try. */
#include <QByteArray>

#include <optional>

namespace carnet::sharehost {

enum class JweProblem { None, NotCompact, BadHeader, WrongAlg, WrongEnc, WrongCty, BadZip, Crit, KeyNotEmpty, BadIv, BadTag, BadCiphertext };

struct JweShape
{
    JweProblem problem = JweProblem::None;
    QByteArray iv; ///< the IV part, base64url as sent (the reuse check's key)
};

JweShape checkJwe(const QByteArray &compact, const QByteArray &contentType);

/** The content types a file may have (the SHL STU1 list). */
bool isFileContentType(const QByteArray &type);

/** True when `text` is only base64url characters (no padding). */
bool isBase64Url(const QByteArray &text);

} // namespace carnet::sharehost
