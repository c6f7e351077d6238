// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Templates as T
import Carnet

// One destination of the navigation bar or rail: an icon over a label, with a pill behind the icon
// when it is the current destination (Material 3). The label is always shown, so the current place is
// never told by colour alone; the accessible name is the label and the role a page tab.
T.AbstractButton {
    id: control

    property string iconName

    implicitWidth: Math.max(Theme.touchTarget + 16, label.implicitWidth + 8)
    implicitHeight: Math.max(Theme.touchTarget + 16, column.implicitHeight + 16)
    checkable: false
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.PageTab
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()
    Keys.onSpacePressed: clicked()

    contentItem: Item {}
    background: Rectangle {
        radius: 12
        color: "transparent"
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }

    Column {
        id: column

        anchors.centerIn: parent
        width: parent.width - 4
        spacing: 4

        Rectangle {
            anchors.horizontalCenter: parent.horizontalCenter
            width: 64
            height: 32
            radius: 16
            color: control.checked ? Theme.primaryContainer
                                   : control.down || control.hovered ? Theme.surfaceVariant : "transparent"

            Icon {
                anchors.centerIn: parent
                name: control.iconName
                color: control.checked ? Theme.textOnPrimaryContainer : Theme.textSecondary
            }
        }
        Text {
            id: label

            width: parent.width
            text: control.text
            color: control.checked ? Theme.text : Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            font.weight: control.checked ? Font.DemiBold : Font.Medium
            horizontalAlignment: Text.AlignHCenter
            elide: Text.ElideRight
            Accessible.ignored: true
        }
    }
}
