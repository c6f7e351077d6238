// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectviewmodel.h"

#include "core/service/wallet.h"
#include "qml/sync/recordevents.h"
#include "qml/walletsession.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>

namespace carnet::qml {

using namespace core;

namespace {
constexpr int kMaxNameChars = 80;
}

struct ConnectViewModel::Outcome
{
    bool locked = false;
    bool failed = false;
    bool connected = false;
    enum class Network { Ok, Missing, Refused } network = Network::Ok;
    std::optional<sync::ReserveFailure> notReserved; ///< why no record index was handed out
    QString code;
    QString codeLabel;
    QVariantList providers;
};

ConnectViewModel::ConnectViewModel(QObject *parent) : ConnectViewModel(WalletSession::instance(), parent) {}

ConnectViewModel::ConnectViewModel(WalletSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(RecordEvents::instance(), &RecordEvents::recordChanged, this, &ConnectViewModel::reload);
    reload();
}

void ConnectViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ConnectViewModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

namespace {

QVariantList providersOf(service::Wallet &wallet, bool *failed)
{
    QVariantList list;
    auto records = wallet.records();
    if (!records) {
        *failed = true;
        return list;
    }
    for (const sync::StoredRecord &r : *records) {
        if (r.kind != sync::RecordKind::Provider)
            continue;
        list.append(QVariantMap{{QStringLiteral("index"), static_cast<int>(r.index)},
                                {QStringLiteral("label"), r.label},
                                {QStringLiteral("entries"), static_cast<int>(r.entryCount)},
                                {QStringLiteral("connectedAt"), QDateTime::fromSecsSinceEpoch(r.createdAt)}});
    }
    return list;
}

} // namespace

void ConnectViewModel::connectProvider(const QString &name)
{
    const QString label = name.simplified();
    if (label.isEmpty()) {
        setErrorText(tr("Type the provider's name, so you know later who holds this code."));
        return;
    }
    if (label.size() > kMaxNameChars) {
        setErrorText(tr("Keep the name under %1 characters.").arg(kMaxNameChars));
        return;
    }
    if (!m_session || m_busy)
        return;
    setErrorText({});
    setBusy(true);
    m_session->withWallet<Outcome>(
        this,
        [label](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto connection = wallet->connectProvider(label);
            if (connection) {
                out.connected = true;
                out.code = connection->code;
                out.codeLabel = label;
            } else {
                const service::ActionFailure &f = connection.error();
                if (f.error == service::ActionError::Locked)
                    out.locked = true;
                else if (f.error == service::ActionError::NetworkFile)
                    out.network = f.network.error == ledger::NetworkFileError::Refused ? Outcome::Network::Refused
                                                                                      : Outcome::Network::Missing;
                else if (f.error == service::ActionError::NotReserved)
                    out.notReserved = f.reserve;
                else
                    out.failed = true;
                if (out.locked || out.network != Outcome::Network::Ok)
                    return out;
            }
            out.providers = providersOf(*wallet, &out.failed);
            return out;
        },
        [this](Outcome &out) {
            apply(out);
            if (out.connected)
                Q_EMIT RecordEvents::instance()->recordChanged();
        });
}

void ConnectViewModel::showCode(int index)
{
    if (!m_session || index < 0)
        return;
    setErrorText({});
    m_session->withWallet<Outcome>(
        this,
        [index](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            if (auto code = wallet->providerCode(static_cast<std::uint32_t>(index))) {
                out.code = code->code;
                out.codeLabel = code->record.label;
            } else if (code.error().error != service::ActionError::NoSuchRecord) {
                out.failed = true;
                return out;
            }
            out.providers = providersOf(*wallet, &out.failed);
            return out;
        },
        [this](Outcome &out) { apply(out); });
}

void ConnectViewModel::clearCode()
{
    m_code.clear();
    m_codeLabel.clear();
    Q_EMIT codeChanged();
}

void ConnectViewModel::reload()
{
    if (!m_session)
        return;
    m_session->withWallet<Outcome>(
        this,
        [](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            out.providers = providersOf(*wallet, &out.failed);
            return out;
        },
        [this](Outcome &out) {
            if (out.locked)
                return;
            m_providers = out.providers;
            Q_EMIT providersChanged();
        });
}

QString ConnectViewModel::notReservedWords(const sync::ReserveFailure &failure)
{
    switch (failure.error) {
    case sync::ReserveError::NoNetwork:
        return tr("The network settings name no record log, so no code was made.");
    case sync::ReserveError::GasNotFree:
        return tr("This network charges fees, and your record keys never hold money (so that nobody can link them); "
                  "no code was made.");
    case sync::ReserveError::Unreachable:
        return tr("Too few of the network's nodes answered (%1 of %2) to confirm a new record number, so no code was "
                  "made. Try again later.").arg(failure.answered).arg(failure.nodes);
    case sync::ReserveError::Unverified:
        return tr("The network's nodes did not confirm that the new record number is yours (%1 of %2 did, %3 are "
                  "needed), so no code was made. Try again later.")
            .arg(failure.confirmed).arg(failure.nodes).arg(failure.nodes / 2 + 1);
    case sync::ReserveError::SendFailed:
        return tr("The network did not accept the reservation of a new record number, so no code was made. Try again later.");
    case sync::ReserveError::TooManyInUse:
        return tr("Many record numbers are already taken by another device or an earlier install of this wallet. "
                  "Sync first, then try again.");
    case sync::ReserveError::NoIndexLeft:
        return tr("This wallet has no record numbers left, so no code was made.");
    case sync::ReserveError::Store:
        break;
    }
    return tr("The wallet could not save the new connection. Nothing was shared; try again.");
}

void ConnectViewModel::apply(Outcome &out)
{
    setBusy(false);
    if (out.locked)
        return;
    if (out.network == Outcome::Network::Missing) {
        setErrorText(tr("No network is set up on this device, so no code was made: a code is only given once its "
                        "record number is reserved on the network."));
        return;
    }
    if (out.network == Outcome::Network::Refused) {
        setErrorText(tr("The network settings are not accepted (see Sync and nodes), so no code was made."));
        return;
    }
    if (out.notReserved) {
        setErrorText(notReservedWords(*out.notReserved));
        if (!out.failed) {
            m_providers = out.providers;
            Q_EMIT providersChanged();
        }
        return;
    }
    if (out.failed && out.code.isEmpty()) {
        setErrorText(tr("The wallet could not save the new connection. Nothing was shared; try again."));
        return;
    }
    m_providers = out.providers;
    Q_EMIT providersChanged();
    if (!out.code.isEmpty()) {
        m_code = out.code;
        m_codeLabel = out.codeLabel;
        Q_EMIT codeChanged();
    }
}

void ConnectViewModel::copyToClipboard(const QString &text) const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(text);
}

} // namespace carnet::qml
