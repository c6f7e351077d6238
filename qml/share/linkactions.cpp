// SPDX-License-Identifier: GPL-3.0-or-later
// LinksViewModel's actions after the passphrase: create, revoke, show again (the list, the log and
// the choices: linksviewmodel.cpp).
#include "qml/share/linkoutcome_p.h"
#include "qml/share/linkrows.h"
#include "qml/share/grantviewmodel.h"
#include "qml/share/linkwords.h"
#include "qml/secretinput.h"
#include "qml/walletsession.h"

#include "core/fhir/entry.h"
#include "core/service/wallet.h"

#include <QDate>
#include <QDateTime>
#include <QLocale>

#include <memory>

namespace carnet::qml {

using namespace core;

namespace {

constexpr qsizetype kMaxLabel = 80;

/** "" → 0 (no bound); a YYYY-MM-DD day; nullopt for anything else. */
std::optional<std::uint32_t> dayOf(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return 0u;
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (!date.isValid() || t.size() != 10)
        return std::nullopt;
    return share::dayNumber(date);
}

qsizetype characters(const crypto::SecureBuffer &b)
{
    const QString text = QString::fromUtf8(b.asStringView().data(), qsizetype(b.size()));
    const qsizetype n = text.size();
    wipeString(text);
    return n;
}

/** The request the choices make (its host is the network file's, found on the worker), or why not. */
struct Draft
{
    service::LinkRequest request;
    QString why;
};

} // namespace

// The request without its host: checked here first, so the words are the app's and no passphrase
// is asked for a request the wallet would refuse.
static Draft draftOf(LinksViewModel::Kind kind, const QStringList &categories, const QString &from, const QString &to,
                     int hours, int days, const QString &label, const crypto::SecureBuffer &passcode, bool longTerm)
{
    Draft d;
    service::LinkRequest &r = d.request;
    switch (kind) {
    case LinksViewModel::RecordPart: r.kind = service::LinkKind::Bundle; break;
    case LinksViewModel::Summary: r.kind = service::LinkKind::Summary; break;
    case LinksViewModel::Emergency: r.kind = service::LinkKind::Emergency; break;
    }
    if (kind == LinksViewModel::RecordPart) {
        for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i) {
            const auto c = static_cast<fhir::EntryCategory>(i);
            if (categories.contains(QLatin1String(fhir::categoryKey(c))))
                r.scope.categories |= share::categoryBit(c);
        }
        const auto first = dayOf(from);
        const auto last = dayOf(to);
        if (!first || !last) {
            d.why = LinksViewModel::tr("Write the dates as year-month-day, for example 2024-03-01, or leave them empty.");
            return d;
        }
        if (r.scope.categories == 0) {
            d.why = LinksViewModel::tr("Choose at least one category, or send the summary instead.");
            return d;
        }
        if (*first && *last && *first > *last) {
            d.why = LinksViewModel::tr("The first day comes after the last day.");
            return d;
        }
        r.scope.from = *first;
        r.scope.to = *last;
    }
    if (kind == LinksViewModel::Emergency) {
        r.validity = std::chrono::hours(24 * std::int64_t(days));
        r.label = label.trimmed().isEmpty() ? LinksViewModel::tr("Emergency card")
                                            : LinksViewModel::tr("Emergency card: %1").arg(label.trimmed());
    } else {
        r.validity = std::chrono::hours(hours);
        r.label = label.trimmed();
        r.passcode = passcode.clone();
        r.longTerm = longTerm;
        const qsizetype n = characters(passcode);
        if (!passcode.empty() && (n < 4 || n > 64)) {
            d.why = LinksViewModel::tr("A passcode has 4 to 64 characters.");
            return d;
        }
        if (longTerm && passcode.empty()) {
            d.why = LinksViewModel::tr("A link you keep up to date needs a passcode.");
            return d;
        }
    }
    if (r.label.size() > kMaxLabel) {
        d.why = LinksViewModel::tr("The label is %1 characters long; a label has at most 80.").arg(r.label.size());
        return d;
    }
    if (std::any_of(r.label.begin(), r.label.end(), [](QChar c) { return c.category() == QChar::Other_Control; })) {
        d.why = LinksViewModel::tr("A label is one line of text.");
        return d;
    }
    return d;
}

QString LinksViewModel::validate() const
{
    return draftOf(m_kind, m_categories, m_from, m_to, m_hours, m_days, m_label, m_passcode, m_longTerm).why;
}

void LinksViewModel::requestCreate()
{
    if (m_busy)
        return;
    const QString why = validate();
    setActionErrorText(why);
    if (!why.isEmpty())
        return;
    QString what;
    switch (m_kind) {
    case RecordPart: what = tr("a copy of the part of your record you chose"); break;
    case Summary: what = tr("a summary of your whole record (IPS)"); break;
    case Emergency: what = tr("your emergency card (a summary of your whole record, no passcode)"); break;
    }
    const qint64 seconds = m_kind == Emergency ? qint64(m_days) * 86400 : qint64(m_hours) * 3600;
    const QString until = GrantViewModel::dateTimeText(QDateTime::currentDateTime().addSecs(seconds));
    Q_EMIT authRequired(tr("Make a link to %1, encrypted, on the share host of the network set up here. Anyone "
                           "holding the link can open it until %2, unless you revoke it first.").arg(what, until));
}

void LinksViewModel::create(const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    Draft d = draftOf(m_kind, m_categories, m_from, m_to, m_hours, m_days, m_label, m_passcode, m_longTerm);
    if (!d.why.isEmpty()) {
        setActionErrorText(d.why);
        return;
    }
    if (!m_session || m_busy)
        return;
    setActionErrorText({});
    setBusy(true);
    auto state = std::make_shared<std::pair<service::LinkRequest, crypto::SecureBuffer>>(std::move(d.request), std::move(secret));
    m_session->withWallet<Outcome>(
        this,
        [state](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto host = wallet->defaultLinkHost();
            if (!host) {
                state->second = crypto::SecureBuffer();
                out.failure = host.error();
                return out;
            }
            state->first.host = *host;
            auto issued = wallet->createLink(state->first, state->second);
            state->second = crypto::SecureBuffer();
            state->first.passcode = crypto::SecureBuffer();
            if (!issued)
                out.failure = issued.error();
            else
                out.issued = std::move(*issued);
            return out;
        },
        [this](Outcome &out) {
            finishShown(out);
            if (out.issued) {
                m_passcode = crypto::SecureBuffer();
                Q_EMIT requestChanged();
                Q_EMIT created();
            }
            out.issued.reset();
            if (!out.locked)
                reload();
        });
}

void LinksViewModel::showAgain(const QString &id, const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    if (!m_session || m_busy || id.isEmpty())
        return;
    setActionErrorText({});
    setBusy(true);
    auto held = std::make_shared<crypto::SecureBuffer>(std::move(secret));
    m_session->withWallet<Outcome>(
        this,
        [id, held](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto shown = wallet->showLink(id, *held);
            *held = crypto::SecureBuffer();
            if (!shown)
                out.failure = shown.error();
            else
                out.issued = std::move(*shown);
            return out;
        },
        [this](Outcome &out) {
            finishShown(out);
            out.issued.reset();
        });
}

void LinksViewModel::finishShown(Outcome &out)
{
    setBusy(false);
    if (out.locked)
        return;
    if (out.failure) {
        setActionErrorText(LinkWords::failure(*out.failure));
        return;
    }
    if (!out.issued)
        return;
    wipeShown();
    const crypto::SecureBuffer &text = out.issued->viewerUrl;
    m_linkText = QString::fromUtf8(text.asStringView().data(), qsizetype(text.size()));
    service::LinkListing listing{out.issued->link, service::LinkStatus::Active, 0, 0, std::nullopt};
    m_shownLink = linkrows::linkRow(listing, QDateTime::currentSecsSinceEpoch());
    m_shownDate = QLocale().toString(QDateTime::fromSecsSinceEpoch(out.issued->link.createdAt).date(), QStringLiteral("d MMMM yyyy"));
    Q_EMIT shownChanged();
    setStage(Shown);
}

void LinksViewModel::revoke(const QString &id, const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    if (!m_session || !m_revoking.isEmpty() || id.isEmpty())
        return;
    m_revoking = id;
    setActionErrorText({});
    Q_EMIT revokingChanged();
    auto held = std::make_shared<crypto::SecureBuffer>(std::move(secret));
    m_session->withWallet<Outcome>(
        this,
        [id, held](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto done = wallet->revokeLink(id, *held);
            *held = crypto::SecureBuffer();
            if (!done)
                out.failure = done.error();
            return out;
        },
        [this, id](Outcome &out) {
            m_revoking.clear();
            Q_EMIT revokingChanged();
            if (out.locked)
                return;
            if (out.failure)
                setActionErrorText(LinkWords::failure(*out.failure));
            else
                Q_EMIT revoked(id);
            reload();
        });
}

} // namespace carnet::qml
