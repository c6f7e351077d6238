// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// Create, step 1: what the passphrase does, and the passphrase twice with its strength. Continue
// hands it to the view model (kept in secure memory) and clears the fields.
StepColumn {
    id: step

    required property CreateWalletViewModel vm
    readonly property Item firstControl: fields.first.field

    signal done

    function proceed() {
        if (fields.ready) {
            const ok = vm.choosePassphrase(fields.first.text, fields.second.text);
            fields.clear();
            if (ok)
                step.done();
        } else if (vm.passphraseChosen && fields.first.text.length === 0) {
            step.done();
        }
    }

    objectName: "passphraseStep"
    heading: qsTr("Choose a passphrase")
    explanation: qsTr("Your passphrase opens Carnet on this device. Your records are encrypted with it, so "
                      + "nobody, not even Carnet, can reset it for you. If you forget it, your recovery "
                      + "phrase (next step) brings the wallet back.")

    NewPassphraseFields {
        id: fields

        Layout.fillWidth: true
        vm: step.vm
        onSubmitted: step.proceed()
    }
    StatusBadge {
        objectName: "passphraseKept"
        Layout.fillWidth: true
        visible: step.vm.passphraseChosen && fields.first.text.length === 0
        iconName: "check_circle"
        text: qsTr("Your passphrase is kept for this wallet. Type a new one to change it.")
    }
    ErrorText {
        Layout.fillWidth: true
        text: step.vm.errorText
    }
    PrimaryButton {
        objectName: "passphraseContinue"
        Layout.fillWidth: true
        Layout.topMargin: 8
        iconName: "chevron_right"
        text: qsTr("Continue")
        enabled: fields.ready || (step.vm.passphraseChosen && fields.first.text.length === 0)
        onClicked: step.proceed()
    }
}
