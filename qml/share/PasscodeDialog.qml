// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The passcode of a share that needs one (the patient chose it and tells it apart from the code).
// The field is cleared as soon as it is handed over; Cancel forgets the code.
QQC2.Dialog {
    QQC2.Overlay.modal: Rectangle { color: Theme.scrim }
    id: dialog

    required property ClinicianViewModel vm

    function confirm() {
        if (passcode.text.length === 0)
            return;
        const text = passcode.text;
        passcode.clear();
        dialog.vm.submitPasscode(text);
    }

    objectName: "passcodeDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 460)
    modal: true
    closePolicy: QQC2.Popup.CloseOnEscape
    title: qsTr("Passcode")
    font.family: Theme.fontFamily
    onOpened: passcode.field.forceActiveFocus()
    onClosed: passcode.clear()
    onRejected: if (vm.stage === ClinicianViewModel.NeedsPasscode) vm.cancelPasscode()

    Connections {
        target: dialog.vm

        function onStageChanged() {
            if (dialog.vm.stage === ClinicianViewModel.NeedsPasscode)
                dialog.open();
            else
                dialog.close();
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("The patient protected this share with a passcode. Ask them for it: they tell it to you apart from the code.")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        PassphraseEntry {
            id: passcode

            objectName: "passcodeEntry"
            Layout.fillWidth: true
            label: qsTr("Passcode")
            enabled: !dialog.vm.busy
            onAccepted: dialog.confirm()
        }
        ErrorText {
            objectName: "passcodeError"
            Layout.fillWidth: true
            text: dialog.vm.errorText
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 8

            QQC2.BusyIndicator {
                visible: dialog.vm.busy
                running: dialog.vm.busy
                Accessible.name: qsTr("Opening the share")
            }
            SecondaryButton {
                objectName: "passcodeCancel"
                text: qsTr("Cancel")
                enabled: !dialog.vm.busy
                onClicked: dialog.reject()
            }
            PrimaryButton {
                objectName: "passcodeConfirm"
                text: qsTr("Open")
                enabled: !dialog.vm.busy && passcode.text.length > 0
                onClicked: dialog.confirm()
            }
        }
    }
}
