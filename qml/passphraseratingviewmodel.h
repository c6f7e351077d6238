// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The part every "choose a new passphrase" page shares: the zxcvbn rating shown as a bar, a word and
// a hint, and the rule a new passphrase must pass (core::PassphraseStrength::acceptable).
#include "crypto/securebuffer.h"

#include <QObject>
#include <QString>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class PassphraseRatingViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("The shared base of the new-passphrase view models")
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int strengthScore READ strengthScore NOTIFY strengthChanged)
    Q_PROPERTY(QString strengthLabel READ strengthLabel NOTIFY strengthChanged)
    Q_PROPERTY(QString strengthHint READ strengthHint NOTIFY strengthChanged)
    Q_PROPERTY(bool passphraseAcceptable READ passphraseAcceptable NOTIFY strengthChanged)

public:
    explicit PassphraseRatingViewModel(QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    int strengthScore() const { return m_score; }
    QString strengthLabel() const;
    QString strengthHint() const;
    bool passphraseAcceptable() const { return m_acceptable; }

    /** Rates what is typed so far (empty: no rating). The text is not kept. */
    Q_INVOKABLE void ratePassphrase(const QString &passphrase);

Q_SIGNALS:
    void busyChanged();
    void errorTextChanged();
    void strengthChanged();

protected:
    void setBusy(bool busy);
    void setErrorText(const QString &text);
    /** Checks a new passphrase and its confirmation (secure copies): they match and the passphrase
     *  is acceptable. Sets errorText and returns false otherwise. */
    bool checkNewPassphrase(const crypto::SecureBuffer &passphrase, const crypto::SecureBuffer &confirmation);

private:
    enum class Rating { None, TooShort, TooWeak, Acceptable, Strong };
    bool m_busy = false;
    QString m_errorText;
    int m_score = 0;
    bool m_acceptable = false;
    Rating m_rating = Rating::None;
};

} // namespace carnet::qml
