// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Carnet

// Opening a patient's share code three ways: the camera, an image file (a photo or a screenshot of
// the QR), or the code's text pasted. The pasted text goes straight to the view model and the field
// is cleared: the share code is a secret.
SectionCard {
    id: card

    required property ClinicianViewModel vm

    signal scanRequested

    function openPasted() {
        if (paste.text.length === 0)
            return;
        const text = paste.text;
        paste.clear();
        card.vm.openText(text);
    }

    title: qsTr("Open a patient's share")

    ColumnLayout {
        Layout.fillWidth: true
        Layout.margins: 12
        spacing: 12

        Text {
            Layout.fillWidth: true
            text: qsTr("Scan the QR code the patient shows you, open a photo or screenshot of it, or paste the code's text. What you read is checked with the network, kept in memory only, and the patient sees that you read it.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: 12

            PrimaryButton {
                objectName: "scanButton"
                iconName: "qr_code_scanner"
                text: qsTr("Scan with the camera")
                enabled: !card.vm.busy
                onClicked: card.scanRequested()
            }
            SecondaryButton {
                objectName: "imageButton"
                iconName: "image"
                text: qsTr("Open an image")
                enabled: !card.vm.busy
                onClicked: imageDialog.open()
            }
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Share code")
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.Medium
            Accessible.ignored: true
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            QQC2.TextField {
                id: paste

                objectName: "pasteField"
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                placeholderText: qsTr("carnet-share:v1:…")
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                selectByMouse: true
                enabled: !card.vm.busy
                Accessible.name: qsTr("Share code")
                onAccepted: card.openPasted()
            }
            PrimaryButton {
                objectName: "pasteOpen"
                text: qsTr("Open")
                enabled: !card.vm.busy && paste.text.length > 0
                onClicked: card.openPasted()
            }
        }
        RowLayout {
            Layout.fillWidth: true
            visible: card.vm.busy
            spacing: 8

            QQC2.BusyIndicator {
                running: card.vm.busy
                Accessible.name: qsTr("Opening the share")
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Checking the share with the network and reading its entries…")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
        }
        ErrorText {
            objectName: "openError"
            Layout.fillWidth: true
            text: card.vm.stage === ClinicianViewModel.Closed ? card.vm.errorText : ""
        }
    }
    FileDialog {
        id: imageDialog

        title: qsTr("A photo or screenshot of the share's QR code")
        nameFilters: [qsTr("Images (*.png *.jpg *.jpeg *.webp *.bmp)")]
        onAccepted: card.vm.openImage(selectedFile)
    }
}
