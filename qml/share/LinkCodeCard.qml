// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// A SMART Health Link once made or shown again: the QR for the doctor's phone (the viewer address
// with the shlink:/ link in its fragment, so any camera opens it in a browser; error correction M,
// black on white in both themes), the link as text with Copy, until when it works.
ColumnLayout {
    id: card

    required property string code
    property var link: ({})

    signal copyRequested
    signal doneRequested

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: qsTr("Show this QR code to the doctor")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        objectName: "linkExpiry"
        Layout.fillWidth: true
        text: qsTr("%1, until %2, unless you revoke it first. Anyone who has the link can open it, so give it only to the doctor.")
              .arg(card.link.label && card.link.label.length > 0 ? card.link.label : (card.link.kindText ?? ""))
              .arg(card.link.expiryText ?? "")
              + (card.link.passcode ? " " + qsTr("Tell them the passcode separately.") : "")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Rectangle {
        Layout.alignment: Qt.AlignHCenter
        implicitWidth: Math.min(card.width, 360)
        implicitHeight: implicitWidth
        color: "white"
        radius: 8

        QrCode {
            objectName: "linkQr"
            anchors.fill: parent
            anchors.margins: 4
            text: card.code
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the link")
        }
    }
    CodeText {
        objectName: "linkText"
        text: card.code
        accessibleName: qsTr("The link")
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: 12

        SecondaryButton {
            objectName: "copyLink"
            iconName: "content_copy"
            text: copied.running ? qsTr("Copied") : qsTr("Copy")
            onClicked: {
                card.copyRequested();
                copied.restart();
            }

            Timer {
                id: copied

                interval: 2000
            }
        }
        PrimaryButton {
            objectName: "linkDone"
            iconName: "check"
            text: qsTr("Done")
            onClicked: card.doneRequested()
        }
    }
}
