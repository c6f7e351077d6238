// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The wallet's owner token at a share host (docs/SHL.md, "Owner token"):
 *   token = base64url(HMAC-SHA256(key = the private key of the sharing branch m/4411982'/4',
 *                                 data = "carnet/shl-owner-token/v1" ‖ 0x00 ‖ origin))
 * where origin is the host's scheme://host[:port] in lower case, the port only when it is not the
 * scheme's default. One token per host, so a host learns nothing it could use at another; derived from
 * the phrase, so a restored wallet finds its links again. A bearer secret: never logged. */
#include "crypto/secp256k1.h"
#include "crypto/securebuffer.h"

#include <QString>
#include <QUrl>

namespace carnet::core::service {

/** scheme://host[:port] of `url`, lower case, without a default port, path or user info. */
QString linkHostOrigin(const QUrl &url);

/** The 43 base64url characters of the owner token for `origin` (a linkHostOrigin). */
crypto::SecureBuffer linkOwnerToken(const crypto::PrivateKey &sharingBranch, const QString &origin);

} // namespace carnet::core::service
