// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The switch between the patient's Share tab and clinician mode (opening patients' shares), kept in
// AppSettings. The words are part of the target, as on Settings' rows.
Rectangle {
    id: row

    implicitHeight: layout.implicitHeight + 16
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.surfaceVariant

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.leftMargin: 16
        anchors.rightMargin: 8
        anchors.topMargin: 8
        anchors.bottomMargin: 8
        spacing: 16

        TapHandler {
            onTapped: AppSettings.clinicianMode = !AppSettings.clinicianMode
        }
        Icon {
            Layout.alignment: Qt.AlignTop
            Layout.topMargin: 2
            name: "medical_services"
            color: Theme.textSecondary
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                text: qsTr("I am a clinician")
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                text: AppSettings.clinicianMode ? qsTr("Clinician mode: open the shares patients show you. Turn it off to share your own record.")
                                                : qsTr("Open the shares patients show you, with this wallet's clinician identity.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
        }
        QQC2.Switch {
            id: toggle

            objectName: "clinicianModeSwitch"
            checked: AppSettings.clinicianMode
            Accessible.name: qsTr("I am a clinician")
            onToggled: AppSettings.clinicianMode = checked
        }
    }
}
