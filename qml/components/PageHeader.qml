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

    implicitHeight: Math.max(64, titleText.implicitHeight + 16)
    color: Theme.background

    // Aligned with the page's content column on wide windows, so the title sits above the content.
    RowLayout {
        anchors.top: parent.top
        anchors.bottom: parent.bottom
        anchors.horizontalCenter: parent.horizontalCenter
        width: Math.min(parent.width - 16, Theme.contentMaxWidth + 2 * (Theme.touchTarget + 8))
        spacing: 4

        IconButton {
            id: back

            visible: header.showBack
            iconName: "arrow_back"
            text: qsTr("Back")
            onClicked: header.backRequested()
        }
        Text {
            id: titleText

            Layout.fillWidth: true
            Layout.leftMargin: header.showBack ? 4 : 16
            text: header.title
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            maximumLineCount: 2
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
