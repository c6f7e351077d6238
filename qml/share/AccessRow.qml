// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// One read of the record under a share: who (their registry name), when, which share and what it
// covers. Never the values read.
RowLayout {
    id: row

    required property var access

    spacing: 12
    Accessible.role: Accessible.ListItem
    Accessible.name: qsTr("%1 read on %2").arg(whoText.text).arg(access.whenText)

    ScopeText {
        id: scopeText
    }
    Rectangle {
        Layout.alignment: Qt.AlignTop
        implicitWidth: 40
        implicitHeight: 40
        radius: 20
        color: Theme.primaryContainer

        Icon {
            anchors.centerIn: parent
            name: "visibility"
            size: 22
            color: Theme.textOnPrimaryContainer
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        spacing: 2

        Text {
            id: whoText

            Layout.fillWidth: true
            text: row.access.who.length > 0 ? row.access.who : qsTr("A clinician not in the registry (%1)").arg(row.access.address)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.Medium
            wrapMode: Text.WrapAnywhere
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("%1 · share %2").arg(row.access.whenText).arg(row.access.grantIndex + 1)
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: scopeText.describe(row.access.categories ?? [], row.access.fromText ?? "", row.access.toText ?? "",
                                     row.access.singleEntries ?? 0)
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
}
