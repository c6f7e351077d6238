// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// A labelled passphrase field: hidden text, no prediction, no suggestions, nothing learnt by the
// input method, and a button that shows or hides what was typed. The page hands `text` to its view
// model and calls clear() right after.
ColumnLayout {
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
        Layout.fillWidth: true
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

        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
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
