// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the wallet's links (walletlinks*.cpp): the link's file sealed as SMART Health Links say
// (a compact JWE, dir + A256GCM, zip DEF: docs/SHL.md) and the link's text. Not a public API.
#include "core/service/linkhost.h"

namespace carnet::core::service::linkfiles {

inline constexpr QByteArrayView kFhirJson = "application/fhir+json";

/** A new link key: 32 bytes from the CSPRNG. */
crypto::SecureBuffer newKey();
/** `fhirJson` sealed under `key` with a fresh IV. */
QByteArray seal(const crypto::SecureBuffer &key, const QByteArray &fhirJson);
/** "shlink:/…" for `link` and `key` (exp and label as the host keeps them). */
crypto::SecureBuffer linkText(const HostLink &link, const crypto::SecureBuffer &key);
/** The key inside a stored link text ("shlink:/…"); empty when it holds none. */
crypto::SecureBuffer keyOf(const crypto::SecureBuffer &text);
/** `prefix` ("<host>/view/#") followed by `text`. */
crypto::SecureBuffer prefixed(const QString &prefix, const crypto::SecureBuffer &text);

} // namespace carnet::core::service::linkfiles
