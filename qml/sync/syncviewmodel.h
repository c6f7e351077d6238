// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The sync of the patient's record, for the status card at the top of the timeline and the
// "Sync and nodes" page (docs/UI.md, "Sync and providers"). One per QML engine (a singleton); it
// syncs when the wallet is unlocked, every few minutes while the app is active, and on
// syncNow() or RecordEvents::syncRequested(). The round runs on the vault's worker thread and stops
// when the wallet locks. New entries stored → RecordEvents::recordChanged().
#include "core/sync/syncengine.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class WalletSession;

class SyncViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(State state READ state NOTIFY stateChanged)
    Q_PROPERTY(QString statusText READ statusText NOTIFY stateChanged)
    Q_PROPERTY(QString detailText READ detailText NOTIFY stateChanged)
    Q_PROPERTY(QString lastVerifiedText READ lastVerifiedText NOTIFY lastVerifiedChanged)
    Q_PROPERTY(QDateTime lastVerifiedAt READ lastVerifiedAt NOTIFY lastVerifiedChanged)
    Q_PROPERTY(QVariantList nodes READ nodes NOTIFY nodesChanged)
    Q_PROPERTY(int lastNewEntries READ lastNewEntries NOTIFY stateChanged)

public:
    enum State { Idle, Syncing, Done, Offline, Failed };
    Q_ENUM(State)

    /** Uses WalletSession::instance(). */
    explicit SyncViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit SyncViewModel(WalletSession *session, QObject *parent = nullptr);

    State state() const { return m_state; }
    QString statusText() const;
    QString detailText() const { return m_detail; }
    QString lastVerifiedText() const;
    QDateTime lastVerifiedAt() const { return m_lastVerified; }
    QVariantList nodes() const { return m_nodes; }
    int lastNewEntries() const { return m_newEntries; }

    /** Starts a round now (nothing when one runs or the wallet is locked). */
    Q_INVOKABLE void syncNow();
    /** Reads the last round's node verdicts and time from the vault (no network). */
    Q_INVOKABLE void reload();

    /** Minutes between automatic rounds while the app is active. */
    static constexpr int kIntervalMinutes = 5;
    /** Translated words for a node verdict (a liar is named plainly). */
    static QString verdictWords(core::sync::NodeVerdict verdict);
    /** Translated words for a network file the network policy refuses (too few nodes, not https). */
    static QString refusalWords(const core::ledger::NetworkRefusal &refusal);

Q_SIGNALS:
    void stateChanged();
    void lastVerifiedChanged();
    void nodesChanged();
    /** A round ended (done, offline or failed). */
    void finished();

private:
    struct Outcome;
    void onSessionState();
    void onProgress(const core::sync::SyncProgress &progress);
    void onFinished(Outcome &outcome);
    void setState(State state, const QString &detail);
    void setNodes(const std::vector<core::sync::NodeRecord> &nodes);

    WalletSession *m_session = nullptr;
    QTimer m_timer;
    QTimer m_clock; // refreshes "3 minutes ago"
    State m_state = Idle;
    QString m_detail;
    core::sync::SyncProgress m_progress;
    int m_newEntries = 0;
    QDateTime m_lastVerified;
    QVariantList m_nodes;
};

} // namespace carnet::qml
