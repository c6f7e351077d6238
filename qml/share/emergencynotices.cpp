// SPDX-License-Identifier: GPL-3.0-or-later
#include "emergencynotices.h"

#include "qml/share/linkrows.h"
#include "qml/share/linkwords.h"
#include "qml/walletsession.h"

#include "core/service/wallet.h"

#include <optional>

namespace carnet::qml {

using namespace core;

struct EmergencyNoticesViewModel::Outcome
{
    bool locked = false;
    std::optional<service::ActionFailure> failure;
    QVariantList notices;
    int count = 0;
};

EmergencyNoticesViewModel::EmergencyNoticesViewModel(QObject *parent)
    : EmergencyNoticesViewModel(WalletSession::instance(), parent)
{
}

EmergencyNoticesViewModel::EmergencyNoticesViewModel(WalletSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
    if (m_session) {
        connect(m_session, &WalletSession::locked, this, [this] {
            m_notices.clear();
            m_count = 0;
            m_errorText.clear();
            m_checked = false;
            Q_EMIT noticesChanged();
        });
        connect(m_session, &WalletSession::unlocked, this, &EmergencyNoticesViewModel::check);
    }
}

void EmergencyNoticesViewModel::check()
{
    run(false);
}

void EmergencyNoticesViewModel::dismiss()
{
    if (m_errorText.isEmpty() && m_notices.isEmpty())
        return;
    if (!m_errorText.isEmpty()) {
        // Nothing was read, so nothing is marked: the next unlock asks again.
        m_errorText.clear();
        Q_EMIT noticesChanged();
        return;
    }
    run(true);
}

void EmergencyNoticesViewModel::run(bool markSeen)
{
    if (!m_session || m_busy)
        return;
    m_busy = true;
    Q_EMIT busyChanged();
    const int shown = m_count;
    m_session->withWallet<Outcome>(
        this,
        [markSeen](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto notices = wallet->emergencyNotices(markSeen);
            if (!notices) {
                out.failure = notices.error();
                return out;
            }
            for (const service::EmergencyNotice &n : *notices) {
                QVariantList accesses;
                for (auto it = n.accesses.rbegin(); it != n.accesses.rend(); ++it)
                    accesses.append(linkrows::accessRow(*it));
                out.count += static_cast<int>(n.accesses.size());
                out.notices.append(QVariantMap{{QStringLiteral("linkId"), n.linkId},
                                               {QStringLiteral("label"), n.label},
                                               {QStringLiteral("accesses"), accesses}});
            }
            return out;
        },
        [this, markSeen, shown](Outcome &out) {
            m_busy = false;
            Q_EMIT busyChanged();
            if (out.locked)
                return;
            m_checked = true;
            if (out.failure) {
                m_errorText = LinkWords::failure(*out.failure);
            } else if (markSeen && out.count <= shown) {
                // What was shown is marked seen now: the notice goes.
                m_errorText.clear();
                m_notices.clear();
                m_count = 0;
            } else {
                // A first read, or accesses that came while the notice was up: show them all.
                m_errorText.clear();
                m_notices = out.notices;
                m_count = out.count;
            }
            Q_EMIT noticesChanged();
        });
}

} // namespace carnet::qml
