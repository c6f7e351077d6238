// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Share destination's lists: the wallet's grants (whom each is for, what it covers, until when,
// its state by majority of the nodes: active, expired, revoked, or can't verify, and how many times
// it was read; Wallet::grants) and the access log (who read, when, under which grant and its scope,
// never the values; Wallet::accessLog). Revoking takes the passphrase again (Wallet::revokeGrant).
// Everything runs on the vault's worker.
#include <QObject>
#include <QString>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class WalletSession;

class GrantsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList grants READ grants NOTIFY grantsChanged)
    Q_PROPERTY(QVariantList accessLog READ accessLog NOTIFY grantsChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY grantsChanged)
    Q_PROPERTY(int loadCount READ loadCount NOTIFY grantsChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY grantsChanged)
    Q_PROPERTY(QString logErrorText READ logErrorText NOTIFY grantsChanged)
    Q_PROPERTY(int revoking READ revoking NOTIFY revokingChanged)
    Q_PROPERTY(QString revokeErrorText READ revokeErrorText NOTIFY revokingChanged)

public:
    explicit GrantsViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit GrantsViewModel(WalletSession *session, QObject *parent = nullptr);

    /** Each grant: index, granteeName, named, passcode, categories, fromText, toText, singleEntries,
     *  entryCount, expiryText, status ("active", "expired", "revoked", "incomplete", "unverified"),
     *  statusText, reads, writeBack; newest first. */
    QVariantList grants() const { return m_grants; }
    /** Each access: who, address, whenText, grantIndex, and the grant's scope (categories, fromText,
     *  toText, singleEntries); newest first. */
    QVariantList accessLog() const { return m_log; }
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    int loadCount() const { return m_loadCount; }
    QString errorText() const { return m_errorText; }
    QString logErrorText() const { return m_logErrorText; }
    /** The grant being revoked (-1: none). */
    int revoking() const { return m_revoking; }
    QString revokeErrorText() const { return m_revokeErrorText; }

    /** Reads the grants and the access log again (the nodes are asked). */
    Q_INVOKABLE void reload();
    /** Revokes grant `index` after the passphrase (wiped); then reloads. */
    Q_INVOKABLE void revoke(int index, const QString &passphrase);

    /** Words for a status key. */
    static QString statusWords(const QString &status);

Q_SIGNALS:
    void grantsChanged();
    void loadingChanged();
    void revokingChanged();
    void revoked(int index);

private:
    struct Outcome;
    void setLoading(bool loading);

    WalletSession *m_session = nullptr;
    QVariantList m_grants;
    QVariantList m_log;
    bool m_loading = false;
    bool m_loaded = false;
    int m_loadCount = 0;
    QString m_errorText;
    QString m_logErrorText;
    int m_revoking = -1;
    QString m_revokeErrorText;
};

} // namespace carnet::qml
