// SPDX-License-Identifier: GPL-3.0-or-later
#include "researchviewmodel.h"

#include "qml/research/researchoutcome_p.h"
#include "qml/research/researchrows.h"
#include "qml/research/researchwords.h"
#include "qml/secretinput.h"
#include "qml/walletsession.h"

#include "core/service/wallet.h"

#include <memory>

namespace carnet::qml {

using namespace core;


ResearchViewModel::ResearchViewModel(QObject *parent) : ResearchViewModel(WalletSession::instance(), parent) {}

ResearchViewModel::ResearchViewModel(WalletSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    if (m_session) {
        connect(m_session, &WalletSession::locked, this, [this] {
            m_listings.clear();
            m_studies.clear();
            m_unverified.clear();
            m_earnings.clear();
            m_loaded = false;
            m_preview.clear();
            m_previewHash.reset();
            m_previewIndex = -1;
            Q_EMIT studiesChanged();
            Q_EMIT previewChanged();
        });
    }
}

QVariantMap ResearchViewModel::previewStudy() const
{
    return m_previewIndex >= 0 && m_previewIndex < m_studies.size() ? m_studies.at(m_previewIndex).toMap() : QVariantMap();
}

void ResearchViewModel::reload()
{
    if (!m_session || m_loading)
        return;
    setLoading(true);
    m_session->withWallet<Outcome>(
        this,
        [](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto listed = wallet->studies();
            if (listed)
                out.list = std::move(*listed);
            else
                out.failure = listed.error();
            return out;
        },
        [this](Outcome &out) {
            setLoading(false);
            if (out.locked)
                return;
            m_errorText = out.failure ? ResearchWords::failure(*out.failure) : QString();
            if (out.list)
                setListings(std::move(out.list->studies), out.list->unverified);
            m_loaded = true;
            Q_EMIT studiesChanged();
        });
}

void ResearchViewModel::setListings(std::vector<service::StudyListing> listings, const std::vector<service::UnverifiedStudy> &unverified)
{
    m_listings = std::move(listings);
    m_studies.clear();
    m_earnings.clear();
    m_unverified.clear();
    ledger::U256 total;
    bool totalKnown = true;
    for (std::size_t i = 0; i < m_listings.size(); ++i) {
        const service::StudyListing &s = m_listings[i];
        const QVariantMap row = ResearchRows::study(s, static_cast<int>(i));
        m_studies.append(row);
        if (s.participant.state == ledger::ParticipantState::None && !row.value(QStringLiteral("hasEarnings")).toBool())
            continue;
        QVariantMap earning;
        for (const char *key : {"index", "title", "earningsText", "earningsWeiText", "earningsKnown", "hasEarnings"})
            earning.insert(QLatin1String(key), row.value(QLatin1String(key)));
        m_earnings.append(earning);
        if (!s.balance)
            totalKnown = false;
        else if (auto sum = ledger::U256::add(total, *s.balance))
            total = *sum;
    }
    for (const service::UnverifiedStudy &u : unverified)
        m_unverified.append(ResearchWords::unverified(u.problem));
    m_canWithdraw = !total.isZero();
    m_total = ResearchRows::ethText(total) + (totalKnown ? QString() : tr(" (some can't be verified now)"));
    m_loaded = true;
    if (m_previewIndex >= static_cast<int>(m_listings.size()))
        m_previewIndex = -1;
    Q_EMIT studiesChanged();
    Q_EMIT previewChanged();
}

void ResearchViewModel::setPreview(int index, const service::DatasetPreview &preview)
{
    m_previewIndex = index;
    m_previewing = false;
    m_freeText = preview.freeText;
    m_preview = ResearchRows::preview(preview);
    m_previewHash = preview.datasetHash;
    Q_EMIT previewChanged();
}

void ResearchViewModel::openPreview(int index)
{
    if (index < 0 || index >= static_cast<int>(m_listings.size()))
        return;
    m_previewIndex = index;
    m_freeText = false;
    m_actionErrorText.clear();
    m_actionText.clear();
    Q_EMIT actionChanged();
    runPreview();
}

void ResearchViewModel::setFreeText(bool agreed)
{
    if (agreed == m_freeText)
        return;
    m_freeText = agreed;
    runPreview();
}

void ResearchViewModel::runPreview()
{
    m_preview.clear();
    m_previewHash.reset();
    m_previewErrorText.clear();
    if (!m_session || m_previewIndex < 0) {
        Q_EMIT previewChanged();
        return;
    }
    m_previewing = true;
    Q_EMIT previewChanged();
    const research::StudyId id = m_listings[static_cast<std::size_t>(m_previewIndex)].studyId;
    const bool freeText = m_freeText;
    const int run = ++m_previewRun;
    m_session->withWallet<Outcome>(
        this,
        [id, freeText](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto made = wallet->previewStudy(id, freeText);
            if (made)
                out.preview = std::move(*made);
            else
                out.failure = made.error();
            return out;
        },
        [this, run](Outcome &out) {
            if (run != m_previewRun) // a newer preview (the free-text switch) was asked for
                return;
            m_previewing = false;
            if (out.preview) {
                m_preview = ResearchRows::preview(*out.preview);
                m_previewHash = out.preview->datasetHash;
            } else if (out.failure) {
                m_previewErrorText = ResearchWords::failure(*out.failure);
            }
            Q_EMIT previewChanged();
        });
}

void ResearchViewModel::clearAction()
{
    m_actionText.clear();
    m_actionErrorText.clear();
    Q_EMIT actionChanged();
}

void ResearchViewModel::finishAction(const QString &text, const QString &error)
{
    m_busy.clear();
    m_actionText = text;
    m_actionErrorText = error;
    Q_EMIT actionChanged();
}

void ResearchViewModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace carnet::qml
