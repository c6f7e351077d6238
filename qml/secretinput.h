// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Secrets typed in QML (passphrases, a recovery phrase) arrive in C++ as QString. They are copied
// into a crypto::SecureBuffer at once and the QString's characters are overwritten.
//
// Honest limits (after KDE Keysmith's comment in src/account/keys.cpp): toUtf8() makes a heap copy,
// which we wipe; but the QML text field, the JavaScript engine and the input method have held the
// text too, and the copies they made (undo history, old string versions freed without wiping) are
// out of our reach. QML clears its fields right after handing the text over.
#include "crypto/securebuffer.h"

#include <QString>

namespace carnet::qml {

/** UTF-8 of `text` in secure memory; the temporary UTF-8 copy is wiped. */
crypto::SecureBuffer secureCopy(const QString &text);

/** secureCopy(), then overwrites the characters of `text` in place when they live on the heap
 *  (literals in read-only memory are left alone). The text field that shared them is cleared by
 *  QML right after the call. */
crypto::SecureBuffer takeSecret(const QString &text);

/** Overwrites the characters of `text` (heap data only) with zeros, keeping its length. */
void wipeString(const QString &text) noexcept;

} // namespace carnet::qml
