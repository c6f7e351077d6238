// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// One quiz answer: "Word N", a plain field (no prediction, nothing learnt), and the error when the
// typed word is not word N.
ColumnLayout {
    id: answer

    property int position: 0
    property bool wrong: false
    property alias text: field.text
    property alias field: field

    signal accepted

    function clear() {
        field.clear();
    }

    spacing: 4

    Text {
        Layout.fillWidth: true
        text: qsTr("Word %1").arg(answer.position)
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        font.weight: Font.Medium
        Accessible.ignored: true
    }
    QQC2.TextField {
        id: field

        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        Accessible.name: qsTr("Word %1").arg(answer.position)
        onAccepted: answer.accepted()
    }
    ErrorText {
        Layout.fillWidth: true
        text: answer.wrong ? qsTr("This is not word %1. Look at your paper again.").arg(answer.position) : ""
    }
}
