// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What RecoveryPhraseView paints from: a view model that holds a recovery phrase in secure memory.
// Implementers are QObjects with a phraseChanged() signal; the phrase itself never becomes a property.
#include "crypto/securebuffer.h"

namespace carnet::qml {

class PhraseSource
{
public:
    virtual ~PhraseSource() = default;
    /** The phrase to show now (UTF-8 words separated by single spaces), or nullptr to show nothing. */
    virtual const crypto::SecureBuffer *phraseToShow() const = 0;
};

} // namespace carnet::qml
