// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Carnet

// A link on screen after it was made or after the passphrase: the QR and the text (LinkCodeCard),
// or for an emergency card the printable card with Save as image (a PNG for the lock screen, in the
// Pictures folder or where the patient chooses).
Flickable {
    id: scroll

    required property LinksViewModel vm
    readonly property bool emergency: vm.shownLink.kind === "emergency"
    property string savedText
    property bool saveFailed: false

    signal doneRequested

    function saveTo(path: string) {
        if (path.length === 0)
            return;
        scroll.savedText = "";
        emergencyCard.grabToImage(result => {
            const ok = result.saveToFile(path);
            scroll.saveFailed = !ok;
            scroll.savedText = ok ? qsTr("Saved as %1").arg(path) : qsTr("The image could not be written to %1.").arg(path);
        });
    }

    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    ColumnLayout {
        id: content

        x: (scroll.width - width) / 2
        y: 8
        width: Math.min(scroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
        spacing: Theme.spacing

        LinkCodeCard {
            Layout.fillWidth: true
            visible: !scroll.emergency
            code: scroll.emergency ? "" : scroll.vm.linkText
            link: scroll.vm.shownLink
            onCopyRequested: scroll.vm.copyLink()
            onDoneRequested: scroll.doneRequested()
        }
        EmergencyCard {
            id: emergencyCard

            objectName: "emergencyCard"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(content.width, 360)
            visible: scroll.emergency
            code: scroll.emergency ? scroll.vm.linkText : ""
            link: scroll.vm.shownLink
            dateText: scroll.vm.shownDateText
        }
        Text {
            Layout.fillWidth: true
            visible: scroll.emergency
            text: qsTr("Print it for your wallet, or save it as your phone's lock-screen image. Anyone who scans it can read your summary until you revoke it; you will see who opened it at your next unlock.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "emergencySaved"
            Layout.fillWidth: true
            visible: scroll.emergency && text.length > 0
            text: scroll.savedText
            color: scroll.saveFailed ? Theme.error : Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.WrapAnywhere
        }
        Flow {
            Layout.fillWidth: true
            visible: scroll.emergency
            spacing: 12

            SecondaryButton {
                objectName: "saveCardImage"
                iconName: "image"
                text: qsTr("Save as image")
                onClicked: scroll.saveTo(scroll.vm.defaultImagePath())
            }
            SecondaryButton {
                objectName: "saveCardImageAs"
                iconName: "save"
                text: qsTr("Save as…")
                onClicked: saveDialog.open()
            }
            PrimaryButton {
                objectName: "emergencyDone"
                iconName: "check"
                text: qsTr("Done")
                onClicked: scroll.doneRequested()
            }
        }
    }
    FileDialog {
        id: saveDialog

        title: qsTr("Save the emergency card")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("PNG images (*.png)")]
        defaultSuffix: "png"
        onAccepted: scroll.saveTo(scroll.vm.localPath(selectedFile))
    }
}
