// SPDX-License-Identifier: GPL-3.0-or-later
#include "addmeasurementviewmodel.h"

#include "core/fhir/bundle.h"
#include "core/sync/publisher.h"
#include "core/sync/walletrecords.h"
#include "qml/sync/measurement.h"
#include "qml/sync/recordevents.h"
#include "qml/walletsession.h"

#include <QFile>
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

constexpr qint64 kMaxImportBytes = 16 * 1024 * 1024;

struct ImportOutcome
{
    bool unreadable = false;
    bool notFhir = false;
    PublishOutcome outcome = PublishOutcome::Locked;
    int count = 0;
};

PublishOutcome publishOwnEntries(Vault *vault, const QList<QByteArray> &contents)
{
    if (!vault || !vault->database())
        return PublishOutcome::Locked;
    auto network = ledger::NetworkConfig::load(ledger::NetworkConfig::defaultPath());
    if (!network)
        return network.error() == ledger::NetworkFileError::Refused ? PublishOutcome::NetworkRefused
                                                                    : PublishOutcome::NoNetwork;
    const auto recordLog = network->contract(QStringLiteral("RecordLog"));
    auto keyring = sync::keyringOf(*vault);
    if (!recordLog || !keyring)
        return PublishOutcome::NoNetwork;
    sync::RecordStore store(*vault->database());
    // The first own entry creates the self record: its index is reserved on the chain first (PROTOCOL.md §1).
    auto self = sync::selfRecord(*network, store, *keyring, QDateTime::currentSecsSinceEpoch());
    if (!self) {
        switch (self.error().error) {
        case sync::ReserveError::NoNetwork: return PublishOutcome::NoNetwork;
        case sync::ReserveError::GasNotFree: return PublishOutcome::NoFunds;
        case sync::ReserveError::Unreachable: return PublishOutcome::Unreachable;
        case sync::ReserveError::Store: return PublishOutcome::Store;
        default: return PublishOutcome::NotReserved;
        }
    }
    auto key = keyring->patientKey(self->index);
    auto recordKey = keyring->recordPublicKey(self->index);
    if (!key || !recordKey)
        return PublishOutcome::Store;
    // P_n holds nothing and is never funded (a funding transaction would link the record to whoever
    // paid): it can only send on a chain where gas is free.
    if (network->gas != ledger::GasPricing::Free)
        return PublishOutcome::NoFunds;
    ledger::EthClient client(*network);
    if (!client.checkNodes())
        return PublishOutcome::Unreachable;
    const record::ConnectCode target{self->recordId, *recordKey};
    for (const QByteArray &content : contents) {
        sync::PublishRequest request{target, *key, content, true,
                                     static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()),
                                     network->confirmations};
        auto published = sync::publishEntry(client, *recordLog, request);
        if (!published)
            return published.error().kind == sync::PublishErrorKind::Node ? PublishOutcome::Unreachable
                                                                          : PublishOutcome::Refused;
    }
    return PublishOutcome::Published;
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
    m_session->withVault<PublishOutcome>(
        this,
        [content](Vault *vault, quint64) { return publishOwnEntries(vault, {content}); },
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
    m_session->withVault<ImportOutcome>(
        this,
        [path](Vault *vault, quint64) {
            ImportOutcome out;
            QFile input(path);
            if (!input.open(QIODevice::ReadOnly) || input.size() > kMaxImportBytes) {
                out.unreadable = true;
                return out;
            }
            const QByteArray bytes = input.readAll();
            auto spans = fhir::splitBundle(bytes);
            if (!spans || spans->isEmpty()) {
                out.notFhir = true;
                return out;
            }
            QList<QByteArray> resources;
            for (const fhir::ByteSpan &span : *spans)
                resources.append(bytes.mid(span.offset, span.length));
            out.outcome = publishOwnEntries(vault, resources);
            out.count = static_cast<int>(resources.size());
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
