// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// One labelled line of a study card ("Pays", "Asks for", …): the label above, the value below.
ColumnLayout {
    id: fact

    property string label
    property string value

    spacing: 0
    visible: value.length > 0
    Accessible.role: Accessible.StaticText
    Accessible.name: label + ": " + value

    Text {
        Layout.fillWidth: true
        text: fact.label
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    Text {
        Layout.fillWidth: true
        text: fact.value
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
}
