// SPDX-License-Identifier: GPL-3.0-or-later
// ResearchViewModel's actions after the passphrase: join, leave, withdraw (the list and the preview:
// researchviewmodel.cpp).
#include "qml/research/researchoutcome_p.h"
#include "qml/research/researchrows.h"
#include "qml/research/researchwords.h"
#include "qml/secretinput.h"
#include "qml/walletsession.h"

#include "core/service/wallet.h"
#include "crypto/ethaddress.h"

#include <memory>

namespace carnet::qml {

using namespace core;

void ResearchViewModel::join(const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    if (!m_session || !m_busy.isEmpty() || !m_previewHash || m_previewIndex < 0)
        return;
    m_busy = QStringLiteral("join");
    m_actionText.clear();
    m_actionErrorText.clear();
    Q_EMIT actionChanged();
    const int index = m_previewIndex;
    const research::StudyId id = m_listings[static_cast<std::size_t>(index)].studyId;
    const crypto::Hash32 hash = *m_previewHash;
    const bool freeText = m_freeText;
    auto held = std::make_shared<crypto::SecureBuffer>(std::move(secret));
    m_session->withWallet<Outcome>(
        this,
        [id, hash, freeText, held](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto done = wallet->joinStudy(id, hash, freeText, *held);
            *held = crypto::SecureBuffer();
            if (done)
                out.join = std::move(*done);
            else
                out.failure = done.error();
            return out;
        },
        [this, index](Outcome &out) {
            if (out.join) {
                finishAction(tr("Joined: you'll be paid %1.").arg(ResearchRows::ethText(out.join->price)), {});
                Q_EMIT joined(index);
            } else {
                finishAction({}, out.failure ? ResearchWords::failure(*out.failure) : QString());
                if (out.failure && out.failure->error == service::ActionError::Research
                    && out.failure->research.problem == service::ResearchProblem::PreviewChanged)
                    runPreview(); // the new preview, to look at before joining
            }
            if (!out.locked)
                reload();
        });
}

void ResearchViewModel::leave(int index, const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    if (!m_session || !m_busy.isEmpty() || index < 0 || index >= static_cast<int>(m_listings.size()))
        return;
    m_busy = QStringLiteral("leave");
    m_actionText.clear();
    m_actionErrorText.clear();
    Q_EMIT actionChanged();
    const research::StudyId id = m_listings[static_cast<std::size_t>(index)].studyId;
    auto held = std::make_shared<crypto::SecureBuffer>(std::move(secret));
    m_session->withWallet<Outcome>(
        this,
        [id, held](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto done = wallet->leaveStudy(id, *held);
            *held = crypto::SecureBuffer();
            if (!done)
                out.failure = done.error();
            return out;
        },
        [this, index](Outcome &out) {
            const bool ok = !out.locked && !out.failure;
            finishAction(ok ? tr("You left the study. Nothing more will be shared under its pseudonym.") : QString(),
                         out.failure ? ResearchWords::failure(*out.failure) : QString());
            if (ok)
                Q_EMIT left(index);
            if (!out.locked)
                reload();
        });
}

QString ResearchViewModel::addressProblem(const QString &address) const
{
    return ResearchWords::addressProblem(address);
}

void ResearchViewModel::withdraw(const QString &address, const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    const auto to = crypto::parseAddress(address.trimmed().toStdString());
    if (!m_session || !m_busy.isEmpty() || !to || !addressProblem(address).isEmpty())
        return;
    m_busy = QStringLiteral("withdraw");
    m_actionText.clear();
    m_actionErrorText.clear();
    Q_EMIT actionChanged();
    const QString shown = QString::fromStdString(crypto::toChecksumAddress(*to));
    auto held = std::make_shared<crypto::SecureBuffer>(std::move(secret));
    m_session->withWallet<Outcome>(
        this,
        [to = *to, held](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto done = wallet->withdrawEarnings(to, *held);
            *held = crypto::SecureBuffer();
            if (done)
                out.withdrawn = std::move(*done);
            else
                out.failure = done.error();
            return out;
        },
        [this, shown](Outcome &out) {
            if (out.withdrawn) {
                finishAction(tr("Sent %1 to %2 (%n transactions).", nullptr, static_cast<int>(out.withdrawn->paid.size()))
                                 .arg(ResearchRows::ethText(out.withdrawn->total), shown),
                             {});
                Q_EMIT withdrawn();
            } else {
                finishAction({}, out.failure ? ResearchWords::failure(*out.failure) : QString());
            }
            if (!out.locked)
                reload();
        });
}

} // namespace carnet::qml
