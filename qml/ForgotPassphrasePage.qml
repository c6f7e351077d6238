// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// "Forgot your passphrase?": what the recovery phrase can do, and why Carnet does not do it here by
// itself. The vault refuses to be replaced (create and restore never overwrite a wallet), so restoring
// on this device means first moving the existing wallet's folder away; the page says where it is.
QQC2.Page {
    id: page

    signal backRequested

    objectName: "forgotPassphrasePage"
    title: qsTr("Forgot your passphrase?")
    background: null
    Accessible.name: title

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    StepColumn {
        anchors.fill: parent
        explanation: qsTr("Nobody can reset your passphrase: it is what encrypts the wallet on this device. "
                          + "Your recovery phrase can bring the wallet back with a new passphrase.")

        SectionCard {
            Layout.fillWidth: true
            title: qsTr("Restoring on this device")

            Text {
                objectName: "forgotExplanation"
                Layout.fillWidth: true
                Layout.margins: 12
                text: qsTr("Carnet never deletes or overwrites a wallet by itself. To restore on this device, "
                           + "close Carnet, move this folder somewhere else (keep it until the restored "
                           + "wallet works), then open Carnet again and choose “Restore from recovery phrase”:")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                lineHeight: 1.25
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            QQC2.TextArea {
                objectName: "vaultFolder"
                Layout.fillWidth: true
                Layout.margins: 12
                readOnly: true
                selectByMouse: true
                wrapMode: TextEdit.WrapAnywhere
                text: WalletSession.vaultDirectory
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                Accessible.name: qsTr("Wallet folder")
            }
        }
        PrimaryButton {
            objectName: "backToUnlock"
            Layout.fillWidth: true
            iconName: "arrow_back"
            text: qsTr("Back to unlock")
            onClicked: page.backRequested()
        }
    }
}
