// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The entry page's view model: one entry's readable detail (labelled fields, the note text), its
// provenance, and its raw JSON on demand. Read on the vault's worker (WalletSession::withWallet).
#include "qml/record/recordreader.h"

#include <QObject>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class EntryViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString recordId READ recordId WRITE setRecordId NOTIFY keyChanged)
    // A double for QML (exact below 2^53): qmllint does not know qint64 in Qt 6.4.
    Q_PROPERTY(double sequence READ sequenceNumber WRITE setSequenceNumber NOTIFY keyChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool found READ found NOTIFY changed)
    Q_PROPERTY(bool refused READ refused NOTIFY changed)
    Q_PROPERTY(QString reason READ reason NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(QString category READ category NOTIFY changed)
    Q_PROPERTY(QString dateText READ dateText NOTIFY changed)
    Q_PROPERTY(QString valueLine READ valueLine NOTIFY changed)
    Q_PROPERTY(bool abnormal READ abnormal NOTIFY changed)
    Q_PROPERTY(QVariantList fields READ fields NOTIFY changed)
    Q_PROPERTY(QString noteText READ noteText NOTIFY changed)
    Q_PROPERTY(QString rawJson READ rawJson NOTIFY changed)
    Q_PROPERTY(bool patientReported READ patientReported NOTIFY changed)
    Q_PROPERTY(QString authorName READ authorName NOTIFY changed)
    Q_PROPERTY(QString authorAddress READ authorAddress NOTIFY changed)
    Q_PROPERTY(QString recordLabel READ recordLabel NOTIFY changed)
    Q_PROPERTY(QString blockNumber READ blockNumber NOTIFY changed)
    Q_PROPERTY(QString sealedHashShort READ sealedHashShort NOTIFY changed)
    Q_PROPERTY(QString sealedHash READ sealedHash NOTIFY changed)
    Q_PROPERTY(QString verifiedAtText READ verifiedAtText NOTIFY changed)
    Q_PROPERTY(QStringList seriesKeys READ seriesKeys NOTIFY changed)

public:
    explicit EntryViewModel(QObject *parent = nullptr);

    QString recordId() const { return m_recordId; }
    void setRecordId(const QString &id);
    qint64 sequence() const { return m_sequence; }
    void setSequence(qint64 sequence);
    double sequenceNumber() const { return static_cast<double>(m_sequence); }
    void setSequenceNumber(double sequence) { setSequence(static_cast<qint64>(sequence)); }
    bool loading() const { return m_loading; }
    bool found() const { return m_data.found; }
    bool refused() const { return m_data.refused; }
    QString reason() const { return m_data.reason; }
    QString title() const { return m_data.detail.summary.title; }
    QString category() const { return m_data.category; }
    QString dateText() const { return m_data.detail.summary.dateText; }
    QString valueLine() const { return m_data.detail.summary.valueLine; }
    bool abnormal() const { return m_data.detail.summary.abnormal; }
    /** [{key, label (translated, context FhirField), value, abnormal}] in display order. */
    QVariantList fields() const;
    QString noteText() const { return m_data.detail.noteText; }
    QString rawJson() const { return m_data.detail.rawJson; }
    bool patientReported() const { return m_data.patientReported; }
    QString authorName() const { return m_data.authorName; }
    QString authorAddress() const { return m_data.authorAddress; }
    QString recordLabel() const { return m_data.recordLabel; }
    /** The block number in the locale's digits. */
    QString blockNumber() const;
    QString sealedHash() const { return m_data.sealedHash; }
    /** "0x1a2b3c…9f8e" */
    QString sealedHashShort() const;
    QString verifiedAtText() const;
    QStringList seriesKeys() const { return m_data.seriesKeys; }

    /** Reads the entry (recordId, sequence) on the vault's worker. */
    Q_INVOKABLE void load();
    /** Sets the read entry (load's result; tests call it directly). */
    void setData(record::EntryData data);

Q_SIGNALS:
    void keyChanged();
    void changed();

private:
    QString m_recordId;
    qint64 m_sequence = -1;
    bool m_loading = false;
    record::EntryData m_data;
};

} // namespace carnet::qml
