// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The locked wallet: passphrase (or quick unlock through the OS keystore when enabled), a busy
// indicator while Argon2id runs on the worker, the error in words, and the throttle's countdown.
QQC2.Page {
    id: page

    signal forgotRequested
    signal settingsRequested

    function unlock() {
        if (!unlockButton.enabled)
            return;
        vm.unlock(passphrase.text);
        passphrase.clear();
    }

    objectName: "unlockPage"
    title: qsTr("Unlock")
    background: null
    Accessible.name: qsTr("Unlock Carnet")
    Component.onCompleted: passphrase.field.forceActiveFocus()
    QQC2.StackView.onActivated: passphrase.field.forceActiveFocus()

    UnlockViewModel {
        id: vm
    }

    header: PageHeader {
        IconButton {
            objectName: "settingsButton"
            iconName: "settings"
            text: qsTr("Appearance and language")
            onClicked: page.settingsRequested()
        }
    }

    StepColumn {
        anchors.fill: parent

        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            Layout.topMargin: 16
            implicitWidth: 96
            implicitHeight: 96
            radius: 28
            color: Theme.primaryContainer

            Icon {
                anchors.centerIn: parent
                name: "lock"
                size: 56
                color: Theme.textOnPrimaryContainer
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Your wallet is locked")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        PassphraseEntry {
            id: passphrase

            objectName: "unlockPassphrase"
            Layout.fillWidth: true
            enabled: !vm.busy
            label: qsTr("Passphrase")
            onAccepted: page.unlock()
        }
        ErrorText {
            objectName: "unlockError"
            Layout.fillWidth: true
            text: vm.busy ? "" : vm.errorText
        }
        RowLayout {
            Layout.alignment: Qt.AlignHCenter
            visible: vm.busy
            spacing: 12

            QQC2.BusyIndicator {
                objectName: "unlockBusy"
                running: vm.busy
                Accessible.name: qsTr("Unlocking")
            }
            Text {
                text: qsTr("Unlocking…")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
            }
        }
        PrimaryButton {
            id: unlockButton

            objectName: "unlockButton"
            Layout.fillWidth: true
            iconName: "lock"
            text: vm.retryInSeconds > 0 ? qsTr("Try again in %1 s").arg(vm.retryInSeconds) : qsTr("Unlock")
            enabled: !vm.busy && vm.retryInSeconds === 0 && passphrase.text.length > 0
            onClicked: page.unlock()
        }
        SecondaryButton {
            objectName: "quickUnlockButton"
            Layout.fillWidth: true
            visible: vm.quickUnlockAvailable
            enabled: !vm.busy
            iconName: "key"
            text: qsTr("Use quick unlock")
            onClicked: vm.quickUnlock()
        }
        QQC2.Button {
            objectName: "forgotButton"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.touchTarget
            flat: true
            text: qsTr("Forgot your passphrase? Restore from your recovery phrase")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.capitalization: Font.MixedCase
            Accessible.name: text
            onClicked: page.forgotRequested()
            contentItem: Text {
                text: qsTr("Forgot your passphrase? Restore from your recovery phrase")
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.underline: true
                wrapMode: Text.Wrap
                horizontalAlignment: Text.AlignHCenter
            }
        }
    }
}
