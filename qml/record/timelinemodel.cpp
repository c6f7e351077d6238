// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/record/timelinemodel.h"

#include "qml/walletsession.h"

#include <QSet>

namespace carnet::qml {

TimelineModel::TimelineModel(QObject *parent) : QAbstractListModel(parent) {}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : count();
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() < 0 || index.row() >= m_visible.size())
        return {};
    const auto &row = m_all.at(m_visible.at(index.row()));
    switch (role) {
    case RecordIdRole: return row.recordId;
    case SequenceRole: return row.sequence;
    case CategoryRole: return row.category;
    case SectionRole: return row.section;
    case DateTextRole: return row.dateText;
    case TitleRole: return row.title;
    case ValueLineRole: return row.valueLine;
    case ProviderRole: return row.provider;
    case PatientReportedRole: return row.patientReported;
    case AbnormalRole: return row.abnormal;
    case RefusedRole: return row.refused;
    case ReasonRole: return row.reason;
    default: return {};
    }
}

QHash<int, QByteArray> TimelineModel::roleNames() const
{
    return {
        {RecordIdRole, "recordId"},
        {SequenceRole, "sequence"},
        {CategoryRole, "category"},
        {SectionRole, "section"},
        {DateTextRole, "dateText"},
        {TitleRole, "title"},
        {ValueLineRole, "valueLine"},
        {ProviderRole, "provider"},
        {PatientReportedRole, "patientReported"},
        {AbnormalRole, "abnormal"},
        {RefusedRole, "refused"},
        {ReasonRole, "reason"},
    };
}

void TimelineModel::setSearchText(const QString &text)
{
    if (text == m_search)
        return;
    m_search = text;
    Q_EMIT searchTextChanged();
    applyFilter();
}

void TimelineModel::setCategories(const QStringList &categories)
{
    if (categories == m_categories)
        return;
    m_categories = categories;
    Q_EMIT categoriesChanged();
    applyFilter();
}

void TimelineModel::toggleCategory(const QString &category)
{
    QStringList next = m_categories;
    if (!next.removeOne(category))
        next.append(category);
    setCategories(next);
}

QStringList TimelineModel::categoryKeys()
{
    return {QStringLiteral("lab"),          QStringLiteral("vital"),   QStringLiteral("condition"),
            QStringLiteral("medication"),   QStringLiteral("immunization"), QStringLiteral("allergy"),
            QStringLiteral("encounter"),    QStringLiteral("note"),    QStringLiteral("procedure"),
            QStringLiteral("report")};
}

void TimelineModel::reload()
{
    auto *session = WalletSession::instance();
    if (!session)
        return;
    if (!m_loading) {
        m_loading = true;
        Q_EMIT loadingChanged();
    }
    const QLocale locale; // the app's language, captured on the UI thread
    session->withWallet<QList<record::TimelineRow>>(
        this, [locale](core::service::Wallet *wallet, quint64) { return record::readTimeline(wallet, locale); },
        [this](QList<record::TimelineRow> &rows) { setRows(std::move(rows)); });
}

void TimelineModel::setRows(QList<record::TimelineRow> rows)
{
    beginResetModel();
    m_all = std::move(rows);
    QSet<QString> present;
    for (const auto &row : std::as_const(m_all))
        present.insert(row.category);
    m_present.clear();
    for (const auto &key : categoryKeys()) {
        if (present.contains(key))
            m_present.append(key);
    }
    m_visible.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i)))
            m_visible.append(i);
    }
    endResetModel();
    m_loading = false;
    m_loaded = true;
    ++m_loadCount;
    Q_EMIT loadingChanged();
    Q_EMIT rowsReplaced();
    Q_EMIT countChanged();
}

bool TimelineModel::matches(const record::TimelineRow &row) const
{
    if (!m_categories.isEmpty() && !m_categories.contains(row.category))
        return false;
    const QString needle = m_search.trimmed();
    if (needle.isEmpty())
        return true;
    return row.title.contains(needle, Qt::CaseInsensitive) || row.provider.contains(needle, Qt::CaseInsensitive)
        || row.valueLine.contains(needle, Qt::CaseInsensitive);
}

void TimelineModel::applyFilter()
{
    beginResetModel();
    m_visible.clear();
    for (qsizetype i = 0; i < m_all.size(); ++i) {
        if (matches(m_all.at(i)))
            m_visible.append(i);
    }
    endResetModel();
    Q_EMIT countChanged();
}

} // namespace carnet::qml
