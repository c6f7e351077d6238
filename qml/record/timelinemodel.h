// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The Record timeline's view model: every entry's summary (never its content), newest first,
// grouped by day (the `section` role), filtered by category chips and a search text in C++.
// Loading runs on the vault's worker (WalletSession::withWallet); the UI thread only swaps rows in.
#include "qml/record/recordreader.h"

#include <QAbstractListModel>
#include <QStringList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(bool loaded READ loaded NOTIFY loadingChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY rowsReplaced)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(QStringList categories READ categories WRITE setCategories NOTIFY categoriesChanged)
    Q_PROPERTY(QStringList presentCategories READ presentCategories NOTIFY rowsReplaced)
    Q_PROPERTY(int loadCount READ loadCount NOTIFY rowsReplaced)

public:
    enum Role {
        RecordIdRole = Qt::UserRole + 1,
        SequenceRole,
        CategoryRole,
        SectionRole,
        DateTextRole,
        TitleRole,
        ValueLineRole,
        ProviderRole,
        PatientReportedRole,
        AbnormalRole,
        RefusedRole,
        ReasonRole,
    };

    explicit TimelineModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    int totalCount() const { return static_cast<int>(m_all.size()); }
    int count() const { return static_cast<int>(m_visible.size()); }
    /** How many loads have completed (tests wait on it). */
    int loadCount() const { return m_loadCount; }
    QString searchText() const { return m_search; }
    void setSearchText(const QString &text);
    /** The category keys shown; empty shows every category. */
    QStringList categories() const { return m_categories; }
    void setCategories(const QStringList &categories);
    /** The category keys that at least one entry has (the chips offered). */
    QStringList presentCategories() const { return m_present; }

    /** Reads the rows on the vault's worker; the current rows stay until the new ones arrive. */
    Q_INVOKABLE void reload();
    /** Adds or removes one category from the filter. */
    Q_INVOKABLE void toggleCategory(const QString &category);
    /** The filter keys in the chips' order ("lab", "vital", … "report"). */
    static QStringList categoryKeys();

    /** Replaces the rows (reload's result; tests call it directly). */
    void setRows(QList<record::TimelineRow> rows);

Q_SIGNALS:
    void loadingChanged();
    void rowsReplaced();
    void countChanged();
    void searchTextChanged();
    void categoriesChanged();

private:
    void applyFilter();
    bool matches(const record::TimelineRow &row) const;

    QList<record::TimelineRow> m_all;
    QList<qsizetype> m_visible;
    QString m_search;
    QStringList m_categories;
    QStringList m_present;
    bool m_loading = false;
    bool m_loaded = false;
    int m_loadCount = 0;
};

} // namespace carnet::qml
