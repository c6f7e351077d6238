// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Carnet

// The main action of a page: a filled pill, at least 48 px high, icon and text side by side.
T.Button {
    id: control

    property string iconName
    property color fillColor: Theme.primary
    property color pressedColor: Theme.primaryPressed
    property color labelColor: Theme.textOnPrimary

    implicitWidth: Math.max(implicitBackgroundWidth, implicitContentWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(implicitBackgroundHeight, implicitContentHeight + topPadding + bottomPadding)
    horizontalPadding: 24
    verticalPadding: 12
    focusPolicy: Qt.StrongFocus
    font.weight: Font.DemiBold
    font.capitalization: Font.MixedCase // sentence case, as Material 3 (Qt 6.4's Material uppercases)
    Accessible.name: text
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    // No ids inside: contentItem is a deferred property (qmllint "deferred-property-id").
    contentItem: Item {
        implicitWidth: children[0].implicitWidth
        implicitHeight: children[0].implicitHeight

        RowLayout {
            anchors.centerIn: parent
            width: Math.min(implicitWidth, parent.width)
            spacing: 8

            Icon {
                name: control.iconName
                visible: control.iconName.length > 0
                color: control.labelColor
            }
            Text {
                Layout.fillWidth: true
                text: control.text
                font: control.font
                color: control.labelColor
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
                horizontalAlignment: Text.AlignHCenter
                Accessible.ignored: true
            }
        }
    }
    background: Rectangle {
        implicitWidth: 120
        implicitHeight: Theme.touchTarget + 4
        radius: Math.min(height / 2, 26)
        color: control.down ? control.pressedColor : control.fillColor
        opacity: control.enabled ? 1 : 0.45
        border.width: control.visualFocus ? 3 : 0
        border.color: Theme.focusRing
    }
}
