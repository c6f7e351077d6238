// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// About: the version, the wallet's account address (public, so it can be selected and copied) and
// the licence.
SectionCard {
    id: card

    objectName: "aboutSection"
    title: qsTr("About")

    Text {
        objectName: "versionText"
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.topMargin: 4
        text: Qt.application.version.length > 0 ? qsTr("Carnet, version %1").arg(Qt.application.version)
                                                : qsTr("Carnet")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.topMargin: 12
        text: qsTr("Account address")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        Accessible.ignored: true
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        spacing: 4

        TextEdit {
            id: address

            objectName: "addressText"
            Layout.fillWidth: true
            text: WalletSession.address
            readOnly: true
            selectByMouse: true
            selectByKeyboard: true
            activeFocusOnPress: true
            wrapMode: TextEdit.WrapAnywhere
            color: Theme.text
            selectionColor: Theme.primaryContainer
            selectedTextColor: Theme.textOnPrimaryContainer
            font.family: "monospace"
            font.pixelSize: Theme.bodySize
            Accessible.role: Accessible.EditableText
            Accessible.name: qsTr("Account address")
            Accessible.readOnly: true
        }
        IconButton {
            objectName: "copyAddressButton"
            iconName: copied.running ? "check" : "content_copy"
            text: copied.running ? qsTr("Address copied") : qsTr("Copy address")
            onClicked: {
                address.selectAll();
                address.copy();
                address.deselect();
                copied.restart();
            }

            Timer {
                id: copied

                interval: 2000
            }
        }
    }
    Text {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        text: qsTr("Your address is public: it names your wallet on the network and reveals nothing secret.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
    Text {
        Layout.fillWidth: true
        Layout.leftMargin: 12
        Layout.rightMargin: 12
        Layout.topMargin: 12
        Layout.bottomMargin: 8
        text: qsTr("Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later).")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }
}
