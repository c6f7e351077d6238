// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The Share tab's links for doctors without the app: New link, Emergency card, and the wallet's
// SMART Health Links with each host's state; a row opens the link's page.
SectionCard {
    id: section

    required property LinksViewModel vm

    signal newLinkRequested(int kind)
    signal linkRequested(string id)

    objectName: "linkList"
    title: qsTr("Links for doctors without the app")

    Text {
        Layout.fillWidth: true
        Layout.margins: 12
        Layout.bottomMargin: 4
        text: qsTr("A SMART Health Link is an encrypted copy that any doctor opens in a web browser, without Carnet: a QR code to scan or a link to paste.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    Flow {
        Layout.fillWidth: true
        Layout.margins: 8
        spacing: 12

        SecondaryButton {
            objectName: "newLinkButton"
            iconName: "add_link"
            text: qsTr("New link")
            onClicked: section.newLinkRequested(LinksViewModel.RecordPart)
        }
        SecondaryButton {
            objectName: "emergencyCardButton"
            iconName: "emergency"
            text: qsTr("Emergency card")
            onClicked: section.newLinkRequested(LinksViewModel.Emergency)
        }
        QQC2.BusyIndicator {
            visible: section.vm.loading
            running: section.vm.loading
            Accessible.name: qsTr("Checking your links with the share host")
        }
    }
    ErrorText {
        objectName: "linksError"
        Layout.fillWidth: true
        Layout.margins: 12
        visible: text.length > 0
        text: section.vm.errorText
    }
    Text {
        objectName: "noLinks"
        Layout.fillWidth: true
        Layout.margins: 12
        visible: section.vm.links.length === 0 && section.vm.errorText.length === 0
        text: section.vm.loaded ? qsTr("No link yet. A link lasts as long as you choose, and you can revoke it at any moment.")
                                : qsTr("Reading your links…")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: section.vm.links

        delegate: LinkRow {
            required property var modelData

            objectName: "linkRow"
            Layout.fillWidth: true
            Layout.margins: 4
            link: modelData
            onOpenRequested: section.linkRequested(modelData.id)
        }
    }
}
