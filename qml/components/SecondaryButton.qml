// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Carnet

// The other choices of a page: an outlined pill with the same size and shape as PrimaryButton.
PrimaryButton {
    id: control

    fillColor: "transparent"
    pressedColor: Theme.primaryContainer
    labelColor: Theme.primary
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Theme.touchTarget + 4
        radius: Math.min(height / 2, 26)
        color: control.down ? control.pressedColor : control.fillColor
        opacity: control.enabled ? 1 : 0.45
        border.width: control.visualFocus ? 3 : 1
        border.color: control.visualFocus ? Theme.focusRing : Theme.outline
    }
}
