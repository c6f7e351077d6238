// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// One SMART Health Link in the patient's list: its label and kind, its state in words (never colour
// alone), until when, how often it was opened and when last. The whole row opens its detail page.
Rectangle {
    id: row

    required property var link

    signal openRequested

    implicitHeight: layout.implicitHeight + 24
    radius: 12
    color: area.containsMouse ? Theme.surfaceVariant : Theme.surface
    border.width: 1
    border.color: Theme.surfaceVariant
    Accessible.role: Accessible.Button
    Accessible.name: (link.label.length > 0 ? link.label : link.kindText) + ", " + link.statusText
    Accessible.onPressAction: row.openRequested()

    MouseArea {
        id: area

        anchors.fill: parent
        hoverEnabled: true
        cursorShape: Qt.PointingHandCursor
        onClicked: row.openRequested()
    }
    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 12
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Icon {
                name: row.link.kind === "emergency" ? "emergency" : row.link.kind === "summary" ? "summarize" : "link"
                size: 22
                color: Theme.primary
            }
            Text {
                Layout.fillWidth: true
                text: row.link.label.length > 0 ? row.link.label : row.link.kindText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            StatusBadge {
                objectName: "linkStatus"
                text: row.link.statusText
                iconName: row.link.status === "active" ? "check_circle"
                        : row.link.status === "revoked" ? "block"
                        : row.link.status === "expired" ? "schedule"
                        : row.link.status === "disabled" ? "lock" : "cloud_off"
                kind: row.link.status === "active" ? StatusBadge.Info : StatusBadge.Warning
            }
        }
        Text {
            Layout.fillWidth: true
            text: row.link.kindText + (row.link.passcode ? " · " + qsTr("Passcode") : "")
                  + (row.link.longTerm ? " · " + qsTr("Kept up to date") : "")
                  + (row.link.entryCount === 1 ? " · " + qsTr("1 entry")
                     : row.link.entryCount > 1 ? " · " + qsTr("%n entries", "", row.link.entryCount) : "")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Until %1").arg(row.link.expiryText) + " · "
                  + (row.link.status === "unreachable" ? qsTr("Openings unknown now")
                     : row.link.accesses === 0 ? qsTr("Not opened yet")
                     : row.link.accesses === 1 ? qsTr("Opened once, %1").arg(row.link.lastAccessText)
                     : qsTr("Opened %n times, last %1", "", row.link.accesses).arg(row.link.lastAccessText))
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
}
