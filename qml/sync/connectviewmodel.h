// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Connect a provider (docs/PROTOCOL.md §1–2): the patient names the provider, the wallet reserves the
// next record index on the ledger (core::sync::connectProvider on the vault's worker: sent, then
// confirmed by a majority of the nodes; `busy` meanwhile) and only then gives a connect code, shown
// as a QR code and as text. No network, or nodes that do not confirm: no code, and errorText says
// why. Also the list of connected providers, each able to show its code again.
#include "core/sync/walletrecords.h"

#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class WalletSession;

class ConnectViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString code READ code NOTIFY codeChanged)
    Q_PROPERTY(QString codeLabel READ codeLabel NOTIFY codeChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(QVariantList providers READ providers NOTIFY providersChanged)

public:
    explicit ConnectViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit ConnectViewModel(WalletSession *session, QObject *parent = nullptr);

    bool busy() const { return m_busy; }
    QString code() const { return m_code; }
    QString codeLabel() const { return m_codeLabel; }
    QString errorText() const { return m_errorText; }
    QVariantList providers() const { return m_providers; }

    /** A new record for the provider called `name` (trimmed; required, at most 80 characters). */
    Q_INVOKABLE void connectProvider(const QString &name);
    /** Shows the code of the record with index `index` again. */
    Q_INVOKABLE void showCode(int index);
    /** Hides the code. */
    Q_INVOKABLE void clearCode();
    /** Re-reads the list of providers. */
    Q_INVOKABLE void reload();
    /** Puts `text` on the clipboard. */
    Q_INVOKABLE void copyToClipboard(const QString &text) const;

    /** Translated words for why no record index was handed out. */
    static QString notReservedWords(const core::sync::ReserveFailure &failure);

Q_SIGNALS:
    void busyChanged();
    void codeChanged();
    void errorTextChanged();
    void providersChanged();

private:
    struct Outcome;
    void apply(Outcome &outcome);
    void setBusy(bool busy);
    void setErrorText(const QString &text);

    WalletSession *m_session = nullptr;
    bool m_busy = false;
    QString m_code;
    QString m_codeLabel;
    QString m_errorText;
    QVariantList m_providers;
};

} // namespace carnet::qml
