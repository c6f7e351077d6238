// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// The top bar of a page: an optional back button, the title, and room for actions on the right
// (children declared inside a PageHeader go there).
Rectangle {
    id: header

    property string title
    property bool showBack: false
    property alias backButton: back
    default property alias actions: actionRow.data

    signal backRequested

    implicitHeight: 64
    color: Theme.background

    RowLayout {
        anchors.fill: parent
        anchors.leftMargin: 8
        anchors.rightMargin: 8
        spacing: 4

        IconButton {
            id: back

            visible: header.showBack
            iconName: "arrow_back"
            text: qsTr("Back")
            onClicked: header.backRequested()
        }
        Text {
            Layout.fillWidth: true
            Layout.leftMargin: header.showBack ? 4 : 16
            text: header.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            elide: Text.ElideRight
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Row {
            id: actionRow

            spacing: 4
        }
    }
}
