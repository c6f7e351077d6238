// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The unlock page: passphrase or quick unlock, the wrong-passphrase message, and the throttle's
// countdown (retryInSeconds counts down once a second; the page disables Unlock meanwhile).
#include <QObject>
#include <QString>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

struct VaultOutcome;

class UnlockViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int retryInSeconds READ retryInSeconds NOTIFY retryInSecondsChanged)
    Q_PROPERTY(bool quickUnlockAvailable READ quickUnlockAvailable NOTIFY quickUnlockAvailableChanged)

public:
    explicit UnlockViewModel(QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    int retryInSeconds() const { return m_retryInSeconds; }
    bool quickUnlockAvailable() const;

    Q_INVOKABLE void unlock(const QString &passphrase);
    Q_INVOKABLE void quickUnlock();

Q_SIGNALS:
    void unlocked();
    void busyChanged();
    void errorTextChanged();
    void retryInSecondsChanged();
    void quickUnlockAvailableChanged();

private:
    void finished(VaultOutcome &outcome);
    void setBusy(bool busy);
    void setErrorText(const QString &text);
    void setRetryIn(int seconds);
    void tick();

    bool m_busy = false;
    QString m_errorText;
    int m_retryInSeconds = 0;
    QTimer m_countdown;
};

} // namespace carnet::qml
