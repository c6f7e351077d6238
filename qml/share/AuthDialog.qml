// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The passphrase again before a sensitive action (sharing, revoking): what is about to happen in
// words, the passphrase field, Confirm and Cancel. The field is cleared as soon as it is handed over.
QQC2.Dialog {
    QQC2.Overlay.modal: Rectangle { color: Theme.scrim }
    id: dialog

    property string reason
    property string confirmText: qsTr("Confirm")

    signal confirmed(string passphrase)
    signal cancelled

    function confirm() {
        if (passphrase.text.length === 0)
            return;
        const text = passphrase.text;
        passphrase.clear();
        dialog.close();
        dialog.confirmed(text);
    }

    objectName: "authDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 460)
    modal: true
    title: qsTr("Enter your passphrase")
    font.family: Theme.fontFamily
    onOpened: passphrase.field.forceActiveFocus()
    onClosed: passphrase.clear()
    onRejected: dialog.cancelled()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            objectName: "authReason"
            Layout.fillWidth: true
            text: dialog.reason
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        PassphraseEntry {
            id: passphrase

            objectName: "authPassphrase"
            Layout.fillWidth: true
            label: qsTr("Passphrase")
            onAccepted: dialog.confirm()
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 8

            SecondaryButton {
                objectName: "authCancel"
                text: qsTr("Cancel")
                onClicked: dialog.reject()
            }
            PrimaryButton {
                objectName: "authConfirm"
                text: dialog.confirmText
                enabled: passphrase.text.length > 0
                onClicked: dialog.confirm()
            }
        }
    }
}
