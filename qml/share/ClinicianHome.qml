// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The Share tab in clinician mode: why a share was just dropped (revoked, expired), the ways to open
// a patient's share, and this wallet's clinician identity with its licence.
ColumnLayout {
    id: home

    required property ClinicianViewModel vm

    signal scanRequested

    spacing: Theme.spacing

    Rectangle {
        objectName: "droppedBanner"
        Layout.fillWidth: true
        visible: home.vm.droppedText.length > 0
        implicitHeight: droppedRow.implicitHeight + 24
        radius: Theme.radius
        color: Theme.warningContainer

        RowLayout {
            id: droppedRow

            anchors.fill: parent
            anchors.margins: 12
            spacing: 12

            Icon {
                Layout.alignment: Qt.AlignTop
                name: "event_busy"
                color: Theme.textOnWarningContainer
            }
            Text {
                objectName: "droppedText"
                Layout.fillWidth: true
                text: home.vm.droppedText
                color: Theme.textOnWarningContainer
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            IconButton {
                iconName: "close"
                text: qsTr("Dismiss")
                onClicked: home.vm.clearDropped()
            }
        }
    }
    OpenShareCard {
        Layout.fillWidth: true
        vm: home.vm
        onScanRequested: home.scanRequested()
    }
    ClinicianIdentityCard {
        Layout.fillWidth: true
        vm: home.vm
    }
}
