// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// An error in words with an icon (never colour alone); hidden when empty. Screen readers hear it
// as an alert.
RowLayout {
    id: error

    property string text

    visible: text.length > 0
    spacing: 8
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text

    Icon {
        Layout.alignment: Qt.AlignTop
        name: "warning"
        size: 20
        color: Theme.error
    }
    Text {
        Layout.fillWidth: true
        text: error.text
        color: Theme.error
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
}
