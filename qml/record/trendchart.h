// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A line chart of one or two series over time, painted with QPainter (no Qt Charts: it needs
// QApplication). The reference range is a band, abnormal points are diamonds (not only a colour),
// the second series is dashed with square points, and the axes are dates and the locale's numbers.
// `series` is the view model's list: [{name, unit, refLow?, refHigh?, points: [{t (ms since epoch),
// v, text, date, abnormal}]}]. Tapping near a point selects it (selectAt).
#include <QColor>
#include <QDateTime>
#include <QList>
#include <QQuickPaintedItem>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace carnet::qml {

class TrendChart : public QQuickPaintedItem
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QVariantList series READ series WRITE setSeries NOTIFY seriesChanged)
    Q_PROPERTY(QColor lineColor MEMBER m_lineColor NOTIFY styleChanged)
    Q_PROPERTY(QColor secondLineColor MEMBER m_secondLineColor NOTIFY styleChanged)
    Q_PROPERTY(QColor bandColor MEMBER m_bandColor NOTIFY styleChanged)
    Q_PROPERTY(QColor gridColor MEMBER m_gridColor NOTIFY styleChanged)
    Q_PROPERTY(QColor textColor MEMBER m_textColor NOTIFY styleChanged)
    Q_PROPERTY(QColor abnormalColor MEMBER m_abnormalColor NOTIFY styleChanged)
    Q_PROPERTY(QColor surfaceColor MEMBER m_surfaceColor NOTIFY styleChanged)
    Q_PROPERTY(QString fontFamily MEMBER m_fontFamily NOTIFY styleChanged)
    Q_PROPERTY(int selectedSeries READ selectedSeries NOTIFY selectionChanged)
    Q_PROPERTY(int selectedIndex READ selectedIndex NOTIFY selectionChanged)

public:
    struct Point
    {
        qint64 t = 0;
        double v = 0;
        bool abnormal = false;
    };
    struct Line
    {
        QList<Point> points;
        std::optional<double> refLow;
        std::optional<double> refHigh;
    };

    explicit TrendChart(QQuickItem *parent = nullptr);

    QVariantList series() const { return m_series; }
    void setSeries(const QVariantList &series);
    int selectedSeries() const { return m_selSeries; }
    int selectedIndex() const { return m_selIndex; }

    /** Selects the point nearest to (x, y) within a finger's reach; false (and no selection) if none. */
    Q_INVOKABLE bool selectAt(qreal x, qreal y);
    /** Selects a point by its indexes (keyboard); out of range clears the selection. */
    Q_INVOKABLE void select(int series, int index);

    /** The plotting rectangle inside the axes. */
    QRectF plotArea() const;
    /** Where a value at a time is drawn. */
    QPointF mapPoint(qint64 t, double v) const;
    /** The reference band of a series in item coordinates (empty when it has no range). */
    QRectF bandRect(int series) const;
    /** The value range shown on the y axis (padded, including the bands). */
    std::pair<double, double> valueRange() const { return {m_vMin, m_vMax}; }
    const QList<Line> &lines() const { return m_lines; }

    void paint(QPainter *painter) override;

Q_SIGNALS:
    void seriesChanged();
    void styleChanged();
    void selectionChanged();

private:
    void computeRanges();
    QList<double> valueTicks() const;
    QList<QDateTime> timeTicks(QString *format) const;

    QVariantList m_series;
    QList<Line> m_lines;
    qint64 m_tMin = 0;
    qint64 m_tMax = 1;
    double m_vMin = 0;
    double m_vMax = 1;
    int m_selSeries = -1;
    int m_selIndex = -1;
    QColor m_lineColor{QStringLiteral("#00685E")};
    QColor m_secondLineColor{QStringLiteral("#8A4B00")};
    QColor m_bandColor{QStringLiteral("#C8EDE6")};
    QColor m_gridColor{QStringLiteral("#E3ECE9")};
    QColor m_textColor{QStringLiteral("#42504D")};
    QColor m_abnormalColor{QStringLiteral("#BA1A1A")};
    QColor m_surfaceColor{QStringLiteral("#FFFFFF")};
    QString m_fontFamily;
};

} // namespace carnet::qml
