// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Carnet

// How strong a new passphrase is: four segments, a word and a hint (from the view model), never colour
// alone.
ColumnLayout {
    id: meter

    property int score: 0 // 0-4
    property string label
    property string hint
    property bool acceptable: false

    spacing: 4
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Passphrase strength: %1").arg(label)

    RowLayout {
        Layout.fillWidth: true
        spacing: 4

        Repeater {
            model: 4
            delegate: Rectangle {
                required property int index

                Layout.fillWidth: true
                implicitHeight: 6
                radius: 3
                color: index < meter.score ? (meter.acceptable ? Theme.primary : Theme.error) : Theme.surfaceVariant
            }
        }
    }
    Text {
        Layout.fillWidth: true
        visible: meter.label.length > 0
        text: meter.label
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    Text {
        Layout.fillWidth: true
        visible: meter.hint.length > 0
        text: meter.hint
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
