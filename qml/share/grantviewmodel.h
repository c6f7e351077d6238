// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A grant's view (core::service::GrantView) as the app draws it, the same code for the patient's
// preview (what a share made now would show) and the clinician's view of an opened share: whom it is
// for, until when, what it covers, whether notes may be added, and its entries as rows of the record
// timeline (record::timelineRow, TimelineModel, drawn by GrantView.qml with TimelineView). The rows
// are made on the vault's worker (grantViewData); the UI thread only swaps them in. No entry's content
// reaches QML, only its summary; clear() drops everything.
#include "qml/record/recordreader.h"
#include "qml/record/timelinemodel.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace carnet::core::service {
struct GrantView;
}

namespace carnet::qml {

/** What GrantViewModel shows, made from a GrantView on any thread. */
struct GrantViewData
{
    bool valid = false;
    bool preview = false;
    bool named = false;           ///< for one clinician (mode 3); else any licensed clinician holding the code
    bool passcode = false;        ///< mode 2
    QString granteeName;
    QString granteeAddress;       ///< EIP-55; "" when not named
    QDateTime expiry;
    bool writeBack = false;
    QStringList categories;       ///< category keys of the scope
    QDate from;                   ///< invalid: no bound
    QDate to;
    int singleEntries = 0;
    QStringList recordLabels;
    QList<record::TimelineRow> rows; ///< newest first
    int refused = 0;
    quint64 targetBlock = 0;      ///< the clinician's checks (0 in a preview)
    int agreeingNodes = 0;
    int nodes = 0;
    bool receiptLeft = false;
};

/** The data of `view` for the locale (summaries, dates); `preview` for the patient's preview. */
GrantViewData grantViewData(const core::service::GrantView &view, bool preview, const QLocale &locale);

class GrantViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool valid READ valid NOTIFY changed)
    Q_PROPERTY(bool preview READ preview NOTIFY changed)
    Q_PROPERTY(bool named READ named NOTIFY changed)
    Q_PROPERTY(bool passcode READ passcode NOTIFY changed)
    Q_PROPERTY(QString granteeName READ granteeName NOTIFY changed)
    Q_PROPERTY(QString granteeAddress READ granteeAddress NOTIFY changed)
    Q_PROPERTY(QDateTime expiry READ expiry NOTIFY changed)
    Q_PROPERTY(QString expiryText READ expiryText NOTIFY changed)
    Q_PROPERTY(bool writeBack READ writeBack NOTIFY changed)
    Q_PROPERTY(QStringList categories READ categories NOTIFY changed)
    Q_PROPERTY(QString fromText READ fromText NOTIFY changed)
    Q_PROPERTY(QString toText READ toText NOTIFY changed)
    Q_PROPERTY(int singleEntries READ singleEntries NOTIFY changed)
    Q_PROPERTY(QStringList recordLabels READ recordLabels NOTIFY changed)
    Q_PROPERTY(int entryCount READ entryCount NOTIFY changed)
    Q_PROPERTY(int refusedCount READ refusedCount NOTIFY changed)
    Q_PROPERTY(QString checkedText READ checkedText NOTIFY changed)
    Q_PROPERTY(bool receiptLeft READ receiptLeft NOTIFY changed)
    Q_PROPERTY(carnet::qml::TimelineModel *entries READ entries CONSTANT)

public:
    explicit GrantViewModel(QObject *parent = nullptr);

    bool valid() const { return m_data.valid; }
    bool preview() const { return m_data.preview; }
    bool named() const { return m_data.named; }
    bool passcode() const { return m_data.passcode; }
    QString granteeName() const { return m_data.granteeName; }
    QString granteeAddress() const { return m_data.granteeAddress; }
    QDateTime expiry() const { return m_data.expiry; }
    QString expiryText() const;
    bool writeBack() const { return m_data.writeBack; }
    QStringList categories() const { return m_data.categories; }
    QString fromText() const;
    QString toText() const;
    int singleEntries() const { return m_data.singleEntries; }
    QStringList recordLabels() const { return m_data.recordLabels; }
    int entryCount() const { return static_cast<int>(m_data.rows.size()); }
    int refusedCount() const { return m_data.refused; }
    /** "Checked by 2 of 3 nodes at block 120" (clinician); "" in a preview. */
    QString checkedText() const;
    bool receiptLeft() const { return m_data.receiptLeft; }
    TimelineModel *entries() { return &m_entries; }

    /** Shows `data` (the rows go to `entries`). */
    void setData(GrantViewData data);
    /** Drops the view: no row, no name, nothing left in memory here. */
    Q_INVOKABLE void clear();

    /** "23 November 2026, 14:05" in the locale. */
    static QString dateTimeText(const QDateTime &when);

Q_SIGNALS:
    void changed();

private:
    GrantViewData m_data;
    TimelineModel m_entries;
};

} // namespace carnet::qml
