// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Templates as T
import Carnet

// The category filter: one chip per category present in the record, in a row that scrolls
// sideways. A chip on shows its category; with none on, every category is shown. A chosen chip
// has a check mark, not only a colour.
ListView {
    id: chips

    required property TimelineModel timeline

    implicitHeight: 48
    model: timeline.presentCategories
    orientation: ListView.Horizontal
    spacing: 8
    clip: true
    // The page gives the row its left margin (under the content column); a spacer at the end.
    footer: Item {
        width: 8
        height: 1
    }
    boundsBehavior: Flickable.StopAtBounds
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Categories")
    QQC2.ScrollIndicator.horizontal: QQC2.ScrollIndicator {}

    delegate: T.AbstractButton {
        id: chip

        required property string modelData
        readonly property bool chosen: chips.timeline.categories.indexOf(chip.modelData) >= 0 // qmllint disable unqualified

        objectName: "categoryChip_" + modelData
        height: 48
        topInset: 6
        bottomInset: 6
        implicitWidth: chipRow.implicitWidth + 24
        checkable: true
        checked: chosen
        focusPolicy: Qt.StrongFocus
        text: Categories.label(modelData)
        Accessible.role: Accessible.CheckBox
        Accessible.name: text
        Accessible.checked: chosen
        onClicked: chips.timeline.toggleCategory(chip.modelData) // qmllint disable unqualified
        Keys.onReturnPressed: clicked()
        Keys.onEnterPressed: clicked()

        background: Rectangle {
            radius: 8
            color: chip.chosen ? Theme.primaryContainer : chip.hovered ? Theme.surfaceVariant : Theme.surface
            border.width: chip.visualFocus ? 2 : 1
            border.color: chip.visualFocus ? Theme.focusRing : chip.chosen ? Theme.primary : Theme.outline
        }
        contentItem: Item {}

        Row {
            id: chipRow

            anchors.centerIn: parent
            spacing: 4

            Icon {
                anchors.verticalCenter: parent.verticalCenter
                name: chip.chosen ? "check" : Categories.iconName(chip.modelData)
                size: 18
                color: chip.chosen ? Theme.textOnPrimaryContainer : Theme.textSecondary
            }
            Text {
                anchors.verticalCenter: parent.verticalCenter
                text: chip.text
                color: chip.chosen ? Theme.textOnPrimaryContainer : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                font.weight: Font.Medium
            }
        }
    }
}
