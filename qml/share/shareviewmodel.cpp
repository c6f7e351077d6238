// SPDX-License-Identifier: GPL-3.0-or-later
#include "shareviewmodel.h"

#include "qml/secretinput.h"
#include "qml/share/grantwords.h"
#include "qml/walletsession.h"

#include "core/fhir/entry.h"
#include "crypto/ethaddress.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QLocale>

namespace carnet::qml {

using namespace core;

namespace {

constexpr int kMinHours = 1;
constexpr int kMaxHours = 30 * 24;

std::optional<crypto::Hash32> hashOf(const QString &hex)
{
    const auto bytes = crypto::fromHex(hex.toStdString());
    if (!bytes || bytes->size() != 32)
        return std::nullopt;
    crypto::Hash32 hash{};
    std::copy(bytes->begin(), bytes->end(), hash.begin());
    return hash;
}

QString entryKey(const QString &recordId, int sequence)
{
    return recordId + QLatin1Char(':') + QString::number(sequence);
}

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

} // namespace

struct ShareViewModel::Outcome
{
    bool locked = false;
    std::optional<VaultError> reauth;          ///< the passphrase was refused
    std::optional<service::ActionFailure> failure;
    GrantViewData preview;
    QString code;
    QDateTime expiry;
    int grant = -1;
    QVariantList clinicians;
};

ShareViewModel::ShareViewModel(QObject *parent) : ShareViewModel(WalletSession::instance(), parent) {}

ShareViewModel::ShareViewModel(WalletSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    if (m_session)
        connect(m_session, &WalletSession::locked, this, &ShareViewModel::close);
}

ShareViewModel::~ShareViewModel()
{
    wipeCode();
}

void ShareViewModel::setCategories(const QStringList &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    Q_EMIT requestChanged();
}

void ShareViewModel::toggleCategory(const QString &key)
{
    QStringList next = m_categories;
    if (!next.removeOne(key))
        next.append(key);
    setCategories(next);
}

void ShareViewModel::toggleEntry(const QString &recordId, int sequence)
{
    const QString key = entryKey(recordId, sequence);
    if (!m_picked.removeOne(key))
        m_picked.append(key);
    Q_EMIT requestChanged();
}

bool ShareViewModel::isPicked(const QString &recordId, int sequence) const
{
    return m_picked.contains(entryKey(recordId, sequence));
}

void ShareViewModel::setFromDate(const QString &day)
{
    if (day == m_from)
        return;
    m_from = day;
    Q_EMIT requestChanged();
}

void ShareViewModel::setToDate(const QString &day)
{
    if (day == m_to)
        return;
    m_to = day;
    Q_EMIT requestChanged();
}

void ShareViewModel::setValidityHours(int hours)
{
    hours = std::clamp(hours, kMinHours, kMaxHours);
    if (hours == m_hours)
        return;
    m_hours = hours;
    Q_EMIT requestChanged();
}

QList<int> ShareViewModel::validityChoices()
{
    return {1, 4, 12, 24, 72, 7 * 24, 14 * 24, 30 * 24};
}

void ShareViewModel::setRecipient(Recipient recipient)
{
    if (recipient == m_recipient)
        return;
    m_recipient = recipient;
    Q_EMIT requestChanged();
}

void ShareViewModel::setClinicianAddress(const QString &address)
{
    if (address == m_clinicianAddress)
        return;
    m_clinicianAddress = address;
    Q_EMIT requestChanged();
}

void ShareViewModel::setClinicianCode(const QString &code)
{
    if (code == m_clinicianCode)
        return;
    m_clinicianCode = code;
    Q_EMIT requestChanged();
}

void ShareViewModel::setAllowWriteBack(bool allow)
{
    if (allow == m_writeBack)
        return;
    m_writeBack = allow;
    Q_EMIT requestChanged();
}

void ShareViewModel::setPasscode(const QString &text)
{
    m_passcode = takeSecret(text);
    Q_EMIT requestChanged();
}

QString ShareViewModel::summaryText() const
{
    QString who;
    switch (m_recipient) {
    case AnyClinician:
        who = hasPasscode() ? tr("any licensed clinician holding the code and the passcode")
                            : tr("any licensed clinician holding the code");
        break;
    case RegisteredClinician: {
        QString name;
        for (const QVariant &c : m_clinicians) {
            const QVariantMap map = c.toMap();
            if (map.value(QStringLiteral("address")).toString() == m_clinicianAddress)
                name = map.value(QStringLiteral("name")).toString();
        }
        who = name.isEmpty() ? tr("the clinician you picked") : name;
        break;
    }
    case ClinicianByCode: who = tr("the clinician whose identity code you gave"); break;
    }
    const QString until = GrantViewModel::dateTimeText(QDateTime::currentDateTime().addSecs(qint64(m_hours) * 3600));
    return tr("Share with %1 until %2, signed with a sharing key of this wallet on the network set up here.").arg(who, until);
}

std::optional<service::ShareRequest> ShareViewModel::request(QString *why) const
{
    service::ShareRequest r;
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i) {
        const auto c = static_cast<fhir::EntryCategory>(i);
        if (m_categories.contains(QLatin1String(fhir::categoryKey(c))))
            r.scope.categories |= share::categoryBit(c);
    }
    const auto from = dayOf(m_from);
    const auto to = dayOf(m_to);
    if (!from || !to) {
        *why = tr("Write the dates as year-month-day, for example 2024-03-01, or leave them empty.");
        return std::nullopt;
    }
    if ((*from || *to) && r.scope.categories == 0) {
        *why = tr("Choose at least one category for the dates to apply to.");
        return std::nullopt;
    }
    if (*from && *to && *from > *to) {
        *why = tr("The first day comes after the last day.");
        return std::nullopt;
    }
    r.scope.from = *from;
    r.scope.to = *to;
    for (const QString &key : m_picked) {
        const auto hash = hashOf(key.section(QLatin1Char(':'), 0, 0));
        bool ok = false;
        const uint sequence = key.section(QLatin1Char(':'), 1, 1).toUInt(&ok);
        if (hash && ok)
            r.scope.entries.push_back(share::ScopeEntry{*hash, sequence});
    }
    if (r.scope.categories == 0 && r.scope.entries.empty()) {
        *why = tr("Choose at least one category or pick entries from your record.");
        return std::nullopt;
    }
    r.validity = std::chrono::hours(m_hours);
    switch (m_recipient) {
    case AnyClinician: r.passcode = m_passcode.clone(); break;
    case RegisteredClinician: {
        const auto address = crypto::parseAddress(m_clinicianAddress.toStdString());
        if (!address) {
            *why = tr("Pick the clinician from the list.");
            return std::nullopt;
        }
        r.clinician = *address;
        break;
    }
    case ClinicianByCode:
        if (m_clinicianCode.trimmed().isEmpty()) {
            *why = tr("Scan or paste the clinician's identity code (it starts with carnet-clinician:).");
            return std::nullopt;
        }
        r.clinicianCode = m_clinicianCode.trimmed();
        break;
    }
    r.allowWriteBack = m_writeBack;
    return r;
}

QString ShareViewModel::validate() const
{
    QString why;
    request(&why);
    return why;
}

void ShareViewModel::loadClinicians()
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
            auto listed = wallet->licensedClinicians();
            if (!listed) {
                out.failure = listed.error();
                return out;
            }
            for (const service::ClinicianListing &c : *listed)
                out.clinicians.append(QVariantMap{{QStringLiteral("name"), c.name},
                                                  {QStringLiteral("address"), QString::fromStdString(crypto::toChecksumAddress(c.account))}});
            return out;
        },
        [this](Outcome &out) {
            if (out.locked)
                return;
            m_cliniciansLoaded = true;
            m_clinicians = out.clinicians;
            m_cliniciansError = out.failure ? GrantWords::failure(*out.failure) : QString();
            Q_EMIT cliniciansChanged();
        });
}

void ShareViewModel::makePreview()
{
    QString why;
    auto r = request(&why);
    if (!r) {
        setErrorText(why);
        return;
    }
    if (!m_session || m_busy)
        return;
    setErrorText({});
    setBusy(true);
    const QLocale locale;
    auto shared = std::make_shared<service::ShareRequest>(std::move(*r));
    m_session->withWallet<Outcome>(
        this,
        [shared, locale](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            auto view = wallet->previewShare(*shared);
            if (!view)
                out.failure = view.error();
            else
                out.preview = grantViewData(*view, true, locale);
            return out;
        },
        [this](Outcome &out) {
            setBusy(false);
            if (out.locked)
                return;
            if (out.failure) {
                setErrorText(GrantWords::failure(*out.failure));
                return;
            }
            m_preview.setData(std::move(out.preview));
            setStage(Previewing);
        });
}

void ShareViewModel::backToChoices()
{
    setErrorText({});
    m_preview.clear();
    setStage(Choosing);
}

void ShareViewModel::requestShare()
{
    if (m_stage != Previewing || m_busy)
        return;
    setErrorText({});
    Q_EMIT authRequired(summaryText());
}

void ShareViewModel::authProceed(const QString &passphrase)
{
    crypto::SecureBuffer secret = takeSecret(passphrase);
    QString why;
    auto r = request(&why);
    if (!r) {
        setErrorText(why);
        return;
    }
    if (!m_session || m_busy)
        return;
    setErrorText({});
    setBusy(true);
    auto state = std::make_shared<std::pair<service::ShareRequest, crypto::SecureBuffer>>(std::move(*r), std::move(secret));
    m_session->withWallet<Outcome>(
        this,
        [state](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            // The service has no re-authentication call of its own: recoveryPhrase() checks the
            // passphrase against the vault's header exactly as unlock does (throttled), and the phrase
            // it returns is wiped at once, unread.
            {
                auto check = wallet->recoveryPhrase(state->second);
                state->second = crypto::SecureBuffer();
                if (!check) {
                    out.reauth = check.error();
                    return out;
                }
            }
            auto issued = wallet->share(state->first);
            if (!issued) {
                out.failure = issued.error();
                return out;
            }
            out.code = std::move(issued->shareCode); // moved, never copied: close() wipes the one copy
            out.expiry = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(issued->grant.expiry));
            out.grant = static_cast<int>(issued->grant.index);
            return out;
        },
        [this](Outcome &out) {
            setBusy(false);
            if (out.locked)
                return;
            if (out.reauth) {
                setErrorText(WalletSession::describe(*out.reauth));
                return;
            }
            if (out.failure) {
                setErrorText(GrantWords::failure(*out.failure));
                return;
            }
            wipeCode();
            m_shareCode = std::move(out.code);
            m_sharedExpiryText = GrantViewModel::dateTimeText(out.expiry);
            m_sharedGrant = out.grant;
            m_passcode = crypto::SecureBuffer();
            Q_EMIT sharedChanged();
            Q_EMIT requestChanged();
            setStage(Shared);
            Q_EMIT shared();
        });
}

void ShareViewModel::authCancel()
{
    setErrorText(tr("Nothing was shared."));
}

void ShareViewModel::close()
{
    wipeCode();
    m_sharedExpiryText.clear();
    m_sharedGrant = -1;
    m_passcode = crypto::SecureBuffer();
    m_preview.clear();
    setBusy(false);
    setErrorText({});
    Q_EMIT sharedChanged();
    Q_EMIT requestChanged();
    setStage(Choosing);
}

void ShareViewModel::copyCode() const
{
    if (auto *clipboard = QGuiApplication::clipboard())
        clipboard->setText(m_shareCode);
}

void ShareViewModel::wipeCode()
{
    wipeString(m_shareCode);
    m_shareCode.clear();
}

void ShareViewModel::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void ShareViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ShareViewModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

} // namespace carnet::qml
