// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to the vault: file names, leftovers from crashes, and the key wrap.
#include "core/vault/header.h"
#include "crypto/securebuffer.h"

#include <QString>

namespace carnet::core::vaultfiles {

QString headerPath(const QString &dir);
QString databasePath(const QString &dir);
QString lockPath(const QString &dir);
QString attemptsPath(const QString &dir);
/** The replacement header written by a passphrase change before it is renamed into place. */
QString newHeaderPath(const QString &dir);

/** An absolute, clean path without a trailing slash. */
QString normalizeDir(const QString &dir);

/** The prefix of the sibling temporary directories a create builds in: "<parent>/.<name>.carnet-new-". */
QString tempPrefix(const QString &dir);

/** Removes temporary siblings of `dir` left by crashed creates: those whose lock is free, empty
 *  lock-less ones (killed between mkdir and the lock), and other lock-less ones older than ten
 *  minutes. A create in progress holds its lock and is never touched. */
void removeStaleTemporaries(const QString &dir);

/** Removes *.new files inside `dir` (a crashed passphrase change or throttle write). Only call
 *  while holding the vault lock. */
void removeStaleNewFiles(const QString &dir);

/** What the passphrase opens: the data key (unwrapped from the header) and the phrase key, an
 *  HKDF-SHA256 sub-key of the same Argon2id output (docs/VAULT.md, "Which key seals what"). */
struct PassphraseKeys
{
    crypto::SecureBuffer dataKey;
    crypto::SecureBuffer phraseKey;
};

/** A fresh header (new salt and nonce) wrapping `dataKey` under `passphrase`, and the phrase key of
 *  that header's KEK. One Argon2id run. */
struct WrappedHeader
{
    VaultHeader header;
    crypto::SecureBuffer phraseKey;
};

/** KEK = Argon2id(passphrase, salt, params); the data key sealed with every header field as AD. */
WrappedHeader wrapDataKey(crypto::ByteView dataKey, crypto::ByteView passphrase, const crypto::Argon2Params &params,
                          const std::array<std::uint8_t, 16> &vaultId);

/** Runs the KDF of `header` and unwraps the data key: WrongPassphrase when the AEAD tag does not
 *  verify. The KEK itself is wiped before returning. */
VaultResult<PassphraseKeys> unwrapDataKey(const VaultHeader &header, crypto::ByteView passphrase);

} // namespace carnet::core::vaultfiles
