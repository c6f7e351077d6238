// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// "Add a measurement": the form's kinds and checks, then the Observation (measurement.h) published
// to the patient's own record from P_n (patient-reported, docs/PROTOCOL.md §5) on the vault's
// worker, and a sync asked for (RecordEvents::syncRequested) so it is verified and stored.
#include <QObject>
#include <QString>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class WalletSession;

class AddMeasurementViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList kinds READ kinds CONSTANT)
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)
    Q_PROPERTY(int errorField READ errorField NOTIFY errorTextChanged)
    Q_PROPERTY(bool published READ published NOTIFY publishedChanged)
    Q_PROPERTY(int importedCount READ importedCount NOTIFY publishedChanged)

public:
    explicit AddMeasurementViewModel(QObject *parent = nullptr);
    /** Tests: a given session (must outlive this object). */
    explicit AddMeasurementViewModel(WalletSession *session, QObject *parent = nullptr);

    /** Each kind: key, name (translated), unit, fields (translated labels). */
    QVariantList kinds() const;
    bool busy() const { return m_busy; }
    QString errorText() const { return m_errorText; }
    /** The field the error is about: 0/1 values, 2 date, 3 note; -1 none. */
    int errorField() const { return m_errorField; }
    bool published() const { return m_published; }
    /** Entries sent by the last importFile() (0 for a measurement). */
    int importedCount() const { return m_importedCount; }

    /** "yyyy-MM-dd HH:mm" of now, the date field's default. */
    Q_INVOKABLE QString nowText() const;
    /** Checks the form; sets errorText. Values are typed in the current locale. */
    Q_INVOKABLE bool check(const QString &kind, const QStringList &values, const QString &when, const QString &note);
    /** The Observation JSON for the form, or "" (errorText says why). */
    Q_INVOKABLE QString observationJson(const QString &kind, const QStringList &values, const QString &when,
                                        const QString &note);
    /** Checks, then publishes to the self record and asks for a sync. */
    Q_INVOKABLE void submit(const QString &kind, const QStringList &values, const QString &when, const QString &note);
    /** Publishes every resource of a FHIR JSON file (a resource or a Bundle, at most 16 MiB) to the
     *  self record, exactly as written, then asks for a sync. */
    Q_INVOKABLE void importFile(const QUrl &file);

Q_SIGNALS:
    void busyChanged();
    void errorTextChanged();
    void publishedChanged();

private:
    QByteArray build(const QString &kind, const QStringList &values, const QString &when, const QString &note);
    void finishPublishing(int outcome, int imported);
    void setBusy(bool busy);
    void setError(const QString &text, int field);

    WalletSession *m_session = nullptr;
    bool m_busy = false;
    bool m_published = false;
    int m_importedCount = 0;
    QString m_errorText;
    int m_errorField = -1;
};

} // namespace carnet::qml
