// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Whom a share is for: any licensed clinician holding the code (an optional passcode, with what it
// does and does not do in plain words), a clinician picked from the registry by name, or one given
// by their identity code (pasted).
ColumnLayout {
    id: choice

    required property ShareViewModel vm

    spacing: 8

    WrappingRadio {
        objectName: "recipientAny"
        Layout.fillWidth: true
        text: qsTr("Any licensed clinician holding the code")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        checked: choice.vm.recipient === ShareViewModel.AnyClinician
        onToggled: if (checked) choice.vm.recipient = ShareViewModel.AnyClinician
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 32
        visible: choice.vm.recipient === ShareViewModel.AnyClinician
        spacing: 4

        PassphraseEntry {
            id: passcode

            objectName: "passcodeField"
            Layout.fillWidth: true
            label: qsTr("Passcode (optional, 4 to 64 characters)")
            onAccepted: {
                choice.vm.setPasscode(passcode.text);
                passcode.clear();
            }
            field.onActiveFocusChanged: if (!passcode.field.activeFocus && passcode.text.length > 0) {
                choice.vm.setPasscode(passcode.text);
                passcode.clear();
            }
        }
        Text {
            Layout.fillWidth: true
            visible: choice.vm.hasPasscode
            text: qsTr("A passcode is set.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("A passcode only slows down someone who copied the code: they can try passcodes on their own computer. For sensitive data, name the clinician instead.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
    WrappingRadio {
        objectName: "recipientRegistered"
        Layout.fillWidth: true
        text: qsTr("A clinician I pick by name")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        checked: choice.vm.recipient === ShareViewModel.RegisteredClinician
        onToggled: if (checked) {
            choice.vm.recipient = ShareViewModel.RegisteredClinician;
            if (!choice.vm.cliniciansLoaded)
                choice.vm.loadClinicians();
        }
    }
    ColumnLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 32
        visible: choice.vm.recipient === ShareViewModel.RegisteredClinician
        spacing: 4

        QQC2.ComboBox {
            objectName: "clinicianPicker"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            visible: choice.vm.clinicians.length > 0
            model: choice.vm.clinicians
            textRole: "name"
            valueRole: "address"
            font.family: Theme.fontFamily
            Accessible.name: qsTr("Clinician")
            onActivated: choice.vm.clinicianAddress = currentValue
            Component.onCompleted: if (count > 0 && choice.vm.clinicianAddress.length === 0) choice.vm.clinicianAddress = valueAt(0)
            onCountChanged: if (count > 0 && choice.vm.clinicianAddress.length === 0) choice.vm.clinicianAddress = valueAt(0)
        }
        Text {
            Layout.fillWidth: true
            visible: choice.vm.clinicians.length === 0
            text: !choice.vm.cliniciansLoaded ? qsTr("Reading the licensed clinicians from the network…")
                  : choice.vm.cliniciansError.length > 0 ? choice.vm.cliniciansError
                  : qsTr("No licensed clinician is in the registry yet. Use their identity code instead.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
    }
    WrappingRadio {
        objectName: "recipientByCode"
        Layout.fillWidth: true
        text: qsTr("A clinician's identity code")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        checked: choice.vm.recipient === ShareViewModel.ClinicianByCode
        onToggled: if (checked) choice.vm.recipient = ShareViewModel.ClinicianByCode
    }
    QQC2.TextField {
        objectName: "clinicianCodeField"
        Layout.fillWidth: true
        Layout.leftMargin: 32
        Layout.minimumHeight: Theme.touchTarget
        visible: choice.vm.recipient === ShareViewModel.ClinicianByCode
        placeholderText: "carnet-clinician:v1:…"
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        selectByMouse: true
        inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("The clinician's identity code")
        text: choice.vm.clinicianCode
        onTextEdited: choice.vm.clinicianCode = text
    }
    Text {
        Layout.fillWidth: true
        Layout.leftMargin: 32
        visible: choice.vm.recipient !== ShareViewModel.AnyClinician
        text: qsTr("Only that clinician's key opens this share: a copy of the code is useless to anyone else.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }

    // A radio button whose label wraps instead of being cut off on a phone.
    component WrappingRadio: QQC2.RadioButton {
        id: radio

        contentItem: Text {
            leftPadding: radio.indicator.width + radio.spacing
            text: radio.text
            color: Theme.text
            font: radio.font
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
}
