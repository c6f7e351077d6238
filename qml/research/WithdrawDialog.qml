// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The address to send the earnings to, checked as it is typed (0x and 40 hex digits, the EIP-55
// checksum when it mixes cases), and the warning about linking studies, before the passphrase.
QQC2.Dialog {
    QQC2.Overlay.modal: Rectangle { color: Theme.scrim }
    id: dialog

    required property ResearchViewModel vm
    readonly property string problem: vm.addressProblem(address.text)

    signal addressChosen(string address)

    objectName: "withdrawDialog"
    parent: QQC2.Overlay.overlay
    anchors.centerIn: parent
    width: Math.min(parent ? parent.width - 2 * Theme.margin : 400, 480)
    modal: true
    title: qsTr("Withdraw your earnings")
    font.family: Theme.fontFamily
    onOpened: address.forceActiveFocus()
    onClosed: address.clear()

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            text: qsTr("Everything your studies paid, %1, is sent to this address, one transaction per study.")
                  .arg(dialog.vm.totalEarningsText)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        QQC2.TextField {
            id: address

            objectName: "withdrawAddress"
            Layout.fillWidth: true
            Layout.preferredHeight: Math.max(implicitHeight, Theme.touchTarget)
            placeholderText: qsTr("Address (0x…)")
            font.family: "monospace"
            font.pixelSize: Theme.captionSize
            inputMethodHints: Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
            selectByMouse: true
            Accessible.name: qsTr("Address to send to")
            onAccepted: if (dialog.problem.length === 0) next.clicked()
        }
        ErrorText {
            objectName: "withdrawAddressProblem"
            Layout.fillWidth: true
            text: address.text.length > 0 ? dialog.problem : ""
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: warning.implicitHeight + 24
            radius: 8
            color: Theme.warningContainer

            Text {
                id: warning

                objectName: "linkWarning"
                anchors.fill: parent
                anchors.margins: 12
                text: qsTr("Paying several studies to one address lets anyone see that these studies were joined by the same person. Use a different address for each study if that matters to you.")
                color: Theme.textOnWarningContainer
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 8

            SecondaryButton {
                text: qsTr("Cancel")
                onClicked: dialog.reject()
            }
            PrimaryButton {
                id: next

                objectName: "withdrawNext"
                text: qsTr("Continue")
                enabled: dialog.problem.length === 0
                onClicked: {
                    const chosen = address.text.trim();
                    dialog.close();
                    dialog.addressChosen(chosen);
                }
            }
        }
    }
}
