// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/record/trendviewmodel.h"

#include "qml/walletsession.h"

#include <QVariantMap>

namespace carnet::qml {

TrendViewModel::TrendViewModel(QObject *parent) : QObject(parent) {}

void TrendViewModel::setKeys(const QStringList &keys)
{
    if (keys == m_keys)
        return;
    m_keys = keys;
    Q_EMIT keysChanged();
}

int TrendViewModel::pointCount() const
{
    int n = 0;
    for (const auto &s : m_series)
        n += static_cast<int>(s.toMap().value(QStringLiteral("points")).toList().size());
    return n;
}

void TrendViewModel::load()
{
    auto *session = WalletSession::instance();
    if (!session || m_keys.isEmpty())
        return;
    m_loading = true;
    Q_EMIT changed();
    const QLocale locale;
    session->withWallet<QList<record::Series>>(
        this, [locale, keys = m_keys](core::service::Wallet *wallet, quint64) { return record::readSeries(wallet, keys, locale); },
        [this](QList<record::Series> &series) { setSeries(series); });
}

QString TrendViewModel::pointText(int series, int index) const
{
    const QVariantMap s = m_series.value(series).toMap();
    const QVariantMap p = s.value(QStringLiteral("points")).toList().value(index).toMap();
    if (p.isEmpty())
        return {};
    const QString value = QString(p.value(QStringLiteral("text")).toString() + QLatin1Char(' ')
                                  + s.value(QStringLiteral("unit")).toString())
                              .trimmed();
    //: A chart point: "6.4 % on 23/11/2026"
    return tr("%1 on %2").arg(value, p.value(QStringLiteral("date")).toString());
}

void TrendViewModel::setSeries(const QList<record::Series> &series)
{
    m_series.clear();
    m_anyAbnormal = false;
    for (const auto &s : series) {
        QVariantList points;
        for (const auto &p : s.points) {
            m_anyAbnormal = m_anyAbnormal || p.abnormal;
            points.append(QVariantMap{
                {QStringLiteral("t"), p.time.toMSecsSinceEpoch()},
                {QStringLiteral("v"), p.value},
                {QStringLiteral("text"), p.valueText},
                {QStringLiteral("date"), p.dateText},
                {QStringLiteral("abnormal"), p.abnormal},
            });
        }
        QVariantMap map{
            {QStringLiteral("key"), s.key},       {QStringLiteral("name"), s.name},
            {QStringLiteral("unit"), s.unit},     {QStringLiteral("refText"), s.refText},
            {QStringLiteral("points"), points},
        };
        if (s.refLow)
            map.insert(QStringLiteral("refLow"), *s.refLow);
        if (s.refHigh)
            map.insert(QStringLiteral("refHigh"), *s.refHigh);
        m_series.append(map);
    }
    m_loading = false;
    m_loaded = true;
    Q_EMIT changed();
}

TrendsViewModel::TrendsViewModel(QObject *parent) : QObject(parent) {}

void TrendsViewModel::load()
{
    auto *session = WalletSession::instance();
    if (!session)
        return;
    m_loading = true;
    Q_EMIT changed();
    const QLocale locale;
    session->withWallet<QList<record::TrendSummary>>(
        this, [locale](core::service::Wallet *wallet, quint64) { return record::readTrends(wallet, locale); },
        [this](QList<record::TrendSummary> &trends) { setTrends(trends); });
}

void TrendsViewModel::setTrends(const QList<record::TrendSummary> &trends)
{
    m_trends.clear();
    for (const auto &t : trends) {
        m_trends.append(QVariantMap{
            {QStringLiteral("keys"), t.keys},
            {QStringLiteral("name"), t.name},
            {QStringLiteral("count"), t.count},
            {QStringLiteral("latestText"), t.latestText},
            {QStringLiteral("latestDate"), t.latestDate},
        });
    }
    m_loading = false;
    m_loaded = true;
    Q_EMIT changed();
}

} // namespace carnet::qml
