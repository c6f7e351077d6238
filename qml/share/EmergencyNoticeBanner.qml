// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// At the top of the home page after an unlock: who opened the emergency card since the patient last
// looked (the name the reader typed, when), or that the share host could not be asked. "Got it"
// marks them seen.
Rectangle {
    id: banner

    required property EmergencyNoticesViewModel vm
    readonly property bool shown: vm.notices.length > 0 || vm.errorText.length > 0

    objectName: "emergencyNotice"
    visible: shown
    implicitHeight: visible ? layout.implicitHeight + 24 : 0
    color: Theme.warningContainer
    radius: 12
    Accessible.role: Accessible.AlertMessage
    Accessible.name: title.text

    ColumnLayout {
        id: layout

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 12
        spacing: 6

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Icon {
                name: "emergency"
                size: 24
                color: Theme.textOnWarningContainer
            }
            Text {
                id: title

                Layout.fillWidth: true
                text: banner.vm.errorText.length > 0 ? qsTr("Your emergency card's openings could not be checked")
                      : banner.vm.accessCount === 1 ? qsTr("Your emergency card was opened once")
                      : qsTr("Your emergency card was opened %n times", "", banner.vm.accessCount)
                color: Theme.textOnWarningContainer
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
            }
        }
        Text {
            Layout.fillWidth: true
            visible: banner.vm.errorText.length > 0
            text: banner.vm.errorText
            color: Theme.textOnWarningContainer
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        Repeater {
            model: banner.vm.notices

            delegate: ColumnLayout {
                id: notice

                required property var modelData

                Layout.fillWidth: true
                spacing: 2

                Repeater {
                    model: notice.modelData.accesses

                    delegate: Text {
                        required property var modelData

                        objectName: "emergencyAccess"
                        Layout.fillWidth: true
                        text: qsTr("%1 · %2 · %3").arg(modelData.recipient.length > 0 ? modelData.recipient : qsTr("someone who gave no name"))
                                                   .arg(modelData.whatText).arg(modelData.whenText)
                        color: Theme.textOnWarningContainer
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.captionSize
                        wrapMode: Text.Wrap
                        textFormat: Text.PlainText
                    }
                }
            }
        }
        Text {
            Layout.fillWidth: true
            visible: banner.vm.errorText.length === 0
            text: qsTr("The names are what the readers typed. If you did not expect this, revoke the card in Share and make a new one.")
            color: Theme.textOnWarningContainer
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        SecondaryButton {
            objectName: "emergencyNoticeDismiss"
            Layout.alignment: Qt.AlignRight
            enabled: !banner.vm.busy
            iconName: "check"
            text: qsTr("Got it")
            onClicked: banner.vm.dismiss()
        }
    }
}
