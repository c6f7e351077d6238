// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Theme (follow the system, light, dark) and language (follow the system, English, French), as two
// cards. Choices apply at once and are kept by AppSettings. Language names are written in their own
// language. The radio buttons of one card are siblings, so they are exclusive without a ButtonGroup.
// Used by AppearancePage (before a wallet exists) and by Settings.
ColumnLayout {
    spacing: Theme.spacing

    SectionCard {
        Layout.fillWidth: true
        title: qsTr("Theme")

        Repeater {
            model: [
                { value: AppSettings.System, label: qsTr("Same as the system") },
                { value: AppSettings.Light, label: qsTr("Light") },
                { value: AppSettings.Dark, label: qsTr("Dark") }
            ]
            delegate: QQC2.RadioButton {
                required property var modelData

                objectName: "theme" + modelData.value
                Layout.fillWidth: true
                text: modelData.label
                checked: AppSettings.theme === modelData.value
                Accessible.name: qsTr("Theme: %1").arg(text)
                onClicked: AppSettings.theme = modelData.value
            }
        }
    }
    SectionCard {
        Layout.fillWidth: true
        title: qsTr("Language")

        Repeater {
            model: [
                { value: "system", label: qsTr("Same as the system") },
                { value: "en", label: "English" },
                { value: "fr", label: "Français" }
            ]
            delegate: QQC2.RadioButton {
                required property var modelData

                objectName: "language_" + modelData.value
                Layout.fillWidth: true
                text: modelData.label
                checked: AppSettings.language === modelData.value
                Accessible.name: qsTr("Language: %1").arg(text)
                onClicked: AppSettings.language = modelData.value
            }
        }
    }
}
