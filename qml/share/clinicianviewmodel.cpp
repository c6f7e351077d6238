// SPDX-License-Identifier: GPL-3.0-or-later
#include "clinicianviewmodel.h"

#include "qml/qr/qrread.h"
#include "qml/secretinput.h"
#include "qml/share/clinicalnote.h"
#include "qml/share/grantwords.h"
#include "qml/walletsession.h"

#include "core/service/wallet.h"
#include "core/share/sharecode.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>

namespace carnet::qml {

using namespace core;
using service::GrantProblem;

namespace {

constexpr std::chrono::seconds kRefreshPeriod{30};

QString textOf(const crypto::SecureBuffer &ascii)
{
    return QString::fromLatin1(reinterpret_cast<const char *>(ascii.data()), static_cast<qsizetype>(ascii.size()));
}

GrantProblem problemOf(const service::ActionFailure &f)
{
    return f.error == service::ActionError::Grant ? f.grant.problem : GrantProblem::None;
}

} // namespace

struct ClinicianViewModel::Outcome
{
    bool locked = false;
    std::optional<service::ActionFailure> failure;
    GrantViewData view;
    QString identityCode;
    QString registryName;
    std::optional<bool> licensed;
    int written = 0;
};

ClinicianViewModel::ClinicianViewModel(QObject *parent) : ClinicianViewModel(WalletSession::instance(), parent) {}

ClinicianViewModel::ClinicianViewModel(WalletSession *session, QObject *parent) : QObject(parent), m_session(session)
{
    m_refreshTimer.setInterval(kRefreshPeriod);
    connect(&m_refreshTimer, &QTimer::timeout, this, &ClinicianViewModel::refresh);
    if (m_session)
        connect(m_session, &WalletSession::locked, this, [this] {
            close();
            clearDropped();
            m_identityLoaded = false;
            m_identityBusy = false;
            m_identityCode.clear();
            m_registryName.clear();
            m_licence = LicenceUnknown;
            m_identityError.clear();
            Q_EMIT identityChanged();
        });
}

ClinicianViewModel::~ClinicianViewModel()
{
    forget();
}

QString ClinicianViewModel::licenceText() const
{
    switch (m_licence) {
    case Licensed:
        return m_registryName.isEmpty() ? tr("Licensed as a clinician on this network.")
                                        : tr("Licensed as a clinician on this network, as %1.").arg(m_registryName);
    case NotLicensed:
        return tr("Not licensed as a clinician on this network, so patients' shares can't be opened yet. Give the code "
                  "above to your licensing authority and ask them to run the command below.");
    case LicenceUnknown: break;
    }
    if (m_identityBusy)
        return tr("Checking your licence with the network…");
    if (!m_identityError.isEmpty())
        return tr("Your licence can't be checked now. %1").arg(m_identityError);
    return {};
}

QString ClinicianViewModel::registerCommand() const
{
    if (m_identityCode.isEmpty())
        return {};
    return QStringLiteral("carnet-cli authority register --role clinician --code %1 --name \"%2\"")
        .arg(m_identityCode, tr("Dr. First Last"));
}

void ClinicianViewModel::loadIdentity()
{
    if (!m_session || m_identityBusy)
        return;
    m_identityBusy = true;
    m_identityError.clear();
    Q_EMIT identityChanged();
    m_session->withWallet<Outcome>(
        this,
        [](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            // The code comes from the vault alone; the registry's name and licence from the nodes.
            auto local = wallet->clinicianIdentity(false);
            if (!local) {
                out.failure = local.error();
                return out;
            }
            out.identityCode = local->code;
            auto checked = wallet->clinicianIdentity(true);
            if (!checked) {
                out.failure = checked.error();
                return out;
            }
            out.registryName = checked->registryName;
            out.licensed = checked->licensed;
            return out;
        },
        [this](Outcome &out) {
            m_identityBusy = false;
            if (out.locked) {
                Q_EMIT identityChanged();
                return;
            }
            m_identityLoaded = !out.identityCode.isEmpty();
            m_identityCode = out.identityCode;
            m_registryName = out.registryName;
            m_licence = !out.licensed ? LicenceUnknown : *out.licensed ? Licensed : NotLicensed;
            m_identityError = out.failure ? GrantWords::failure(*out.failure) : QString();
            if (!out.failure && !out.licensed)
                m_identityError = GrantWords::problem(service::GrantFailure{GrantProblem::CantVerify});
            Q_EMIT identityChanged();
        });
}

void ClinicianViewModel::copyIdentityCode() const
{
    if (auto *clipboard = QGuiApplication::clipboard(); clipboard && !m_identityCode.isEmpty())
        clipboard->setText(m_identityCode);
}

void ClinicianViewModel::openText(const QString &text)
{
    const QString trimmed = text.trimmed();
    crypto::SecureBuffer code = takeSecret(trimmed);
    wipeString(text);
    if (code.empty()) {
        setErrorText(tr("Paste the share code first (it starts with carnet-share:)."));
        return;
    }
    accept(std::move(code));
}

void ClinicianViewModel::openScanned(const QString &text)
{
    crypto::SecureBuffer code = takeSecret(text.trimmed());
    wipeString(text);
    if (m_stage != Closed || m_busy)
        return;
    accept(std::move(code));
}

void ClinicianViewModel::openImage(const QUrl &file)
{
    const QImage image(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (image.isNull()) {
        setErrorText(tr("This file can't be read as an image. Choose a photo or a screenshot of the QR code."));
        return;
    }
    QStringList found = qr::readQrCodes(image);
    if (found.isEmpty()) {
        setErrorText(tr("No QR code was found in this image. Try a sharper picture of the whole code, or paste the "
                        "code's text."));
        return;
    }
    // A picture may hold other codes too: the share code is the one with its prefix, else the first.
    qsizetype pick = 0;
    for (qsizetype i = 0; i < found.size(); ++i)
        if (found.at(i).startsWith(QLatin1String("carnet-share:"))) {
            pick = i;
            break;
        }
    crypto::SecureBuffer code = takeSecret(found.at(pick).trimmed());
    for (const QString &t : found)
        wipeString(t);
    accept(std::move(code));
}

void ClinicianViewModel::accept(crypto::SecureBuffer code)
{
    if (m_busy)
        return;
    auto decoded = share::decodeShareCode(code.asStringView());
    if (!decoded) {
        service::GrantFailure f{GrantProblem::NotAShareCode};
        f.shareCode = decoded.error();
        setErrorText(GrantWords::problem(f));
        return;
    }
    const bool needsPasscode = decoded->mode == share::BundleMode::Passcode;
    close();
    clearDropped();
    setErrorText({});
    m_code = std::move(code);
    if (needsPasscode) {
        setStage(NeedsPasscode);
        return;
    }
    startOpen();
}

void ClinicianViewModel::submitPasscode(const QString &text)
{
    crypto::SecureBuffer passcode = takeSecret(text);
    if (m_stage != NeedsPasscode || m_busy)
        return;
    if (passcode.empty()) {
        setErrorText(GrantWords::problem(service::GrantFailure{GrantProblem::PasscodeNeeded}));
        return;
    }
    m_passcode = std::move(passcode);
    startOpen();
}

void ClinicianViewModel::cancelPasscode()
{
    if (m_busy)
        return;
    close();
}

void ClinicianViewModel::startOpen()
{
    if (!m_session)
        return;
    setErrorText({});
    setBusy(true);
    const QLocale locale;
    const quint64 serial = m_openSerial;
    auto secrets = std::make_shared<std::pair<crypto::SecureBuffer, crypto::SecureBuffer>>(m_code.clone(), m_passcode.clone());
    m_session->withWallet<Outcome>(
        this,
        [secrets, locale](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            const QString code = textOf(secrets->first);
            auto view = wallet->openGrant(code, secrets->second);
            wipeString(code);
            *secrets = {};
            // The view's contents are summarised here, on the worker, and the GrantView is dropped.
            if (!view)
                out.failure = view.error();
            else
                out.view = grantViewData(*view, false, locale);
            return out;
        },
        [this, serial](Outcome &out) {
            if (serial != m_openSerial)
                return;
            setBusy(false);
            if (out.locked)
                return;
            if (out.failure) {
                const GrantProblem problem = problemOf(*out.failure);
                setErrorText(GrantWords::failure(*out.failure));
                if (problem == GrantProblem::PasscodeNeeded || problem == GrantProblem::WrongPasscode) {
                    m_passcode = crypto::SecureBuffer();
                    setStage(NeedsPasscode);
                } else {
                    const QString why = m_errorText;
                    close();
                    setErrorText(why);
                }
                return;
            }
            m_grant.setData(std::move(out.view));
            setRefreshText(tr("Checked at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
            setStage(Open);
            m_refreshTimer.start();
            Q_EMIT opened();
        });
}

void ClinicianViewModel::refresh()
{
    if (m_stage != Open || m_refreshing || !m_session)
        return;
    if (m_grant.expiry().isValid() && m_grant.expiry() <= QDateTime::currentDateTime()) {
        drop(tr("This share has expired. Nothing of it is kept on this device; ask the patient for a new one if you "
                "still need it."));
        return;
    }
    m_refreshing = true;
    const quint64 serial = m_openSerial;
    auto code = std::make_shared<crypto::SecureBuffer>(m_code.clone());
    m_session->withWallet<Outcome>(
        this,
        [code](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            const QString text = textOf(*code);
            auto state = wallet->checkGrant(text);
            wipeString(text);
            *code = crypto::SecureBuffer();
            if (!state)
                out.failure = state.error();
            return out;
        },
        [this, serial](Outcome &out) {
            m_refreshing = false;
            if (serial != m_openSerial || out.locked)
                return;
            if (!out.failure) {
                setRefreshText(tr("Checked at %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
                return;
            }
            switch (problemOf(*out.failure)) {
            case GrantProblem::GrantRevoked:
                drop(tr("The patient revoked this share. Nothing of it is kept on this device."));
                return;
            case GrantProblem::GrantExpired:
                drop(tr("This share has expired. Nothing of it is kept on this device; ask the patient for a new one if "
                        "you still need it."));
                return;
            case GrantProblem::NotLicensed:
            case GrantProblem::NotForYou:
            case GrantProblem::UnknownGrant:
                drop(GrantWords::failure(*out.failure));
                return;
            default:
                setRefreshText(tr("Couldn't check the share again: %1").arg(GrantWords::failure(*out.failure)));
                return;
            }
        });
}

void ClinicianViewModel::addNote(const QString &text)
{
    if (!canAddNote() || m_noteBusy || !m_session)
        return;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        setNote(false, tr("Write the note first."), true);
        return;
    }
    const QByteArray note = consultNote(trimmed, QDateTime::currentDateTime());
    setNote(true, tr("Adding the note…"), false);
    const quint64 serial = m_openSerial;
    auto secrets = std::make_shared<std::pair<crypto::SecureBuffer, crypto::SecureBuffer>>(m_code.clone(), m_passcode.clone());
    m_session->withWallet<Outcome>(
        this,
        [secrets, note](service::Wallet *wallet, quint64) {
            Outcome out;
            if (!wallet) {
                out.locked = true;
                return out;
            }
            const QString code = textOf(secrets->first);
            auto written = wallet->writeBack(code, secrets->second, {note});
            wipeString(code);
            *secrets = {};
            if (!written)
                out.failure = written.error();
            else
                out.written = static_cast<int>(written->entries.size());
            return out;
        },
        [this, serial](Outcome &out) {
            if (serial != m_openSerial || out.locked)
                return;
            if (out.failure) {
                const GrantProblem problem = problemOf(*out.failure);
                if (problem == GrantProblem::GrantRevoked) {
                    drop(tr("The patient revoked this share. Nothing of it is kept on this device."));
                    return;
                }
                setNote(false, tr("The note was not added. %1").arg(GrantWords::failure(*out.failure)), true);
                return;
            }
            setNote(false, tr("The note was added to the patient's record, signed by you. The patient sees it after their "
                              "next sync."),
                    false);
            Q_EMIT noteAdded();
        });
}

void ClinicianViewModel::drop(const QString &why)
{
    close();
    m_droppedText = why;
    Q_EMIT droppedTextChanged();
    Q_EMIT dropped();
}

void ClinicianViewModel::clearDropped()
{
    if (m_droppedText.isEmpty())
        return;
    m_droppedText.clear();
    Q_EMIT droppedTextChanged();
}

void ClinicianViewModel::close()
{
    ++m_openSerial;
    forget();
    m_refreshTimer.stop();
    m_refreshing = false;
    m_grant.clear();
    setBusy(false);
    setErrorText({});
    setRefreshText({});
    setNote(false, {}, false);
    setStage(Closed);
}

void ClinicianViewModel::forget()
{
    m_code = crypto::SecureBuffer();
    m_passcode = crypto::SecureBuffer();
}

void ClinicianViewModel::setStage(Stage stage)
{
    if (stage == m_stage)
        return;
    m_stage = stage;
    Q_EMIT stageChanged();
}

void ClinicianViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ClinicianViewModel::setErrorText(const QString &text)
{
    if (text == m_errorText)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged();
}

void ClinicianViewModel::setRefreshText(const QString &text)
{
    if (text == m_refreshText)
        return;
    m_refreshText = text;
    Q_EMIT refreshTextChanged();
}

void ClinicianViewModel::setNote(bool busy, const QString &status, bool failed)
{
    if (busy == m_noteBusy && status == m_noteStatus && failed == m_noteFailed)
        return;
    m_noteBusy = busy;
    m_noteStatus = status;
    m_noteFailed = failed;
    Q_EMIT noteChanged();
}

} // namespace carnet::qml
