// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// A short status in words with an icon, never colour alone: "Preview", "Verified", "Revoked"…
Rectangle {
    id: badge

    enum Kind {
        Info,
        Warning
    }

    property string text
    property string iconName: "info"
    property int kind: StatusBadge.Info
    readonly property color foreground: kind === StatusBadge.Warning ? Theme.textOnWarningContainer
                                                                     : Theme.textOnPrimaryContainer

    implicitWidth: row.implicitWidth + 24
    implicitHeight: Math.max(32, row.implicitHeight + 8)
    radius: height / 2
    color: kind === StatusBadge.Warning ? Theme.warningContainer : Theme.primaryContainer
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    RowLayout {
        id: row

        anchors.centerIn: parent
        width: Math.min(implicitWidth, badge.width - 24)
        spacing: 6

        Icon {
            name: badge.iconName
            size: 18
            color: badge.foreground
        }
        Text {
            Layout.fillWidth: true
            text: badge.text
            color: badge.foreground
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
    }
}
