// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// A code or a command shown as selectable monospace text on a tinted block.
Rectangle {
    id: block

    property string text
    property string accessibleName

    Layout.fillWidth: true
    implicitHeight: edit.implicitHeight + 24
    radius: 12
    color: Theme.surfaceVariant

    TextEdit {
        id: edit

        anchors.fill: parent
        anchors.margins: 12
        text: block.text
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        color: Theme.text
        selectionColor: Theme.primaryContainer
        selectedTextColor: Theme.textOnPrimaryContainer
        font.family: "monospace"
        font.pixelSize: Theme.captionSize
        Accessible.role: Accessible.StaticText
        Accessible.name: block.accessibleName
    }
}
