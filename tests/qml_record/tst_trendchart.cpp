// SPDX-License-Identifier: GPL-3.0-or-later
// TrendChart: values and times map into the plot area the right way round, the reference range is
// painted as a band, points are painted in their series' colour and abnormal ones in the abnormal
// colour, and a tap near a point selects it (far from every point selects nothing).
#include "qml/record/trendchart.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using carnet::qml::TrendChart;

namespace {
constexpr qint64 kDay = 24LL * 3600 * 1000;
const qint64 kT0 = QDateTime(QDate(2024, 1, 10), QTime(9, 0), Qt::UTC).toMSecsSinceEpoch();

QVariantMap point(qint64 t, double v, bool abnormal = false)
{
    return {{QStringLiteral("t"), t}, {QStringLiteral("v"), v}, {QStringLiteral("abnormal"), abnormal},
            {QStringLiteral("text"), QString::number(v)}, {QStringLiteral("date"), QString()}};
}

QVariantList hba1c()
{
    QVariantMap s{{QStringLiteral("name"), QStringLiteral("HbA1c")},
                  {QStringLiteral("unit"), QStringLiteral("%")},
                  {QStringLiteral("refLow"), 4.0},
                  {QStringLiteral("refHigh"), 6.0},
                  {QStringLiteral("points"), QVariantList{point(kT0, 5.4), point(kT0 + 180 * kDay, 6.4, true),
                                                          point(kT0 + 360 * kDay, 5.9)}}};
    return {s};
}

bool near(QRgb a, const QColor &b, int tolerance = 12)
{
    return std::abs(qRed(a) - b.red()) <= tolerance && std::abs(qGreen(a) - b.green()) <= tolerance
        && std::abs(qBlue(a) - b.blue()) <= tolerance;
}
} // namespace

class TestTrendChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mapsTimeAndValue()
    {
        TrendChart chart;
        chart.setSize(QSizeF(390, 300));
        chart.setSeries(hba1c());
        const QRectF area = chart.plotArea();
        const QPointF first = chart.mapPoint(kT0, 5.4);
        const QPointF high = chart.mapPoint(kT0 + 180 * kDay, 6.4);
        const QPointF last = chart.mapPoint(kT0 + 360 * kDay, 5.9);
        QVERIFY(area.contains(first) && area.contains(high) && area.contains(last));
        QVERIFY(first.x() < high.x() && high.x() < last.x());
        QVERIFY(high.y() < last.y() && last.y() < first.y()); // higher values are drawn higher
        // Equal time steps are equal distances.
        QVERIFY(std::abs((high.x() - first.x()) - (last.x() - high.x())) < 0.01);
        // The value axis covers the points and the band.
        const auto [lo, hi] = chart.valueRange();
        QVERIFY(lo < 4.0 && hi > 6.4);
        // The band spans the reference range.
        const QRectF band = chart.bandRect(0);
        QVERIFY(std::abs(band.top() - chart.mapPoint(kT0, 6.0).y()) < 0.01);
        QVERIFY(std::abs(band.bottom() - chart.mapPoint(kT0, 4.0).y()) < 0.01);
        QCOMPARE(band.left(), area.left());
        QCOMPARE(band.width(), area.width());
    }

    void paintsBandPointsAndAbnormalMarker()
    {
        TrendChart chart;
        chart.setSize(QSizeF(390, 300));
        chart.setProperty("bandColor", QColor(QStringLiteral("#C8EDE6")));
        chart.setProperty("lineColor", QColor(QStringLiteral("#00685E")));
        chart.setProperty("abnormalColor", QColor(QStringLiteral("#BA1A1A")));
        chart.setSeries(hba1c());
        QImage image(390, 300, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.paint(&painter);
        painter.end();
        // Inside the band, away from lines and points: the band's colour (80 % over white).
        const QRectF band = chart.bandRect(0);
        const QPoint inBand(static_cast<int>(band.left() + 5), static_cast<int>(band.center().y()) + 3);
        QColor expected = QColor(QStringLiteral("#C8EDE6"));
        expected.setRed(qRound(0.8 * expected.red() + 0.2 * 255));
        expected.setGreen(qRound(0.8 * expected.green() + 0.2 * 255));
        expected.setBlue(qRound(0.8 * expected.blue() + 0.2 * 255));
        QVERIFY2(near(image.pixel(inBand), expected), qPrintable(QColor(image.pixel(inBand)).name()));
        // Above the band: no band colour.
        const QPoint aboveBand(static_cast<int>(band.left() + 5), static_cast<int>(chart.plotArea().top() + 2));
        QVERIFY(near(image.pixel(aboveBand), Qt::white, 40));
        // A normal point in the line colour, the abnormal one in the abnormal colour.
        const QPointF normal = chart.mapPoint(kT0, 5.4);
        QVERIFY(near(image.pixel(normal.toPoint()), QColor(QStringLiteral("#00685E")), 30));
        const QPointF abnormal = chart.mapPoint(kT0 + 180 * kDay, 6.4);
        QVERIFY(near(image.pixel(abnormal.toPoint()), QColor(QStringLiteral("#BA1A1A")), 30));
    }

    void tapSelectsTheNearestPoint()
    {
        TrendChart chart;
        chart.setSize(QSizeF(1280, 400));
        chart.setSeries(hba1c());
        const QPointF p = chart.mapPoint(kT0 + 180 * kDay, 6.4);
        QVERIFY(chart.selectAt(p.x() + 6, p.y() - 5));
        QCOMPARE(chart.selectedSeries(), 0);
        QCOMPARE(chart.selectedIndex(), 1);
        QVERIFY(!chart.selectAt(chart.plotArea().left() + 1, chart.plotArea().top() + 1));
        QCOMPARE(chart.selectedIndex(), -1);
    }

    void twoSeriesShareTheAxes()
    {
        TrendChart chart;
        chart.setSize(QSizeF(390, 300));
        QVariantMap sys{{QStringLiteral("points"), QVariantList{point(kT0, 128), point(kT0 + 30 * kDay, 142, true)}},
                        {QStringLiteral("refHigh"), 130.0}};
        QVariantMap dia{{QStringLiteral("points"), QVariantList{point(kT0, 82), point(kT0 + 30 * kDay, 88)}},
                        {QStringLiteral("refHigh"), 85.0}};
        chart.setSeries({sys, dia});
        QCOMPARE(chart.lines().size(), 2);
        QVERIFY(chart.mapPoint(kT0, 128).y() < chart.mapPoint(kT0, 82).y());
        QVERIFY(chart.bandRect(1).top() > chart.bandRect(0).top());
        QCOMPARE(chart.bandRect(0).bottom(), chart.plotArea().bottom()); // no low bound: to the axis
        QVERIFY(chart.selectAt(chart.mapPoint(kT0, 82).x(), chart.mapPoint(kT0, 82).y()));
        QCOMPARE(chart.selectedSeries(), 1);
    }
};

QTEST_MAIN(TestTrendChart)
#include "tst_trendchart.moc"
