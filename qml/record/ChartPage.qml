// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// One trend over time: the chart (reference range as a band, abnormal points as diamonds, blood
// pressure's two values in one chart), its legend, and the exact value of the point tapped.
QQC2.Page {
    id: page

    property alias keys: viewModel.keys
    property string trendTitle
    readonly property alias viewModel: viewModel
    readonly property alias chart: chart
    readonly property var firstSeries: viewModel.series.length > 0 ? viewModel.series[0] : ({})
    readonly property var selected: chart.selectedSeries >= 0
                                    ? viewModel.series[chart.selectedSeries].points[chart.selectedIndex] : null

    signal backRequested

    objectName: "chartPage"
    title: trendTitle.length > 0 ? trendTitle : (firstSeries.name ?? "")
    background: Rectangle {
        color: Theme.background
    }
    Accessible.name: title

    Component.onCompleted: viewModel.load()

    TrendViewModel {
        id: viewModel
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        interactive: contentHeight > height
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: column

            x: (scroll.width - width) / 2
            y: Theme.spacing / 2
            width: Math.min(scroll.width - 2 * Theme.spacing, 960)
            spacing: 12

            // Legend: each series by its line and point shape, the band, the abnormal marker.
            Flow {
                Layout.fillWidth: true
                spacing: 16

                Repeater {
                    model: viewModel.series

                    delegate: LegendItem {
                        required property var modelData
                        required property int index

                        shape: index === 0 ? "circle" : "square"
                        dashed: index > 0
                        color: index === 0 ? Theme.primary : Theme.focusRing
                        text: modelData.unit.length > 0 ? modelData.name + " (" + modelData.unit + ")" : modelData.name
                    }
                }
                LegendItem {
                    visible: (page.firstSeries.refText ?? "").length > 0
                    shape: "band"
                    color: Theme.primaryContainer
                    text: viewModel.series.length > 1
                          ? qsTr("Reference ranges")
                          : qsTr("Reference range %1").arg(page.firstSeries.refText ?? "")
                }
                LegendItem {
                    visible: viewModel.anyAbnormal
                    shape: "diamond"
                    color: Theme.error
                    text: qsTr("Outside the range")
                }
            }
            TrendChart {
                id: chart

                objectName: "trendChart"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(240, Math.min(page.height * 0.55, 460))
                series: viewModel.series
                lineColor: Theme.primary
                secondLineColor: Theme.focusRing
                bandColor: Theme.primaryContainer
                gridColor: Theme.surfaceVariant
                textColor: Theme.textSecondary
                abnormalColor: Theme.error
                surfaceColor: Theme.background
                fontFamily: Theme.fontFamily
                Accessible.role: Accessible.Chart
                Accessible.name: qsTr("Chart of %1, %2 values").arg(page.title).arg(viewModel.pointCount)

                TapHandler {
                    onTapped: eventPoint => chart.selectAt(eventPoint.position.x, eventPoint.position.y)
                }
            }
            Rectangle {
                objectName: "pointCard"
                Layout.fillWidth: true
                implicitHeight: pointColumn.implicitHeight + 24
                radius: 12
                color: Theme.surface
                border.width: 1
                border.color: Theme.surfaceVariant

                ColumnLayout {
                    id: pointColumn

                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 4

                    Text {
                        objectName: "pointText"
                        Layout.fillWidth: true
                        text: page.selected
                              ? viewModel.series[chart.selectedSeries].name + ": "
                                + viewModel.pointText(chart.selectedSeries, chart.selectedIndex)
                              : qsTr("Tap a point to see its value and date.")
                        color: page.selected ? Theme.text : Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        font.weight: page.selected ? Font.DemiBold : Font.Normal
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: text
                    }
                    StatusBadge {
                        visible: page.selected?.abnormal ?? false
                        kind: StatusBadge.Warning
                        iconName: "priority_high"
                        text: qsTr("Outside the reference range")
                    }
                }
            }
            Text {
                Layout.fillWidth: true
                visible: viewModel.loaded && viewModel.pointCount === 0
                text: qsTr("No values to chart.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
