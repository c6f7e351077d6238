// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Carnet

// A row that opens something: an icon, a title, an optional line of explanation, and a chevron.
// At least 56 px high; the accessible name is the title, the description the explanation.
T.AbstractButton {
    id: control

    property string iconName
    property string description
    property bool showChevron: true

    implicitWidth: Math.max(200, row.implicitWidth + leftPadding + rightPadding)
    implicitHeight: Math.max(56, row.implicitHeight + topPadding + bottomPadding)
    horizontalPadding: 12
    verticalPadding: 10
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: text
    Accessible.description: description
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: 12
        color: control.down ? Theme.primaryContainer : control.hovered ? Theme.surfaceVariant : "transparent"
        opacity: control.enabled ? 1 : 0.45
        border.width: control.visualFocus ? 2 : 0
        border.color: Theme.focusRing
    }
    contentItem: Item {}

    RowLayout {
        id: row

        anchors.fill: parent
        anchors.leftMargin: control.leftPadding
        anchors.rightMargin: control.rightPadding
        spacing: 16
        opacity: control.enabled ? 1 : 0.6

        Icon {
            name: control.iconName
            visible: control.iconName.length > 0
            color: Theme.textSecondary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                text: control.text
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                visible: text.length > 0
                text: control.description
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }
        Icon {
            name: "chevron_right"
            visible: control.showChevron
            color: Theme.textSecondary
        }
    }
}
