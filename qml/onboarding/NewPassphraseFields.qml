// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// A new passphrase typed twice, rated live by the view model (bar, word and hint). `ready` is true
// when it is acceptable and both fields match. The page hands the texts to the view model and calls
// clear() right after.
ColumnLayout {
    id: fields

    required property PassphraseRatingViewModel vm
    readonly property bool matching: first.text === second.text
    readonly property bool ready: first.text.length > 0 && matching && vm.passphraseAcceptable
    property alias first: first
    property alias second: second

    signal submitted

    function clear() {
        first.clear();
        second.clear();
        vm.ratePassphrase("");
    }

    spacing: 12

    PassphraseEntry {
        id: first

        objectName: "newPassphrase"
        Layout.fillWidth: true
        label: qsTr("New passphrase")
        onTextChanged: fields.vm.ratePassphrase(text)
        onAccepted: second.field.forceActiveFocus()
    }
    StrengthMeter {
        objectName: "strengthMeter"
        Layout.fillWidth: true
        score: fields.vm.strengthScore
        label: fields.vm.strengthLabel
        acceptable: fields.vm.passphraseAcceptable
    }
    Text {
        objectName: "strengthHint"
        Layout.fillWidth: true
        text: fields.vm.strengthHint
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    PassphraseEntry {
        id: second

        objectName: "confirmPassphrase"
        Layout.fillWidth: true
        label: qsTr("Repeat the passphrase")
        onAccepted: if (fields.ready) fields.submitted()
    }
    ErrorText {
        objectName: "mismatch"
        Layout.fillWidth: true
        text: second.text.length > 0 && !fields.matching ? qsTr("The two passphrases are not the same.") : ""
    }
}
