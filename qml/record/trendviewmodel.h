// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The chart page's view model (one trend: one series, or blood pressure's two) and the Trends
// list's (every series with at least two points). Both read on the vault's worker.
#include "qml/record/recordreader.h"

#include <QObject>
#include <QStringList>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace carnet::qml {

class TrendViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QStringList keys READ keys WRITE setKeys NOTIFY keysChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    /** For TrendChart.series: [{name, unit, refLow?, refHigh?, refText, points: [{t, v, text, date, abnormal}]}]. */
    Q_PROPERTY(QVariantList series READ series NOTIFY changed)
    Q_PROPERTY(int pointCount READ pointCount NOTIFY changed)
    Q_PROPERTY(bool anyAbnormal READ anyAbnormal NOTIFY changed)

public:
    explicit TrendViewModel(QObject *parent = nullptr);

    QStringList keys() const { return m_keys; }
    void setKeys(const QStringList &keys);
    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QVariantList series() const { return m_series; }
    int pointCount() const;
    /** True when at least one point is outside its range (the legend then shows the marker). */
    bool anyAbnormal() const { return m_anyAbnormal; }

    /** Reads every point of the keys across the record, on the vault's worker. */
    Q_INVOKABLE void load();
    /** "6,4 % on 23/11/2026" for a point (the written precision and unit). */
    Q_INVOKABLE QString pointText(int series, int index) const;
    void setSeries(const QList<record::Series> &series);

Q_SIGNALS:
    void keysChanged();
    void changed();

private:
    QStringList m_keys;
    QVariantList m_series;
    bool m_anyAbnormal = false;
    bool m_loading = false;
    bool m_loaded = false;
};

class TrendsViewModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    /** [{keys, name, count, latestText, latestDate}] sorted by name. */
    Q_PROPERTY(QVariantList trends READ trends NOTIFY changed)

public:
    explicit TrendsViewModel(QObject *parent = nullptr);

    bool loading() const { return m_loading; }
    bool loaded() const { return m_loaded; }
    QVariantList trends() const { return m_trends; }

    Q_INVOKABLE void load();
    void setTrends(const QList<record::TrendSummary> &trends);

Q_SIGNALS:
    void changed();

private:
    QVariantList m_trends;
    bool m_loading = false;
    bool m_loaded = false;
};

} // namespace carnet::qml
