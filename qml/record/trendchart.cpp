// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/record/trendchart.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace carnet::qml {

namespace {
constexpr qreal kLeft = 56;
constexpr qreal kRight = 16;
constexpr qreal kTop = 12;
constexpr qreal kBottom = 32;
constexpr qreal kReach = 32; // px: how far a tap may be from a point
constexpr qint64 kDayMs = 24LL * 3600 * 1000;

double niceStep(double span, int ticks)
{
    const double raw = span / std::max(1, ticks);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (raw <= m * magnitude)
            return m * magnitude;
    }
    return 10 * magnitude;
}
} // namespace

TrendChart::TrendChart(QQuickItem *parent) : QQuickPaintedItem(parent)
{
    setAntialiasing(true);
    setAcceptedMouseButtons(Qt::NoButton);
    connect(this, &TrendChart::styleChanged, this, [this] { update(); });
    connect(this, &TrendChart::widthChanged, this, [this] { update(); });
    connect(this, &TrendChart::heightChanged, this, [this] { update(); });
}

void TrendChart::setSeries(const QVariantList &series)
{
    m_series = series;
    m_lines.clear();
    for (const auto &s : series) {
        const QVariantMap map = s.toMap();
        Line line;
        for (const auto &p : map.value(QStringLiteral("points")).toList()) {
            const QVariantMap pm = p.toMap();
            line.points.append({pm.value(QStringLiteral("t")).toLongLong(), pm.value(QStringLiteral("v")).toDouble(),
                                pm.value(QStringLiteral("abnormal")).toBool()});
        }
        if (map.contains(QStringLiteral("refLow")))
            line.refLow = map.value(QStringLiteral("refLow")).toDouble();
        if (map.contains(QStringLiteral("refHigh")))
            line.refHigh = map.value(QStringLiteral("refHigh")).toDouble();
        m_lines.append(line);
    }
    m_selSeries = m_selIndex = -1;
    computeRanges();
    Q_EMIT seriesChanged();
    Q_EMIT selectionChanged();
    update();
}

void TrendChart::computeRanges()
{
    bool any = false;
    double lo = 0, hi = 0;
    qint64 tLo = 0, tHi = 0;
    auto include = [&](double v) {
        lo = any ? std::min(lo, v) : v;
        hi = any ? std::max(hi, v) : v;
        any = true;
    };
    bool anyT = false;
    for (const auto &line : std::as_const(m_lines)) {
        for (const auto &p : line.points) {
            include(p.v);
            tLo = anyT ? std::min(tLo, p.t) : p.t;
            tHi = anyT ? std::max(tHi, p.t) : p.t;
            anyT = true;
        }
    }
    for (const auto &line : std::as_const(m_lines)) {
        if (line.refLow && any)
            include(*line.refLow);
        if (line.refHigh && any)
            include(*line.refHigh);
    }
    if (!any) {
        lo = 0;
        hi = 1;
    }
    if (hi - lo < 1e-9) {
        const double pad = std::max(std::abs(hi) * 0.1, 1.0);
        lo -= pad;
        hi += pad;
    }
    const double pad = (hi - lo) * 0.08;
    m_vMin = lo - pad;
    m_vMax = hi + pad;
    if (!anyT || tHi - tLo < kDayMs) {
        tLo -= 15 * kDayMs;
        tHi += 15 * kDayMs;
    }
    const qint64 tPad = (tHi - tLo) / 30;
    m_tMin = tLo - tPad;
    m_tMax = tHi + tPad;
}

QRectF TrendChart::plotArea() const
{
    return QRectF(kLeft, kTop, std::max(1.0, width() - kLeft - kRight), std::max(1.0, height() - kTop - kBottom));
}

QPointF TrendChart::mapPoint(qint64 t, double v) const
{
    const QRectF area = plotArea();
    const double fx = static_cast<double>(t - m_tMin) / static_cast<double>(std::max<qint64>(1, m_tMax - m_tMin));
    const double fy = (v - m_vMin) / (m_vMax - m_vMin);
    return {area.left() + fx * area.width(), area.bottom() - fy * area.height()};
}

QRectF TrendChart::bandRect(int series) const
{
    if (series < 0 || series >= m_lines.size())
        return {};
    const Line &line = m_lines.at(series);
    if (!line.refLow && !line.refHigh)
        return {};
    const QRectF area = plotArea();
    const qreal top = line.refHigh ? mapPoint(m_tMin, *line.refHigh).y() : area.top();
    const qreal bottom = line.refLow ? mapPoint(m_tMin, *line.refLow).y() : area.bottom();
    return QRectF(area.left(), std::max(area.top(), top), area.width(), std::min(area.bottom(), bottom) - std::max(area.top(), top));
}

QList<double> TrendChart::valueTicks() const
{
    const int wanted = height() < 260 ? 3 : 5;
    const double step = niceStep(m_vMax - m_vMin, wanted);
    QList<double> ticks;
    for (double v = std::ceil(m_vMin / step) * step; v <= m_vMax + 1e-9; v += step)
        ticks.append(std::abs(v) < step * 1e-6 ? 0.0 : v);
    return ticks;
}

QList<QDateTime> TrendChart::timeTicks(QString *format) const
{
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_tMin, Qt::UTC);
    const QDateTime to = QDateTime::fromMSecsSinceEpoch(m_tMax, Qt::UTC);
    const double days = static_cast<double>(m_tMax - m_tMin) / static_cast<double>(kDayMs);
    const int maxLabels = std::max(2, static_cast<int>(plotArea().width() / 56));
    QList<QDateTime> ticks;
    if (days > 540) {
        *format = QStringLiteral("yyyy");
        const int years = static_cast<int>(days / 365) + 1;
        const int every = std::max(1, (years + maxLabels - 1) / maxLabels);
        for (int y = from.date().year() + 1; y <= to.date().year(); y += every)
            ticks.append(QDateTime(QDate(y, 1, 1), QTime(0, 0), Qt::UTC));
    } else {
        *format = QStringLiteral("MMM yy");
        const int months = static_cast<int>(days / 30) + 1;
        const int every = std::max(1, (months + maxLabels - 1) / maxLabels);
        QDate day(from.date().year(), from.date().month(), 1);
        for (day = day.addMonths(1); QDateTime(day, QTime(0, 0), Qt::UTC) <= to; day = day.addMonths(every))
            ticks.append(QDateTime(day, QTime(0, 0), Qt::UTC));
    }
    return ticks;
}

void TrendChart::paint(QPainter *painter)
{
    const QRectF area = plotArea();
    const QLocale locale;
    QFont font(m_fontFamily);
    font.setPixelSize(13);
    painter->setFont(font);
    const QFontMetricsF metrics(font);

    // Reference bands, then the grid and the axes' labels.
    for (int i = 0; i < m_lines.size(); ++i) {
        const QRectF band = bandRect(i);
        if (band.isEmpty())
            continue;
        QColor fill = m_bandColor;
        fill.setAlphaF(m_lines.size() > 1 ? 0.55f : 0.8f);
        painter->fillRect(band, fill);
        painter->setPen(QPen(m_lineColor, 1, Qt::DotLine));
        painter->drawLine(band.topLeft(), band.topRight());
        painter->drawLine(band.bottomLeft(), band.bottomRight());
    }
    const auto vticks = valueTicks();
    const double step = vticks.size() > 1 ? vticks.at(1) - vticks.at(0) : 1;
    const int decimals = step >= 1 ? 0 : static_cast<int>(std::ceil(-std::log10(step)));
    for (double v : vticks) {
        const qreal y = mapPoint(m_tMin, v).y();
        painter->setPen(QPen(m_gridColor, 1));
        painter->drawLine(QPointF(area.left(), y), QPointF(area.right(), y));
        painter->setPen(m_textColor);
        painter->drawText(QRectF(0, y - 10, kLeft - 8, 20), Qt::AlignRight | Qt::AlignVCenter,
                          locale.toString(v, 'f', decimals));
    }
    QString format;
    for (const auto &tick : timeTicks(&format)) {
        const qreal x = mapPoint(tick.toMSecsSinceEpoch(), m_vMin).x();
        painter->setPen(QPen(m_gridColor, 1));
        painter->drawLine(QPointF(x, area.top()), QPointF(x, area.bottom()));
        painter->setPen(m_textColor);
        const QString label = locale.toString(tick.date(), format);
        const qreal w = metrics.horizontalAdvance(label);
        painter->drawText(QRectF(x - w / 2 - 2, area.bottom() + 6, w + 4, 20), Qt::AlignCenter, label);
    }
    painter->setPen(QPen(m_textColor, 1));
    painter->drawLine(area.bottomLeft(), area.bottomRight());

    // Lines and points: the second series dashed with squares; abnormal points are diamonds.
    for (int i = 0; i < m_lines.size(); ++i) {
        const Line &line = m_lines.at(i);
        const QColor color = i == 0 ? m_lineColor : m_secondLineColor;
        QPainterPath path;
        for (int j = 0; j < line.points.size(); ++j) {
            const QPointF p = mapPoint(line.points.at(j).t, line.points.at(j).v);
            if (j == 0)
                path.moveTo(p);
            else
                path.lineTo(p);
        }
        painter->setBrush(Qt::NoBrush);
        painter->setPen(QPen(color, 2.5, i == 0 ? Qt::SolidLine : Qt::DashLine, Qt::RoundCap, Qt::RoundJoin));
        painter->drawPath(path);
        for (int j = 0; j < line.points.size(); ++j) {
            const Point &pt = line.points.at(j);
            const QPointF p = mapPoint(pt.t, pt.v);
            const bool selected = i == m_selSeries && j == m_selIndex;
            if (selected) {
                painter->setPen(QPen(m_textColor, 1, Qt::DashLine));
                painter->drawLine(QPointF(p.x(), area.top()), QPointF(p.x(), area.bottom()));
                painter->setPen(QPen(m_textColor, 2.5));
                painter->setBrush(Qt::NoBrush);
                painter->drawEllipse(p, 11, 11);
            }
            if (pt.abnormal) {
                const qreal r = 7;
                QPolygonF diamond({QPointF(p.x(), p.y() - r), QPointF(p.x() + r, p.y()), QPointF(p.x(), p.y() + r),
                                   QPointF(p.x() - r, p.y())});
                painter->setPen(QPen(m_surfaceColor, 1.5));
                painter->setBrush(m_abnormalColor);
                painter->drawPolygon(diamond);
            } else {
                painter->setPen(QPen(m_surfaceColor, 1.5));
                painter->setBrush(color);
                if (i == 0)
                    painter->drawEllipse(p, 4.5, 4.5);
                else
                    painter->drawRect(QRectF(p.x() - 4.5, p.y() - 4.5, 9, 9));
            }
        }
    }
}

bool TrendChart::selectAt(qreal x, qreal y)
{
    int bestSeries = -1, bestIndex = -1;
    qreal best = kReach * kReach;
    for (int i = 0; i < m_lines.size(); ++i) {
        for (int j = 0; j < m_lines.at(i).points.size(); ++j) {
            const QPointF p = mapPoint(m_lines.at(i).points.at(j).t, m_lines.at(i).points.at(j).v);
            const qreal dist = (p.x() - x) * (p.x() - x) + (p.y() - y) * (p.y() - y);
            if (dist < best) {
                best = dist;
                bestSeries = i;
                bestIndex = j;
            }
        }
    }
    select(bestSeries, bestIndex);
    return bestSeries >= 0;
}

void TrendChart::select(int series, int index)
{
    if (series < 0 || series >= m_lines.size() || index < 0 || index >= m_lines.at(series).points.size())
        series = index = -1;
    if (series == m_selSeries && index == m_selIndex)
        return;
    m_selSeries = series;
    m_selIndex = index;
    Q_EMIT selectionChanged();
    update();
}

} // namespace carnet::qml
