// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The sync at a glance, at the top of the timeline: state, when the record was last verified
// against the network, and "Sync now". Tapping it opens the "Sync and nodes" page.
Rectangle {
    id: card

    signal detailsRequested

    readonly property int syncState: SyncViewModel.state

    objectName: "syncStatusCard"
    implicitHeight: layout.implicitHeight + 24
    radius: Theme.radius
    color: syncState === SyncViewModel.Failed ? Theme.warningContainer : Theme.surface
    border.width: 1
    border.color: Theme.surfaceVariant
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Sync: %1. %2").arg(SyncViewModel.statusText).arg(SyncViewModel.lastVerifiedText)

    TapHandler {
        onTapped: card.detailsRequested()
    }

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 12
        spacing: 12

        Item {
            Layout.alignment: Qt.AlignVCenter
            implicitWidth: 28
            implicitHeight: 28

            QQC2.BusyIndicator {
                anchors.fill: parent
                running: card.syncState === SyncViewModel.Syncing
                visible: running
                padding: 0
            }
            Icon {
                anchors.centerIn: parent
                visible: card.syncState !== SyncViewModel.Syncing
                name: card.syncState === SyncViewModel.Done ? "verified"
                    : card.syncState === SyncViewModel.Failed ? "report_problem"
                    : card.syncState === SyncViewModel.Offline ? "info" : "sync"
                color: card.syncState === SyncViewModel.Failed ? Theme.textOnWarningContainer : Theme.primary
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                objectName: "syncStatusText"
                Layout.fillWidth: true
                text: SyncViewModel.statusText
                color: card.syncState === SyncViewModel.Failed ? Theme.textOnWarningContainer : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Text {
                objectName: "syncVerifiedText"
                Layout.fillWidth: true
                text: SyncViewModel.detailText.length > 0 ? SyncViewModel.detailText : SyncViewModel.lastVerifiedText
                color: card.syncState === SyncViewModel.Failed ? Theme.textOnWarningContainer : Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }
        IconButton {
            objectName: "syncNowButton"
            Layout.alignment: Qt.AlignVCenter
            iconName: "sync"
            text: qsTr("Sync now")
            enabled: card.syncState !== SyncViewModel.Syncing
            onClicked: SyncViewModel.syncNow()
        }
    }
}
