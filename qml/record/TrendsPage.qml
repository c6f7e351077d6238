// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Carnet

// Every lab value and vital sign measured at least twice, with its latest value; each opens its chart.
QQC2.Page {
    id: page

    readonly property alias viewModel: viewModel

    signal backRequested
    signal trendRequested(var keys, string title)

    objectName: "trendsPage"
    title: qsTr("Trends")
    background: Rectangle {
        color: Theme.background
    }
    Accessible.name: title

    Component.onCompleted: viewModel.load()

    TrendsViewModel {
        id: viewModel
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    ListView {
        id: list

        objectName: "trendsList"
        anchors.fill: parent
        anchors.topMargin: 8
        clip: true
        spacing: 4
        model: viewModel.trends
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        delegate: Item {
            id: wrapper

            required property var modelData

            width: ListView.view.width
            height: row.implicitHeight

            ListRow {
                id: row

                objectName: "trendRow"
                anchors.horizontalCenter: parent.horizontalCenter
                width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
                iconName: "show_chart"
                text: wrapper.modelData.name
                //: A trend's latest value, its date, and how many values it has: "6.4 % on 23/11/2026 · 12 values"
                description: qsTr("%1 on %2 · %3 values").arg(wrapper.modelData.latestText)
                             .arg(wrapper.modelData.latestDate).arg(wrapper.modelData.count)
                onClicked: page.trendRequested(wrapper.modelData.keys, wrapper.modelData.name) // qmllint disable unqualified
            }
        }
    }
    EmptyState {
        anchors.centerIn: parent
        width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
        visible: viewModel.loaded && list.count === 0
        iconName: "show_chart"
        title: qsTr("No trends yet")
        text: qsTr("A trend appears once a lab value or a vital sign has been measured at least twice.")
    }
}
