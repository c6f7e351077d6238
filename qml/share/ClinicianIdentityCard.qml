// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// This wallet's clinician identity: the licence by majority of the nodes in words, the identity code
// as a QR and as text to copy for the licensing authority, and, when not licensed, the command the
// authority runs to license it.
SectionCard {
    id: card

    required property ClinicianViewModel vm

    title: qsTr("Your clinician identity")

    ColumnLayout {
        Layout.fillWidth: true
        Layout.margins: 12
        spacing: 12

        StatusBadge {
            objectName: "licenceBadge"
            Layout.maximumWidth: parent.width
            visible: card.vm.identityLoaded || card.vm.identityBusy
            kind: card.vm.licence === ClinicianViewModel.Licensed ? StatusBadge.Info : StatusBadge.Warning
            iconName: card.vm.licence === ClinicianViewModel.Licensed ? "verified"
                    : card.vm.licence === ClinicianViewModel.NotLicensed ? "block" : "schedule"
            text: card.vm.licence === ClinicianViewModel.Licensed ? qsTr("Licensed")
                : card.vm.licence === ClinicianViewModel.NotLicensed ? qsTr("Not licensed")
                : card.vm.identityBusy ? qsTr("Checking…") : qsTr("Can't verify now")
        }
        Text {
            objectName: "licenceText"
            Layout.fillWidth: true
            text: card.vm.licenceText
            visible: text.length > 0
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Your identity code, for the licensing authority. Patients may also scan it to name you in a share.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        Rectangle {
            Layout.alignment: Qt.AlignHCenter
            visible: card.vm.identityCode.length > 0
            implicitWidth: Math.min(card.width - 48, 240)
            implicitHeight: implicitWidth
            color: "white"
            radius: 8

            QrCode {
                objectName: "identityQr"
                anchors.fill: parent
                anchors.margins: 4
                text: card.vm.identityCode
                Accessible.role: Accessible.Graphic
                Accessible.name: qsTr("QR code of your clinician identity code")
            }
        }
        CodeText {
            objectName: "identityCodeText"
            visible: card.vm.identityCode.length > 0
            text: card.vm.identityCode
            accessibleName: qsTr("Clinician identity code")
        }
        SecondaryButton {
            objectName: "copyIdentityCode"
            Layout.alignment: Qt.AlignHCenter
            visible: card.vm.identityCode.length > 0
            iconName: "content_copy"
            text: copied.running ? qsTr("Copied") : qsTr("Copy the code")
            onClicked: {
                card.vm.copyIdentityCode();
                copied.restart();
            }

            Timer {
                id: copied

                interval: 2000
            }
        }
        Text {
            Layout.fillWidth: true
            visible: card.vm.licence === ClinicianViewModel.NotLicensed
            text: qsTr("The licensing authority runs:")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        CodeText {
            objectName: "registerCommand"
            visible: card.vm.licence === ClinicianViewModel.NotLicensed
            text: card.vm.registerCommand
            accessibleName: qsTr("The licensing authority's command")
        }
    }
}
