// SPDX-License-Identifier: GPL-3.0-or-later
#include "connectviewmodel.h"

#include "core/sync/walletrecords.h"
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

QVariantList providersOf(sync::RecordStore &store, bool *failed)
{
    QVariantList list;
    auto records = store.records();
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
    m_session->withVault<Outcome>(
        this,
        [label](Vault *vault, quint64) {
            Outcome out;
            if (!vault || !vault->database()) {
                out.locked = true;
                return out;
            }
            auto keyring = sync::keyringOf(*vault);
            if (!keyring) {
                out.failed = true;
                return out;
            }
            sync::RecordStore store(*vault->database());
            auto connection = sync::connectProvider(store, *keyring, label, QDateTime::currentSecsSinceEpoch());
            if (!connection) {
                out.failed = true;
                return out;
            }
            out.connected = true;
            out.code = connection->code;
            out.codeLabel = label;
            out.providers = providersOf(store, &out.failed);
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
    m_session->withVault<Outcome>(
        this,
        [index](Vault *vault, quint64) {
            Outcome out;
            if (!vault || !vault->database()) {
                out.locked = true;
                return out;
            }
            auto keyring = sync::keyringOf(*vault);
            sync::RecordStore store(*vault->database());
            auto records = store.records();
            if (!keyring || !records) {
                out.failed = true;
                return out;
            }
            for (const sync::StoredRecord &r : *records) {
                if (r.index == static_cast<std::uint32_t>(index) && r.kind == sync::RecordKind::Provider) {
                    out.code = sync::connectCodeOf(*keyring, r);
                    out.codeLabel = r.label;
                }
            }
            out.providers = providersOf(store, &out.failed);
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
    m_session->withVault<Outcome>(
        this,
        [](Vault *vault, quint64) {
            Outcome out;
            if (!vault || !vault->database()) {
                out.locked = true;
                return out;
            }
            sync::RecordStore store(*vault->database());
            out.providers = providersOf(store, &out.failed);
            return out;
        },
        [this](Outcome &out) {
            if (out.locked)
                return;
            m_providers = out.providers;
            Q_EMIT providersChanged();
        });
}

void ConnectViewModel::apply(Outcome &out)
{
    setBusy(false);
    if (out.locked)
        return;
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
