// SPDX-License-Identifier: GPL-3.0-or-later
#include "addmeasurementviewmodel.h"

#include "core/service/wallet.h"
#include "qml/sync/measurement.h"
#include "qml/sync/recordevents.h"
#include "qml/walletsession.h"

#include <QUrl>

namespace carnet::qml {

using namespace core;

namespace {

const QString kDateFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QString kindName(MeasurementKind kind)
{
    switch (kind) {
    case MeasurementKind::BloodPressure: return AddMeasurementViewModel::tr("Blood pressure");
    case MeasurementKind::Weight: return AddMeasurementViewModel::tr("Weight");
    case MeasurementKind::HeartRate: return AddMeasurementViewModel::tr("Heart rate");
    case MeasurementKind::Glucose: return AddMeasurementViewModel::tr("Blood glucose");
    case MeasurementKind::Temperature: return AddMeasurementViewModel::tr("Temperature");
    }
    return {};
}

QStringList fieldNames(MeasurementKind kind)
{
    if (kind == MeasurementKind::BloodPressure)
        return {AddMeasurementViewModel::tr("Systolic"), AddMeasurementViewModel::tr("Diastolic")};
    return {kindName(kind)};
}

enum class PublishOutcome { Published, Locked, NoNetwork, NetworkRefused, Unreachable, NoFunds, Refused, Store, NotReserved };

struct ImportOutcome
{
    bool unreadable = false;
    bool notFhir = false;
    PublishOutcome outcome = PublishOutcome::Locked;
    int count = 0;
};

PublishOutcome publishOutcome(const service::ActionFailure &f)
{
    using service::ActionError;
    switch (f.error) {
    case ActionError::Locked: return PublishOutcome::Locked;
    case ActionError::NetworkFile:
        return f.network.error == ledger::NetworkFileError::Refused ? PublishOutcome::NetworkRefused : PublishOutcome::NoNetwork;
    case ActionError::NoRecordLog: return PublishOutcome::NoNetwork;
    case ActionError::GasNotFree: return PublishOutcome::NoFunds;
    case ActionError::Unreachable:
    case ActionError::PublishFailed: return PublishOutcome::Unreachable;
    case ActionError::PublishRefused: return PublishOutcome::Refused;
    case ActionError::NotReserved:
        switch (f.reserve.error) {
        case sync::ReserveError::NoNetwork: return PublishOutcome::NoNetwork;
        case sync::ReserveError::GasNotFree: return PublishOutcome::NoFunds;
        case sync::ReserveError::Unreachable: return PublishOutcome::Unreachable;
        case sync::ReserveError::Store: return PublishOutcome::Store;
        default: return PublishOutcome::NotReserved;
        }
    default: return PublishOutcome::Store;
    }
}

} // namespace

AddMeasurementViewModel::AddMeasurementViewModel(QObject *parent)
    : AddMeasurementViewModel(WalletSession::instance(), parent)
{
}

AddMeasurementViewModel::AddMeasurementViewModel(WalletSession *session, QObject *parent)
    : QObject(parent), m_session(session)
{
}

QVariantList AddMeasurementViewModel::kinds() const
{
    QVariantList list;
    for (const MeasurementSpec &spec : measurementSpecs())
        list.append(QVariantMap{{QStringLiteral("key"), QLatin1String(spec.key)},
                                {QStringLiteral("name"), kindName(spec.kind)},
                                {QStringLiteral("unit"), QString::fromUtf8(spec.unit)},
                                {QStringLiteral("fields"), fieldNames(spec.kind)}});
    return list;
}

QString AddMeasurementViewModel::nowText() const
{
    return QDateTime::currentDateTime().toString(kDateFormat);
}

void AddMeasurementViewModel::setBusy(bool busy)
{
    if (busy == m_busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void AddMeasurementViewModel::setError(const QString &text, int field)
{
    m_errorText = text;
    m_errorField = field;
    Q_EMIT errorTextChanged();
}

QByteArray AddMeasurementViewModel::build(const QString &kind, const QStringList &values, const QString &when,
                                          const QString &note)
{
    const MeasurementSpec *spec = measurementSpec(kind);
    if (!spec) {
        setError(tr("Choose what you measured."), -1);
        return {};
    }
    MeasurementInput input{spec->kind, values, QDateTime::fromString(when.trimmed(), kDateFormat), note};
    const QLocale locale;
    auto json = measurementObservation(input, locale, QDateTime::currentDateTime());
    if (json) {
        setError({}, -1);
        return *json;
    }
    const MeasurementProblem p = json.error();
    const QStringList names = fieldNames(spec->kind);
    const QString name = names.value(p.field);
    const MeasurementField &field = spec->fields[static_cast<std::size_t>(qBound(0, p.field, static_cast<int>(spec->fields.size()) - 1))];
    switch (p.what) {
    case MeasurementProblem::Empty:
        setError(tr("Type a value for %1.").arg(name.toLower()), p.field);
        break;
    case MeasurementProblem::NotNumber:
        setError(tr("%1 must be a number, for example %2.").arg(name, locale.toString(72.5, 'f', 1)), p.field);
        break;
    case MeasurementProblem::OutOfRange:
        setError(tr("%1 should be between %2 and %3 %4. Check the value and the unit.")
                     .arg(name, locale.toString(field.min), locale.toString(field.max), QString::fromUtf8(spec->unit)),
                 p.field);
        break;
    case MeasurementProblem::SystolicNotAbove:
        setError(tr("The systolic value (the first) should be higher than the diastolic one."), 1);
        break;
    case MeasurementProblem::NoDate:
        setError(tr("Write the date and time as %1.").arg(nowText()), 2);
        break;
    case MeasurementProblem::FutureDate:
        setError(tr("The date and time are in the future."), 2);
        break;
    case MeasurementProblem::NoteTooLong:
        setError(tr("Keep the note under 1000 characters."), 3);
        break;
    }
    return {};
}

bool AddMeasurementViewModel::check(const QString &kind, const QStringList &values, const QString &when,
                                    const QString &note)
{
    return !build(kind, values, when, note).isEmpty();
}

QString AddMeasurementViewModel::observationJson(const QString &kind, const QStringList &values, const QString &when,
                                                 const QString &note)
{
    return QString::fromUtf8(build(kind, values, when, note));
}

void AddMeasurementViewModel::submit(const QString &kind, const QStringList &values, const QString &when,
                                     const QString &note)
{
    if (m_busy || !m_session)
        return;
    const QByteArray content = build(kind, values, when, note);
    if (content.isEmpty())
        return;
    if (m_published) {
        m_published = false;
        Q_EMIT publishedChanged();
    }
    setBusy(true);
    m_session->withWallet<PublishOutcome>(
        this,
        [content](service::Wallet *wallet, quint64) {
            if (!wallet)
                return PublishOutcome::Locked;
            auto added = wallet->addOwnEntries({content});
            return added ? PublishOutcome::Published : publishOutcome(added.error());
        },
        [this](PublishOutcome &outcome) { finishPublishing(static_cast<int>(outcome), 0); });
}

void AddMeasurementViewModel::importFile(const QUrl &file)
{
    if (m_busy || !m_session)
        return;
    setError({}, -1);
    m_importedCount = 0;
    if (m_published) {
        m_published = false;
        Q_EMIT publishedChanged();
    }
    setBusy(true);
    const QString path = file.isLocalFile() ? file.toLocalFile() : file.toString();
    m_session->withWallet<ImportOutcome>(
        this,
        [path](service::Wallet *wallet, quint64) {
            ImportOutcome out;
            if (!wallet)
                return out;
            auto added = wallet->importFile(path);
            if (added) {
                out.outcome = PublishOutcome::Published;
                out.count = static_cast<int>(added->entries.size());
                return out;
            }
            const service::ActionError error = added.error().error;
            out.unreadable = error == service::ActionError::FileUnreadable || error == service::ActionError::FileTooLarge;
            out.notFhir = error == service::ActionError::NotFhir || error == service::ActionError::NoEntries;
            out.outcome = publishOutcome(added.error());
            return out;
        },
        [this](ImportOutcome &out) {
            if (out.unreadable || out.notFhir) {
                setBusy(false);
                setError(out.unreadable ? tr("The file cannot be read (or is larger than 16 MiB).")
                                        : tr("This file is not a FHIR JSON resource or Bundle; nothing was sent."),
                         -1);
                return;
            }
            finishPublishing(static_cast<int>(out.outcome), out.count);
        });
}

void AddMeasurementViewModel::finishPublishing(int result, int imported)
{
    const auto outcome = static_cast<PublishOutcome>(result);
    if (outcome == PublishOutcome::Published && imported > 0)
        m_importedCount = imported;
    setBusy(false);
    switch (outcome) {
    case PublishOutcome::Published:
        m_published = true;
        Q_EMIT publishedChanged();
        Q_EMIT RecordEvents::instance()->syncRequested();
        break;
    case PublishOutcome::Locked: break;
    case PublishOutcome::NoNetwork:
        setError(tr("No network is set up on this device, so the measurement was not sent."), -1);
        break;
    case PublishOutcome::NetworkRefused:
        setError(tr("The network settings are not accepted (see Sync and nodes), so the measurement was not sent."), -1);
        break;
    case PublishOutcome::Unreachable:
        setError(tr("The network could not be reached; nothing was sent. Try again later."), -1);
        break;
    case PublishOutcome::NoFunds:
        setError(tr("This network needs a sponsor to pay for your own entries; none is set up yet."), -1);
        break;
    case PublishOutcome::Refused:
        setError(tr("The network refused the measurement; nothing was added."), -1);
        break;
    case PublishOutcome::Store:
        setError(tr("The wallet could not prepare your own record; nothing was sent."), -1);
        break;
    case PublishOutcome::NotReserved:
        setError(tr("The network's nodes did not confirm a new record for your own entries; nothing was sent. Try again later."), -1);
        break;
    }
}

} // namespace carnet::qml
