// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The first screen: what Carnet is, and the two ways to begin. The page only emits signals; Main.qml
// decides what each choice opens (the create and restore flows).
QQC2.Page {
    id: page

    signal createRequested
    signal restoreRequested
    signal settingsRequested

    objectName: "onboardingPage"
    title: qsTr("Welcome")
    background: null
    Accessible.name: qsTr("Welcome to Carnet")

    header: PageHeader {
        IconButton {
            id: settingsButton

            objectName: "settingsButton"
            iconName: "settings"
            text: qsTr("Appearance and language")
            KeyNavigation.tab: createButton
            KeyNavigation.backtab: restoreButton
            onClicked: page.settingsRequested()
        }
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        contentWidth: width
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        Item {
            id: content

            width: scroll.width
            height: Math.max(scroll.height, column.implicitHeight + 2 * Theme.margin)

            ColumnLayout {
                id: column

                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                spacing: Theme.spacing

                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    implicitWidth: 112
                    implicitHeight: 112
                    radius: 32
                    color: Theme.primaryContainer

                    Icon {
                        anchors.centerIn: parent
                        name: "health_and_safety"
                        size: 64
                        color: Theme.textOnPrimaryContainer
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.topMargin: 8
                    text: qsTr("Carnet")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.titleSize
                    font.weight: Font.DemiBold
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                Text {
                    objectName: "promise"
                    Layout.fillWidth: true
                    text: qsTr("Your health record, held by you.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: page.width < 420 ? Theme.headingSize - 4 : Theme.headingSize - 2
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                Text {
                    Layout.fillWidth: true
                    Layout.bottomMargin: 16
                    text: qsTr("Start a new wallet, or bring back one you already have with its recovery phrase.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    lineHeight: 1.25
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                PrimaryButton {
                    id: createButton

                    objectName: "createButton"
                    Layout.fillWidth: true
                    focus: true
                    iconName: "add"
                    text: qsTr("Create a wallet")
                    Accessible.description: qsTr("Start a new wallet on this device")
                    KeyNavigation.tab: restoreButton
                    KeyNavigation.backtab: settingsButton
                    onClicked: page.createRequested()
                }
                SecondaryButton {
                    id: restoreButton

                    objectName: "restoreButton"
                    Layout.fillWidth: true
                    iconName: "settings_backup_restore"
                    text: qsTr("Restore from recovery phrase")
                    Accessible.description: qsTr("Bring back an existing wallet with its recovery phrase")
                    KeyNavigation.tab: settingsButton
                    KeyNavigation.backtab: createButton
                    onClicked: page.restoreRequested()
                }
            }
        }
    }
}
