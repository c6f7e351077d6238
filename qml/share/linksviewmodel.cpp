// SPDX-License-Identifier: GPL-3.0-or-later
// LinksViewModel: the list, a link's access log and a new link's choices (the actions after the
// passphrase: linkactions.cpp).
#include "qml/share/linkoutcome_p.h"
#include "qml/share/linkrows.h"
#include "qml/share/linkwords.h"
#include "qml/secretinput.h"
#include "qml/walletsession.h"

#include "core/service/wallet.h"

#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QGuiApplication>
#include <QStandardPaths>
#include <QUrl>

#include <algorithm>

namespace carnet::qml {

using namespace core;

LinksViewModel::LinksViewModel(QObject *parent) : LinksViewModel(WalletSession::instance(), parent) {}

LinksViewModel::LinksViewModel(WalletSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    if (m_session) {
        connect(m_session, &WalletSession::locked, this, [this] {
            reset();
            m_links.clear();
            m_log.clear();
            m_logId.clear();
            m_loaded = false;
            m_logLoaded = false;
            Q_EMIT linksChanged();
            Q_EMIT logChanged();
        });
    }
}

LinksViewModel::~LinksViewModel()
{
    wipeShown();
}

void LinksViewModel::reload()
{
    if (!m_session || m_loading)
        return;
    m_loading = true;
    Q_EMIT loadingChanged();
    m_session->withWallet<Outcome>(
        this,
        [](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto listed = wallet->links();
            if (!listed) {
                out.failure = listed.error();
                return out;
            }
            const std::int64_t now = QDateTime::currentSecsSinceEpoch();
            for (const service::LinkListing &x : *listed)
                out.rows.append(linkrows::linkRow(x, now));
            return out;
        },
        [this](Outcome &out) {
            m_loading = false;
            Q_EMIT loadingChanged();
            if (out.locked)
                return;
            m_errorText = out.failure ? LinkWords::failure(*out.failure) : QString();
            if (!out.failure)
                m_links = out.rows;
            m_loaded = true;
            ++m_loadCount;
            Q_EMIT linksChanged();
        });
}

QVariantMap LinksViewModel::linkById(const QString &id) const
{
    for (const QVariant &row : m_links)
        if (row.toMap().value(QStringLiteral("id")).toString() == id)
            return row.toMap();
    return {};
}

void LinksViewModel::loadLog(const QString &id)
{
    if (!m_session || id.isEmpty())
        return;
    if (id != m_logId)
        m_log.clear();
    m_logId = id;
    m_logLoading = true;
    m_logErrorText.clear();
    Q_EMIT logChanged();
    m_session->withWallet<Outcome>(
        this,
        [id](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto log = wallet->linkLog(id);
            if (!log) {
                out.failure = log.error();
                return out;
            }
            // Newest first, as the Share tab's access log.
            for (auto it = log->rbegin(); it != log->rend(); ++it)
                out.rows.append(linkrows::accessRow(*it));
            return out;
        },
        [this, id](Outcome &out) {
            if (out.locked || id != m_logId)
                return;
            m_logLoading = false;
            m_logLoaded = true;
            m_logErrorText = out.failure ? LinkWords::failure(*out.failure) : QString();
            if (!out.failure)
                m_log = out.rows;
            Q_EMIT logChanged();
        });
}

void LinksViewModel::setKind(Kind kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    Q_EMIT requestChanged();
}

void LinksViewModel::setCategories(const QStringList &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    Q_EMIT requestChanged();
}

void LinksViewModel::toggleCategory(const QString &key)
{
    QStringList next = m_categories;
    if (!next.removeOne(key))
        next.append(key);
    setCategories(next);
}

void LinksViewModel::setFromDate(const QString &day)
{
    if (day == m_from)
        return;
    m_from = day;
    Q_EMIT requestChanged();
}

void LinksViewModel::setToDate(const QString &day)
{
    if (day == m_to)
        return;
    m_to = day;
    Q_EMIT requestChanged();
}

void LinksViewModel::setValidityHours(int hours)
{
    hours = std::clamp(hours, 1, 720);
    if (hours == m_hours)
        return;
    m_hours = hours;
    Q_EMIT requestChanged();
}

void LinksViewModel::setValidityDays(int days)
{
    days = std::clamp(days, 1, 730);
    if (days == m_days)
        return;
    m_days = days;
    Q_EMIT requestChanged();
}

void LinksViewModel::setLabel(const QString &label)
{
    if (label == m_label)
        return;
    m_label = label;
    Q_EMIT requestChanged();
}

void LinksViewModel::setLongTerm(bool longTerm)
{
    if (longTerm == m_longTerm)
        return;
    m_longTerm = longTerm;
    Q_EMIT requestChanged();
}

void LinksViewModel::setPasscode(const QString &text)
{
    m_passcode = takeSecret(text);
    Q_EMIT requestChanged();
}

QList<int> LinksViewModel::validityChoices()
{
    return {1, 4, 12, 24, 72, 7 * 24, 14 * 24, 30 * 24};
}

QList<int> LinksViewModel::dayChoices()
{
    return {1, 7, 30, 90, 180, 365, 730};
}

void LinksViewModel::close()
{
    wipeShown();
    m_passcode = crypto::SecureBuffer();
    setBusy(false);
    setActionErrorText({});
    Q_EMIT shownChanged();
    Q_EMIT requestChanged();
    setStage(Choosing);
}

void LinksViewModel::reset()
{
    close();
    m_kind = RecordPart;
    m_categories.clear();
    m_from.clear();
    m_to.clear();
    m_hours = 24;
    m_days = 365;
    m_label.clear();
    m_longTerm = false;
    Q_EMIT requestChanged();
}

void LinksViewModel::copyLink() const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_linkText);
}

void LinksViewModel::clearActionError()
{
    setActionErrorText({});
}

QString LinksViewModel::defaultImagePath() const
{
    QString dir = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    if (dir.isEmpty())
        dir = QDir::homePath();
    return QDir(dir).filePath(QStringLiteral("carnet-emergency-card.png"));
}

QString LinksViewModel::localPath(const QUrl &url) const
{
    return url.isLocalFile() ? url.toLocalFile() : QString();
}

void LinksViewModel::wipeShown()
{
    wipeString(m_linkText);
    m_linkText.clear();
    m_shownLink.clear();
    m_shownDate.clear();
}

void LinksViewModel::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void LinksViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void LinksViewModel::setActionErrorText(const QString &text)
{
    if (text == m_actionErrorText)
        return;
    m_actionErrorText = text;
    Q_EMIT actionErrorTextChanged();
}

} // namespace carnet::qml
