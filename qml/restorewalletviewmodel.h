// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The restore flow: a typed recovery phrase (English or French, checked live: the error names a word
// position or the checksum, never a word) and a new passphrase; then a new vault from that phrase.
#include "qml/passphraseratingviewmodel.h"

namespace carnet::qml {

class RestoreWalletViewModel : public carnet::qml::PassphraseRatingViewModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString phraseError READ phraseError NOTIFY phraseErrorChanged)
    Q_PROPERTY(bool phraseValid READ phraseValid NOTIFY phraseErrorChanged)

public:
    explicit RestoreWalletViewModel(QObject *parent = nullptr);

    QString phraseError() const { return m_phraseError; }
    bool phraseValid() const { return m_phraseValid; }

    /** Checks the phrase typed so far; true when it is a valid phrase. The text is not kept. */
    Q_INVOKABLE bool checkPhrase(const QString &phrase);
    /** Creates the vault from the phrase with the new passphrase; restored() on success. */
    Q_INVOKABLE void restore(const QString &phrase, const QString &passphrase, const QString &confirmation);

Q_SIGNALS:
    void restored();
    void phraseErrorChanged();

private:
    bool check(const crypto::SecureBuffer &phrase);
    void setPhraseError(const QString &error, bool valid);

    QString m_phraseError;
    bool m_phraseValid = false;
};

} // namespace carnet::qml
