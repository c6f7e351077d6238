// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// The share code once made: a large QR for the clinician to scan (whole pixels per module, black on
// white in both themes), the code as text to copy, and until when it works.
ColumnLayout {
    id: card

    required property string code
    property string expiryText
    property bool passcode: false

    signal copyRequested
    signal doneRequested

    spacing: Theme.spacing

    Text {
        Layout.fillWidth: true
        text: qsTr("Show this code to the clinician")
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.headingSize
        font.weight: Font.DemiBold
        wrapMode: Text.Wrap
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Text {
        objectName: "shareExpiry"
        Layout.fillWidth: true
        text: qsTr("It works until %1, unless you revoke it first. Anyone who copies it can try to use it, so show it only to the clinician.").arg(card.expiryText)
              + (card.passcode ? " " + qsTr("Tell them the passcode separately, not next to the code.") : "")
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
            objectName: "shareQr"
            anchors.fill: parent
            anchors.margins: 4
            text: card.code
            Accessible.role: Accessible.Graphic
            Accessible.name: qsTr("QR code of the share code")
        }
    }
    Rectangle {
        Layout.fillWidth: true
        implicitHeight: codeText.implicitHeight + 24
        radius: 12
        color: Theme.surfaceVariant

        TextEdit {
            id: codeText

            objectName: "shareCodeText"
            anchors.fill: parent
            anchors.margins: 12
            text: card.code
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            color: Theme.text
            selectionColor: Theme.primaryContainer
            selectedTextColor: Theme.textOnPrimaryContainer
            font.family: "monospace"
            font.pixelSize: Theme.captionSize
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Share code")
        }
    }
    RowLayout {
        Layout.alignment: Qt.AlignHCenter
        spacing: 12

        SecondaryButton {
            objectName: "copyShareCode"
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
            objectName: "shareDone"
            iconName: "check"
            text: qsTr("Done")
            onClicked: card.doneRequested()
        }
    }
}
