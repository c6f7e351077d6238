// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The Record destination: the timeline of every entry in the vault, newest first and grouped by
// day, with a search field, category chips and the actions around the record (sync, trends,
// connect a provider, add a measurement). The sync status (qml/sync/) fills `syncStatusSlot`.
// Everything shown comes from the vault on this device: no network is needed.
QQC2.Page {
    id: page

    readonly property alias timeline: timelineModel
    readonly property alias syncStatusSlot: slot

    signal syncRequested
    signal connectRequested
    signal addMeasurementRequested
    signal trendsRequested
    signal entryRequested(string recordId, int sequence)

    /** Reads the timeline again (after a sync or a new measurement). */
    function reload() {
        timelineModel.reload();
    }

    objectName: "recordPage"
    title: qsTr("Record")
    background: null
    Accessible.name: title

    Component.onCompleted: reload()

    TimelineModel {
        id: timelineModel
    }
    Connections {
        target: WalletSession

        function onUnlocked() {
            page.reload();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        Item {
            id: slot

            objectName: "syncStatusSlot"
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            implicitHeight: childrenRect.height
        }
        RowLayout {
            Layout.fillWidth: true
            Layout.maximumWidth: Theme.contentMaxWidth
            Layout.alignment: Qt.AlignHCenter
            Layout.leftMargin: Theme.spacing
            Layout.rightMargin: Theme.spacing
            spacing: 0
            visible: timelineModel.totalCount > 0 || !timelineModel.loaded

            QQC2.TextField {
                id: search

                objectName: "recordSearchField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                placeholderText: qsTr("Search title or provider")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                inputMethodHints: Qt.ImhNoPredictiveText
                selectByMouse: true
                Accessible.name: qsTr("Search the record")
                onTextChanged: timelineModel.searchText = text
            }
            IconButton {
                objectName: "syncButton"
                iconName: "sync"
                text: qsTr("Sync now")
                onClicked: page.syncRequested()
            }
            IconButton {
                objectName: "trendsButton"
                iconName: "show_chart"
                text: qsTr("Trends")
                onClicked: page.trendsRequested()
            }
            IconButton {
                id: moreButton

                objectName: "recordMoreButton"
                iconName: "more_vert"
                text: qsTr("More actions")
                onClicked: moreMenu.open()

                QQC2.Menu {
                    id: moreMenu

                    y: moreButton.height

                    QQC2.MenuItem {
                        objectName: "connectMenuItem"
                        text: qsTr("Connect a provider")
                        onTriggered: page.connectRequested()
                    }
                    QQC2.MenuItem {
                        objectName: "addMeasurementMenuItem"
                        text: qsTr("Add a measurement")
                        onTriggered: page.addMeasurementRequested()
                    }
                }
            }
        }
        CategoryChips {
            objectName: "categoryChips"
            Layout.fillWidth: true
            Layout.leftMargin: Math.max(Theme.spacing, (page.width - Theme.contentMaxWidth) / 2)
            visible: timelineModel.totalCount > 0
            timeline: timelineModel
        }
        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            TimelineView {
                id: list

                anchors.fill: parent
                model: timelineModel
                visible: count > 0
                onEntryActivated: (recordId, sequence) => page.entryRequested(recordId, sequence)
            }
            QQC2.BusyIndicator {
                anchors.centerIn: parent
                running: timelineModel.loading && !timelineModel.loaded
                visible: running
            }
            EmptyState {
                objectName: "recordPageEmptyState"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                visible: timelineModel.loaded && timelineModel.totalCount === 0
                iconName: "medical_information"
                title: qsTr("No entries yet")
                text: qsTr("Your health record will appear here: entries your providers publish, verified and decrypted on this device. Connect a provider, then sync.")

                SecondaryButton {
                    objectName: "emptyConnectButton"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Connect a provider")
                    iconName: "add_link"
                    onClicked: page.connectRequested()
                }
                SecondaryButton {
                    objectName: "emptySyncButton"
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Sync now")
                    iconName: "sync"
                    onClicked: page.syncRequested()
                }
            }
            EmptyState {
                objectName: "recordNoMatch"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                visible: timelineModel.totalCount > 0 && list.count === 0
                iconName: "search"
                title: qsTr("No matching entries")
                text: qsTr("No entry matches the search and the categories chosen. Clear them to see the whole record.")

                SecondaryButton {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("Clear filters")
                    iconName: "close"
                    onClicked: {
                        search.text = "";
                        timelineModel.categories = [];
                    }
                }
            }
        }
    }
}
