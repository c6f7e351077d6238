// SPDX-License-Identifier: GPL-3.0-or-later
#include "syncviewmodel.h"

#include "core/service/wallet.h"
#include "qml/sync/messagewords.h"
#include "qml/sync/recordevents.h"
#include "qml/walletsession.h"

#include <QPointer>

namespace carnet::qml {

using namespace core;
using sync::NodeVerdict;

struct SyncViewModel::Outcome
{
    std::optional<service::ActionFailure> failure; ///< why no round ran
    service::SyncReport report;

    explicit Outcome(service::ActionResult<service::SyncReport> result)
    {
        if (result)
            report = std::move(*result);
        else
            failure = result.error();
    }
};

SyncViewModel::SyncViewModel(QObject *parent) : SyncViewModel(WalletSession::instance(), parent) {}

SyncViewModel::SyncViewModel(WalletSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_timer.setInterval(kIntervalMinutes * 60 * 1000);
    connect(&m_timer, &QTimer::timeout, this, &SyncViewModel::syncNow);
    m_clock.setInterval(30 * 1000);
    connect(&m_clock, &QTimer::timeout, this, &SyncViewModel::lastVerifiedChanged);
    m_clock.start();
    connect(RecordEvents::instance(), &RecordEvents::syncRequested, this, &SyncViewModel::syncNow);
    if (!m_session)
        return;
    connect(m_session, &WalletSession::stateChanged, this, &SyncViewModel::onSessionState);
    // Made after the unlock (QML makes singletons on first use): start as if it had just happened.
    QTimer::singleShot(0, this, &SyncViewModel::onSessionState);
}

void SyncViewModel::onSessionState()
{
    if (m_session->state() == WalletSession::Unlocked) {
        m_timer.start();
        reload();
        syncNow();
    } else {
        m_timer.stop();
        m_nodes.clear();
        m_lastVerified = {};
        Q_EMIT nodesChanged();
        Q_EMIT lastVerifiedChanged();
        setState(Idle, {});
    }
}

QString SyncViewModel::refusalWords(const ledger::NetworkRefusal &refusal)
{
    switch (refusal.kind) {
    case ledger::NetworkRefusal::TooFewNodes:
        return tr("The network settings list too few nodes (%1, at least %2 are needed) to check them against each "
                  "other. Your record stays readable here.").arg(refusal.have).arg(refusal.need);
    case ledger::NetworkRefusal::NotHttps:
        return tr("Node %1 of the network settings (%2) does not use a secure connection (https). Your record stays "
                  "readable here.").arg(refusal.node + 1).arg(refusal.label);
    }
    return tr("The network settings file cannot be read. Your record stays readable here.");
}

QString SyncViewModel::verdictWords(NodeVerdict verdict)
{
    switch (verdict) {
    case NodeVerdict::Healthy: return tr("Agrees with the other nodes");
    case NodeVerdict::Unreachable: return tr("Not reachable");
    case NodeVerdict::WrongChain: return tr("Set aside: answers for another network");
    case NodeVerdict::Behind: return tr("Not used: behind the other nodes");
    case NodeVerdict::Ahead: return tr("Set aside: claims blocks the other nodes do not have");
    case NodeVerdict::WentBack: return tr("Set aside: went back in its history");
    case NodeVerdict::Fork: return tr("Set aside: disagrees with the majority about the history");
    case NodeVerdict::ForgedEntry: return tr("Set aside: served an entry that fails verification");
    case NodeVerdict::HidesEntries: return tr("Set aside: hid entries that other nodes proved");
    case NodeVerdict::WrongState: return tr("Set aside: its answers contradict the other nodes");
    case NodeVerdict::BadAnswer: return tr("Set aside: malformed answers");
    }
    return {};
}

QString SyncViewModel::statusText() const
{
    switch (m_state) {
    case Idle: return tr("Not synced yet");
    case Syncing:
        if (m_progress.phase == sync::SyncProgress::Phase::Records && m_progress.recordsTotal > 0)
            //: %1 of %2 is the record being read; %n new entries so far
            return (m_progress.newEntries == 1 ? tr("Syncing record %1 of %2, 1 new entry")
                                               : tr("Syncing record %1 of %2, %n new entries", nullptr, m_progress.newEntries))
                .arg(qMin(m_progress.recordsDone + 1, m_progress.recordsTotal))
                .arg(m_progress.recordsTotal);
        return tr("Checking the nodes…");
    case Done:
        if (m_newEntries == 1)
            return tr("Up to date, 1 new entry verified");
        return m_newEntries > 0 ? tr("Up to date, %n new entries verified", nullptr, m_newEntries) : tr("Up to date");
    case Offline: return tr("Offline");
    case Failed: return tr("Sync did not finish");
    }
    return {};
}

QString SyncViewModel::lastVerifiedText() const
{
    if (!m_lastVerified.isValid())
        return tr("Never verified against the network");
    const qint64 seconds = m_lastVerified.secsTo(QDateTime::currentDateTime());
    const int minutes = static_cast<int>(qMax<qint64>(0, seconds) / 60);
    if (minutes < 1)
        return tr("Verified just now");
    if (minutes == 1)
        return tr("Verified 1 minute ago");
    if (minutes < 60)
        return tr("Verified %n minutes ago", nullptr, minutes);
    if (minutes < 120)
        return tr("Verified 1 hour ago");
    if (minutes < 24 * 60)
        return tr("Verified %n hours ago", nullptr, minutes / 60);
    return tr("Verified on %1").arg(QLocale().toString(m_lastVerified.date(), QLocale::LongFormat));
}

void SyncViewModel::setState(State state, const QString &detail)
{
    m_state = state;
    m_detail = detail;
    Q_EMIT stateChanged();
}

void SyncViewModel::setNodes(const std::vector<sync::NodeRecord> &nodes)
{
    m_nodes.clear();
    for (const sync::NodeRecord &node : nodes) {
        const auto verdict = sync::verdictFromKey(node.verdict).value_or(NodeVerdict::BadAnswer);
        m_nodes.append(QVariantMap{{QStringLiteral("label"), node.url},
                                   {QStringLiteral("verdict"), sync::verdictKey(verdict)},
                                   {QStringLiteral("verdictText"), verdictWords(verdict)},
                                   {QStringLiteral("healthy"), verdict == NodeVerdict::Healthy},
                                   {QStringLiteral("setAside"),
                                    verdict != NodeVerdict::Healthy && verdict != NodeVerdict::Unreachable
                                        && verdict != NodeVerdict::Behind},
                                   {QStringLiteral("detail"), MessageWords::sentence(node.detail)},
                                   {QStringLiteral("head"), QString::number(node.head)}});
    }
    Q_EMIT nodesChanged();
}

void SyncViewModel::reload()
{
    if (!m_session)
        return;
    m_session->withWallet<Outcome>(
        this,
        [](service::Wallet *wallet, quint64) {
            return Outcome(wallet ? wallet->syncStatus() : fail(service::actionFailure(service::ActionError::Locked)));
        },
        [this](Outcome &out) {
            if (out.failure)
                return;
            setNodes(out.report.nodes);
            m_lastVerified = out.report.lastVerified > 0 ? QDateTime::fromSecsSinceEpoch(out.report.lastVerified) : QDateTime();
            Q_EMIT lastVerifiedChanged();
        });
}

void SyncViewModel::syncNow()
{
    if (!m_session || m_session->state() != WalletSession::Unlocked || m_state == Syncing)
        return;
    m_progress = {};
    setState(Syncing, {});
    WalletSession *session = m_session;
    QPointer<SyncViewModel> self(this);
    m_session->withWallet<Outcome>(
        this,
        [session, self](service::Wallet *wallet, quint64 generation) {
            if (!wallet)
                return Outcome(fail(service::actionFailure(service::ActionError::Locked)));
            sync::SyncOptions options;
            options.discover = false;
            options.cancelled = [session, generation] { return session->lockRequested(generation); };
            options.progress = [session, self](const sync::SyncProgress &p) {
                QMetaObject::invokeMethod(session, [self, p] {
                    if (self)
                        self->onProgress(p);
                });
            };
            return Outcome(wallet->sync(options));
        },
        [this](Outcome &out) { onFinished(out); });
}

void SyncViewModel::onProgress(const sync::SyncProgress &progress)
{
    if (m_state != Syncing)
        return;
    m_progress = progress;
    Q_EMIT stateChanged();
}

void SyncViewModel::onFinished(Outcome &out)
{
    m_newEntries = 0;
    if (out.failure) {
        const service::ActionFailure &f = *out.failure;
        if (f.error == service::ActionError::NetworkFile && f.network.error == ledger::NetworkFileError::NotFound)
            setState(Offline, tr("No network is set up on this device. Your record stays readable here."));
        else if (f.error == service::ActionError::NetworkFile && f.network.error == ledger::NetworkFileError::Refused)
            setState(Failed, refusalWords(f.network.refusal));
        else if (f.error == service::ActionError::NetworkFile)
            setState(Failed, tr("The network settings file cannot be read. Your record stays readable here."));
        else
            setState(Idle, {}); // locked, or the vault's keys are not open
        Q_EMIT finished();
        return;
    }
    {
        const sync::SyncResult &r = out.report.round;
        setNodes(out.report.nodes);
        m_lastVerified = out.report.lastVerified > 0 ? QDateTime::fromSecsSinceEpoch(out.report.lastVerified) : QDateTime();
        Q_EMIT lastVerifiedChanged();
        m_newEntries = r.newEntries;
        bool allUnreachable = !r.nodes.empty();
        for (const sync::NodeReport &node : r.nodes)
            allUnreachable = allUnreachable && node.verdict == NodeVerdict::Unreachable;
        if (r.cancelled)
            setState(Idle, {});
        else if (r.ok)
            setState(Done, {});
        else if (allUnreachable)
            setState(Offline, tr("No node answered. Your record stays readable here; Carnet tries again in a few minutes."));
        else if (r.error == sync::SyncError::Store)
            setState(Failed, tr("The wallet could not save what was received (is the disk full?). Nothing was lost."));
        else if (r.error == sync::SyncError::NoNetwork)
            setState(Failed, tr("The network settings name no record contract. Your record stays readable here."));
        else
            setState(Failed, tr("The nodes could not be used this time (see each node below). Your record stays readable here."));
        if (r.newEntries > 0 || r.newRecords > 0)
            Q_EMIT RecordEvents::instance()->recordChanged();
    }
    Q_EMIT finished();
}

} // namespace carnet::qml
