// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// A titled group of rows on a rounded surface (a settings section, later a record category).
// Items declared inside a SectionCard stack under the title.
Rectangle {
    id: card

    property string title
    default property alias rows: rowColumn.data

    implicitHeight: layout.implicitHeight + 16
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.surfaceVariant

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 8
        spacing: 0

        Text {
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.topMargin: 8
            Layout.bottomMargin: 4
            text: card.title
            color: Theme.primary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        ColumnLayout {
            id: rowColumn

            Layout.fillWidth: true
            spacing: 0
        }
    }
}
