// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantviewmodel.h"

#include "core/fhir/entry.h"
#include "core/service/grantview.h"
#include "core/ledger/contracts/accessgrants.h"
#include "core/sync/nodepanel.h"
#include "crypto/ethaddress.h"

#include <QHash>
#include <QLocale>

#include <algorithm>

namespace carnet::qml {

namespace {

QString hexOf(const crypto::Hash32 &hash)
{
    return QString::fromStdString(crypto::toHex(crypto::ByteView(hash.data(), hash.size())));
}

QDate dayOf(std::uint32_t day)
{
    if (day == 0)
        return {};
    return QDate(static_cast<int>(day / 10000), static_cast<int>(day / 100 % 100), static_cast<int>(day % 100));
}

bool isZero(const crypto::Address &address)
{
    return std::all_of(address.begin(), address.end(), [](std::uint8_t b) { return b == 0; });
}

} // namespace

GrantViewData grantViewData(const core::service::GrantView &view, bool preview, const QLocale &locale)
{
    GrantViewData data;
    data.valid = true;
    data.preview = preview;
    data.named = view.mode == core::share::BundleMode::Named;
    data.passcode = view.mode == core::share::BundleMode::Passcode;
    data.granteeName = view.granteeName;
    if (!isZero(view.grantee))
        data.granteeAddress = QString::fromStdString(crypto::toChecksumAddress(view.grantee));
    data.expiry = QDateTime::fromSecsSinceEpoch(static_cast<qint64>(view.expiry));
    data.writeBack = (view.permissions & core::ledger::kPermissionWrite) != 0;
    for (int i = 0; i <= static_cast<int>(core::fhir::EntryCategory::Other); ++i) {
        const auto category = static_cast<core::fhir::EntryCategory>(i);
        if (view.scope.categories & core::share::categoryBit(category))
            data.categories.append(QLatin1String(core::fhir::categoryKey(category)));
    }
    data.from = dayOf(view.scope.from);
    data.to = dayOf(view.scope.to);
    data.singleEntries = static_cast<int>(view.scope.entries.size());
    QHash<QString, QString> labels;
    for (const auto &r : view.records) {
        labels.insert(hexOf(r.recordId), r.label);
        data.recordLabels.append(r.label);
    }
    data.rows.reserve(static_cast<qsizetype>(view.entries.size()));
    for (const auto &e : view.entries) {
        data.rows.append(record::timelineRow(e, labels.value(hexOf(e.recordId)), locale));
        if (data.rows.constLast().refused)
            ++data.refused;
    }
    record::sortNewestFirst(data.rows);
    data.targetBlock = view.targetBlock;
    data.nodes = static_cast<int>(view.nodes.size());
    for (const auto &n : view.nodes)
        data.agreeingNodes += n.verdict == core::sync::NodeVerdict::Healthy ? 1 : 0;
    data.receiptLeft = std::any_of(view.receiptTx.begin(), view.receiptTx.end(), [](std::uint8_t b) { return b != 0; });
    return data;
}

GrantViewModel::GrantViewModel(QObject *parent) : QObject(parent) {}

QString GrantViewModel::dateTimeText(const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return QLocale().toString(when.toLocalTime(), QStringLiteral("d MMMM yyyy, HH:mm"));
}

QString GrantViewModel::expiryText() const
{
    return dateTimeText(m_data.expiry);
}

QString GrantViewModel::fromText() const
{
    return m_data.from.isValid() ? QLocale().toString(m_data.from, QStringLiteral("d MMMM yyyy")) : QString();
}

QString GrantViewModel::toText() const
{
    return m_data.to.isValid() ? QLocale().toString(m_data.to, QStringLiteral("d MMMM yyyy")) : QString();
}

QString GrantViewModel::checkedText() const
{
    if (m_data.preview || m_data.targetBlock == 0)
        return {};
    return tr("Checked with %1 of %2 nodes at block %3").arg(m_data.agreeingNodes).arg(m_data.nodes).arg(m_data.targetBlock);
}

void GrantViewModel::setData(GrantViewData data)
{
    QList<record::TimelineRow> rows = data.rows;
    m_data = std::move(data);
    m_entries.setRows(std::move(rows));
    Q_EMIT changed();
}

void GrantViewModel::clear()
{
    m_data = GrantViewData{};
    m_entries.setCategories({});
    m_entries.setSearchText({});
    m_entries.setRows({});
    Q_EMIT changed();
}

} // namespace carnet::qml
