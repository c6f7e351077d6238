// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Settings → show recovery phrase, after the passphrase (re-authentication, throttled like unlock).
// The phrase stays in secure memory here and is painted by RecoveryPhraseView; hide(), a lock, or
// the page going away drop it.
#include "qml/phrasesource.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class RevealPhraseViewModel : public QObject, public PhraseSource
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(bool revealed READ revealed NOTIFY revealedChanged)

public:
    explicit RevealPhraseViewModel(QObject *parent = nullptr);
    ~RevealPhraseViewModel() override;

    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    bool revealed() const { return !m_phrase.empty(); }

    Q_INVOKABLE void reveal(const QString &passphrase);
    Q_INVOKABLE void hide();

    const crypto::SecureBuffer *phraseToShow() const override;

Q_SIGNALS:
    void busyChanged();
    void errorTextChanged();
    void revealedChanged();
    void phraseChanged();

private:
    void setBusy(bool busy);
    void setErrorText(const QString &text);

    bool m_busy = false;
    QString m_errorText;
    crypto::SecureBuffer m_phrase;
};

} // namespace carnet::qml
