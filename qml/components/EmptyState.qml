// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// What a page shows when it has nothing yet: an icon, a title, and words that say what will appear
// and how to get it. Extra items (a badge, a button) declared inside go below the text.
ColumnLayout {
    id: emptyState

    property string iconName: "info"
    property string title
    property string text
    default property alias extra: extraColumn.data

    spacing: Theme.spacing

    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: 96
        implicitHeight: 96
        radius: 48
        color: Theme.primaryContainer

        Icon {
            anchors.centerIn: parent
            name: emptyState.iconName
            size: 48
            color: Theme.textOnPrimaryContainer
        }
    }
    Text {
        Layout.fillWidth: true
        text: emptyState.title
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        text: emptyState.text
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        lineHeight: 1.25
        wrapMode: Text.Wrap
        horizontalAlignment: Text.AlignHCenter
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    ColumnLayout {
        id: extraColumn

        Layout.fillWidth: true
        Layout.topMargin: 8
        spacing: Theme.spacing
    }
}
