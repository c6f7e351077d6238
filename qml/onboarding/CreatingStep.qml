// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Create, step 4: the vault is being made on the worker thread (Argon2id takes about a second).
// On success the session unlocks and Main.qml leaves this page; on failure the error and a retry.
StepColumn {
    id: step

    required property CreateWalletViewModel vm

    objectName: "creatingStep"

    QQC2.BusyIndicator {
        objectName: "creatingBusy"
        Layout.alignment: Qt.AlignHCenter
        Layout.topMargin: 48
        running: step.vm.busy
        visible: running
        Accessible.name: qsTr("Protecting your wallet")
    }
    Text {
        Layout.fillWidth: true
        visible: step.vm.busy
        text: qsTr("Protecting your wallet… this takes a second.")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        horizontalAlignment: Text.AlignHCenter
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    ErrorText {
        objectName: "createError"
        Layout.fillWidth: true
        text: step.vm.busy ? "" : step.vm.errorText
    }
    PrimaryButton {
        objectName: "createRetry"
        Layout.fillWidth: true
        visible: !step.vm.busy && step.vm.errorText.length > 0
        iconName: "settings_backup_restore"
        text: qsTr("Try again")
        onClicked: step.vm.createWithChosenPassphrase()
    }
}
