// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// One labelled field of an entry: the label above its value; an abnormal value says so in words.
ColumnLayout {
    id: row

    property string label
    property string value
    property bool abnormal

    spacing: 2
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value + (abnormal ? ", " + qsTr("outside the reference range") : "")

    Text {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.topMargin: 8
        text: row.label
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.bottomMargin: 8
        spacing: 6

        Icon {
            visible: row.abnormal
            Layout.alignment: Qt.AlignTop
            name: "priority_high"
            size: 20
            color: Theme.textOnWarningContainer
        }
        TextEdit {
            Layout.fillWidth: true
            text: row.value + (row.abnormal ? "  (" + qsTr("outside the reference range") + ")" : "")
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.Wrap
            color: Theme.text
            selectionColor: Theme.primaryContainer
            selectedTextColor: Theme.textOnPrimaryContainer
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: row.abnormal ? Font.DemiBold : Font.Normal
            Accessible.ignored: true
        }
    }
}
