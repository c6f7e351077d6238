// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Carnet

// A labelled passphrase field: hidden text, no prediction, no suggestions, nothing learnt by the
// input method, and a button that shows or hides what was typed. The page hands `text` to its view
// model and calls clear() right after.
//
// A Column, not a ColumnLayout: on Qt 6.4 a ColumnLayout nested in another did not lay itself out again
// when its wrapped label got shorter once the page had its final width (a share's passcode on the
// desktop layout), and the field was drawn below the next item instead of under its label.
Column {
    id: entry

    property string label
    property alias text: field.text
    property alias field: field
    property bool shown: false

    signal accepted

    function clear() {
        field.clear();
        shown = false;
    }

    spacing: 4

    Text {
        width: entry.width
        text: entry.label
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.weight: Font.Medium
        wrapMode: Text.Wrap
        Accessible.ignored: true
    }
    QQC2.TextField {
        id: field

        width: entry.width
        height: Math.max(implicitHeight, Theme.touchTarget)
        rightPadding: toggle.width + 8
        echoMode: entry.shown ? TextInput.Normal : TextInput.Password
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhHiddenText | Qt.ImhNoAutoUppercase
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        selectByMouse: true
        Accessible.name: entry.label
        onAccepted: entry.accepted()

        IconButton {
            id: toggle

            anchors.right: parent.right
            anchors.verticalCenter: parent.verticalCenter
            iconName: entry.shown ? "visibility_off" : "visibility"
            text: entry.shown ? qsTr("Hide passphrase") : qsTr("Show passphrase")
            focusPolicy: Qt.TabFocus
            onClicked: entry.shown = !entry.shown
            // Keys the button does not use stop here, so nothing typed while it has the focus lands
            // in the field behind it.
            Keys.priority: Keys.AfterItem
            Keys.onPressed: event => event.accepted = event.key !== Qt.Key_Tab && event.key !== Qt.Key_Backtab
        }
    }
}
