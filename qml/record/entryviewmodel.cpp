// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/record/entryviewmodel.h"

#include "qml/walletsession.h"

#include <QCoreApplication>
#include <QLocale>
#include <QVariantMap>

namespace carnet::qml {

EntryViewModel::EntryViewModel(QObject *parent) : QObject(parent) {}

void EntryViewModel::setRecordId(const QString &id)
{
    if (id == m_recordId)
        return;
    m_recordId = id;
    Q_EMIT keyChanged();
}

void EntryViewModel::setSequence(qint64 sequence)
{
    if (sequence == m_sequence)
        return;
    m_sequence = sequence;
    Q_EMIT keyChanged();
}

QVariantList EntryViewModel::fields() const
{
    QVariantList list;
    for (const auto &f : m_data.detail.fields) {
        list.append(QVariantMap{
            {QStringLiteral("key"), f.key},
            {QStringLiteral("label"), QCoreApplication::translate("FhirField", f.label.toUtf8().constData())},
            {QStringLiteral("value"), f.value},
            {QStringLiteral("abnormal"), f.abnormal},
        });
    }
    return list;
}

QString EntryViewModel::blockNumber() const
{
    return QLocale().toString(static_cast<qulonglong>(m_data.blockNumber));
}

QString EntryViewModel::sealedHashShort() const
{
    const QString &h = m_data.sealedHash;
    if (h.size() < 16)
        return h;
    return h.left(10) + QChar(0x2026) + h.right(6);
}

QString EntryViewModel::verifiedAtText() const
{
    if (!m_data.verifiedAt.isValid() || m_data.verifiedAt.toSecsSinceEpoch() <= 0)
        return {};
    return QLocale().toString(m_data.verifiedAt.toLocalTime().date(), QLocale::ShortFormat);
}

void EntryViewModel::load()
{
    auto *session = WalletSession::instance();
    if (!session || m_recordId.isEmpty() || m_sequence < 0)
        return;
    m_loading = true;
    Q_EMIT changed();
    const QLocale locale;
    session->withWallet<record::EntryData>(
        this,
        [locale, id = m_recordId, seq = m_sequence](core::service::Wallet *wallet, quint64) {
            return record::readEntry(wallet, id, seq, locale);
        },
        [this](record::EntryData &data) { setData(std::move(data)); });
}

void EntryViewModel::setData(record::EntryData data)
{
    m_data = std::move(data);
    m_loading = false;
    Q_EMIT changed();
}

} // namespace carnet::qml
