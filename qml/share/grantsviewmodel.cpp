// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantsviewmodel.h"

#include "qml/secretinput.h"
#include "qml/share/grantviewmodel.h"
#include "qml/share/grantwords.h"
#include "qml/walletsession.h"

#include "core/fhir/entry.h"
#include "core/service/wallet.h"
#include "crypto/ethaddress.h"

#include <QHash>
#include <QLocale>

namespace carnet::qml {

using namespace core;

namespace {

QString dayText(std::uint32_t day)
{
    if (day == 0)
        return {};
    const QDate date(static_cast<int>(day / 10000), static_cast<int>(day / 100 % 100), static_cast<int>(day % 100));
    return QLocale().toString(date, QStringLiteral("d MMMM yyyy"));
}

QVariantMap scopeOf(const share::GrantScope &scope)
{
    QStringList categories;
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i) {
        const auto c = static_cast<fhir::EntryCategory>(i);
        if (scope.categories & share::categoryBit(c))
            categories.append(QLatin1String(fhir::categoryKey(c)));
    }
    return {{QStringLiteral("categories"), categories},
            {QStringLiteral("fromText"), dayText(scope.from)},
            {QStringLiteral("toText"), dayText(scope.to)},
            {QStringLiteral("singleEntries"), static_cast<int>(scope.entries.size())}};
}

QString statusOf(const service::GrantListing &g, std::int64_t now)
{
    if (g.grant.revokedAt > 0 || (g.state && *g.state == ledger::GrantState::Revoked))
        return QStringLiteral("revoked");
    if (!g.state)
        return QStringLiteral("unverified");
    if (*g.state == ledger::GrantState::Expired || static_cast<std::int64_t>(g.grant.expiry) <= now)
        return QStringLiteral("expired");
    if (*g.state == ledger::GrantState::Active)
        return QStringLiteral("active");
    if (*g.state == ledger::GrantState::Incomplete)
        return QStringLiteral("incomplete");
    return QStringLiteral("unverified"); // None: the majority knows no such grant
}

} // namespace

struct GrantsViewModel::Outcome
{
    bool locked = false;
    std::optional<service::ActionFailure> failure;
    std::optional<service::ActionFailure> logFailure;
    std::optional<VaultError> reauth;
    QVariantList grants;
    QVariantList log;
};

GrantsViewModel::GrantsViewModel(QObject *parent) : GrantsViewModel(WalletSession::instance(), parent) {}

GrantsViewModel::GrantsViewModel(WalletSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    if (m_session) {
        connect(m_session, &WalletSession::locked, this, [this] {
            m_grants.clear();
            m_log.clear();
            m_loaded = false;
            Q_EMIT grantsChanged();
        });
    }
}

QString GrantsViewModel::statusWords(const QString &status)
{
    if (status == QLatin1String("active"))
        return tr("Active");
    if (status == QLatin1String("expired"))
        return tr("Expired");
    if (status == QLatin1String("revoked"))
        return tr("Revoked");
    if (status == QLatin1String("incomplete"))
        return tr("Not complete yet");
    return tr("Can't verify now");
}

void GrantsViewModel::reload()
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
            auto listed = wallet->grants();
            if (!listed) {
                out.failure = listed.error();
                return out;
            }
            const std::int64_t now = QDateTime::currentSecsSinceEpoch();
            QHash<std::uint32_t, QVariantMap> scopes;
            for (auto it = listed->rbegin(); it != listed->rend(); ++it) {
                const service::StoredGrant &g = it->grant;
                const QString status = statusOf(*it, now);
                QVariantMap row = scopeOf(g.scope);
                scopes.insert(g.index, row);
                row.insert(QStringLiteral("index"), static_cast<int>(g.index));
                row.insert(QStringLiteral("granteeName"), g.granteeName);
                row.insert(QStringLiteral("named"), g.mode == share::BundleMode::Named);
                row.insert(QStringLiteral("passcode"), g.mode == share::BundleMode::Passcode);
                row.insert(QStringLiteral("entryCount"), static_cast<int>(g.entryCount));
                row.insert(QStringLiteral("expiryText"),
                           GrantViewModel::dateTimeText(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(g.expiry))));
                row.insert(QStringLiteral("status"), status);
                row.insert(QStringLiteral("statusText"), statusWords(status));
                row.insert(QStringLiteral("reads"), static_cast<int>(it->reads));
                row.insert(QStringLiteral("writeBack"), g.writeRecordIndex.has_value());
                out.grants.append(row);
            }
            auto log = wallet->accessLog();
            if (!log) {
                out.logFailure = log.error();
                return out;
            }
            for (const service::AccessLogEntry &a : *log) {
                QVariantMap row = scopes.value(a.grantIndex);
                row.insert(QStringLiteral("who"), a.clinicianName);
                row.insert(QStringLiteral("address"), QString::fromStdString(crypto::toChecksumAddress(a.clinician)));
                row.insert(QStringLiteral("whenText"),
                           GrantViewModel::dateTimeText(QDateTime::fromSecsSinceEpoch(static_cast<qint64>(a.accessedAt))));
                row.insert(QStringLiteral("grantIndex"), static_cast<int>(a.grantIndex));
                out.log.append(row);
            }
            return out;
        },
        [this](Outcome &out) {
            setLoading(false);
            if (out.locked)
                return;
            m_errorText = out.failure ? GrantWords::failure(*out.failure) : QString();
            m_logErrorText = out.logFailure ? GrantWords::failure(*out.logFailure) : QString();
            if (!out.failure)
                m_grants = out.grants;
            m_log = out.log;
            m_loaded = true;
            ++m_loadCount;
            Q_EMIT grantsChanged();
        });
}

void GrantsViewModel::revoke(int index, const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    if (!m_session || m_revoking >= 0 || index < 0)
        return;
    m_revoking = index;
    m_revokeErrorText.clear();
    Q_EMIT revokingChanged();
    auto held = std::make_shared<crypto::SecureBuffer>(std::move(secret));
    m_session->withWallet<Outcome>(
        this,
        [index, held](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto done = wallet->revokeGrant(static_cast<std::uint32_t>(index), *held);
            *held = crypto::SecureBuffer();
            if (!done)
                out.failure = done.error();
            return out;
        },
        [this, index](Outcome &out) {
            m_revoking = -1;
            if (out.failure)
                m_revokeErrorText = GrantWords::failure(*out.failure);
            Q_EMIT revokingChanged();
            if (out.locked)
                return;
            if (!out.failure)
                Q_EMIT revoked(index);
            reload();
        });
}

void GrantsViewModel::setLoading(bool loading)
{
    if (loading == m_loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

} // namespace carnet::qml
