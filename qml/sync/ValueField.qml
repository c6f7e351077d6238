// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Carnet

// A labelled text field with an optional unit after it; outlined in the error colour when `error`.
ColumnLayout {
    id: entry

    property string label
    property string unit
    property bool error: false
    property alias text: field.text
    property alias field: field

    signal accepted

    spacing: 4

    Text {
        Layout.fillWidth: true
        text: entry.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.weight: Font.Medium
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: 8

        QQC2.TextField {
            id: field

            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            selectByMouse: true
            onAccepted: entry.accepted()
            Accessible.name: entry.unit.length > 0 ? entry.label + " (" + entry.unit + ")" : entry.label
            Material.accent: entry.error ? Theme.error : Theme.primary
            Material.foreground: Theme.text
        }
        Text {
            visible: entry.unit.length > 0
            text: entry.unit
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            Accessible.ignored: true
        }
    }
}
