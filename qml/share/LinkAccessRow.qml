// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// One line of a link's access log: the name the reader typed (the host cannot check it), what they
// fetched, when, and from which address.
RowLayout {
    id: row

    required property var access

    spacing: 12
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 %2 on %3").arg(whoText.text).arg(access.whatText).arg(access.whenText)

    Rectangle {
        Layout.alignment: Qt.AlignTop
        implicitWidth: 40
        implicitHeight: 40
        radius: 20
        color: row.access.what === "wrongPasscode" ? Theme.warningContainer : Theme.primaryContainer

        Icon {
            anchors.centerIn: parent
            name: row.access.what === "wrongPasscode" ? "password" : "visibility"
            size: 22
            color: row.access.what === "wrongPasscode" ? Theme.textOnWarningContainer : Theme.textOnPrimaryContainer
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2

        Text {
            id: whoText

            Layout.fillWidth: true
            text: row.access.recipient.length > 0 ? row.access.recipient : qsTr("Someone who gave no name")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.Medium
            wrapMode: Text.WrapAnywhere
            textFormat: Text.PlainText
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 · %2").arg(row.access.whatText).arg(row.access.whenText)
                  + (row.access.address.length > 0 ? " · " + qsTr("from %1").arg(row.access.address) : "")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
    }
}
