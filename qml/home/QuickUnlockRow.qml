// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The quick unlock switch. Turning it on asks for the passphrase again (a dialog), because it stores
// a key to the vault in the system keyring; turning it off removes that key at once.
ColumnLayout {
    id: row

    spacing: 0

    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 4
        Layout.topMargin: 4
        Layout.bottomMargin: 4
        spacing: 16

        // The words are part of the target too, as on the other rows.
        TapHandler {
            enabled: toggle.enabled
            onTapped: {
                toggle.toggle();
                toggle.toggled();
            }
        }
        Icon {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
            name: "fingerprint"
            color: Theme.textSecondary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                text: qsTr("Quick unlock")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.ignored: true

            }
            Text {
                id: explanation

                Layout.fillWidth: true
                text: qsTr("Opens the wallet without typing your passphrase, with a key kept in the system keyring of this device. Anyone who can use your session on this device could then open it.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }
        QQC2.Switch {
            id: toggle

            objectName: "quickUnlockSwitch"
            Layout.alignment: Qt.AlignTop
            Layout.minimumHeight: Theme.touchTarget
            checked: WalletSession.quickUnlockEnabled
            enabled: !WalletSession.busy
            focusPolicy: Qt.StrongFocus
            Accessible.name: qsTr("Quick unlock")
            Accessible.description: explanation.text
            onToggled: {
                // Stays as the session says: on only once the passphrase is confirmed and the key stored.
                const wanted = checked;
                checked = Qt.binding(() => WalletSession.quickUnlockEnabled);
                if (wanted)
                    dialog.open();
                else
                    WalletSession.disableQuickUnlock();
            }
        }
    }
    QQC2.Dialog {
        QQC2.Overlay.modal: Rectangle { color: Theme.scrim }
        id: dialog

        objectName: "quickUnlockDialog"
        property bool waiting: false

        parent: QQC2.Overlay.overlay
        anchors.centerIn: parent
        width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 440)
        modal: true
        title: qsTr("Turn on quick unlock")
        font.family: Theme.fontFamily
        onOpened: {
            waiting = false;
            passphrase.field.forceActiveFocus();
        }
        onClosed: passphrase.clear()

        function confirm() {
            if (passphrase.text.length === 0 || WalletSession.busy)
                return;
            waiting = true;
            WalletSession.enableQuickUnlock(passphrase.text);
            passphrase.clear();
        }

        Connections {
            target: WalletSession

            function onQuickUnlockEnabledChanged() {
                if (WalletSession.quickUnlockEnabled && dialog.opened)
                    dialog.close();
            }
            function onBusyChanged() {
                if (!WalletSession.busy && dialog.waiting && !WalletSession.quickUnlockEnabled)
                    dialog.waiting = false; // failed: the error text says why
            }
        }

        ColumnLayout {
            anchors.left: parent.left
            anchors.right: parent.right
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Enter your passphrase to keep a key to this wallet in the system keyring.")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            PassphraseEntry {
                id: passphrase

                objectName: "quickUnlockPassphrase"
                Layout.fillWidth: true
                label: qsTr("Passphrase")
                enabled: !dialog.waiting
                onAccepted: dialog.confirm()
            }
            Text {
                objectName: "quickUnlockError"
                Layout.fillWidth: true
                visible: !dialog.waiting && text.length > 0
                text: WalletSession.errorText
                color: Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            QQC2.BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: dialog.waiting
                running: visible
                Accessible.name: qsTr("Checking the passphrase")
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 8

                SecondaryButton {
                    objectName: "quickUnlockCancel"
                    Layout.fillWidth: true
                    text: qsTr("Cancel")
                    onClicked: dialog.close()
                }
                PrimaryButton {
                    objectName: "quickUnlockConfirm"
                    Layout.fillWidth: true
                    text: qsTr("Turn on")
                    enabled: passphrase.text.length > 0 && !dialog.waiting
                    onClicked: dialog.confirm()
                }
            }
        }
    }
}
