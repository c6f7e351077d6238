// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Carnet

// A 48 x 48 icon-only button. `text` is required: it is the accessible name and the tooltip.
QQC2.ToolButton {
    id: control

    property string iconName

    implicitWidth: Theme.touchTarget
    implicitHeight: Theme.touchTarget
    display: QQC2.AbstractButton.IconOnly
    focusPolicy: Qt.StrongFocus
    contentItem: Icon {
        name: control.iconName
        color: Theme.text
    }
    QQC2.ToolTip.visible: (hovered || visualFocus) && text.length > 0
    QQC2.ToolTip.text: text
    QQC2.ToolTip.delay: 600
    Accessible.name: text
    Accessible.role: Accessible.Button
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    Rectangle {
        anchors.fill: parent
        radius: width / 2
        color: "transparent"
        border.width: 2
        border.color: Theme.focusRing
        visible: control.visualFocus
    }
}
