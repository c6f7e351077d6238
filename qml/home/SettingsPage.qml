// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Settings of the unlocked wallet: security (auto-lock, passphrase, recovery phrase, quick unlock,
// lock now), appearance and language, and about. The page emits signals for the pages it opens;
// HomePage decides where they lead.
QQC2.Page {
    id: page

    signal changePassphraseRequested
    signal revealPhraseRequested

    objectName: "settingsPage"
    title: qsTr("Settings")
    background: null
    Accessible.name: title

    Flickable {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: content

            x: (scroll.width - width) / 2
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            SectionCard {
                objectName: "securitySection"
                Layout.fillWidth: true
                Layout.topMargin: 8
                title: qsTr("Security")

                RowLayout {
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 4
                    spacing: 12

                    Text {
                        Layout.fillWidth: true
                        text: qsTr("Auto-lock after")
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                        Accessible.ignored: true
                    }
                    QQC2.ComboBox {
                        id: autoLockCombo

                        objectName: "autoLockCombo"
                        readonly property var minutes: [1, 2, 5, 10, 15, 30, 60]

                        Layout.preferredWidth: 150
                        Layout.minimumHeight: Theme.touchTarget
                        model: minutes.map(m => qsTr("%1 min", "auto-lock delay in minutes").arg(m))
                        currentIndex: Math.max(0, minutes.indexOf(WalletSession.autoLockMinutes))
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        Accessible.name: qsTr("Auto-lock after")
                        Accessible.description: displayText
                        onActivated: index => {
                            WalletSession.autoLockMinutes = minutes[index];
                            // Choosing from the list assigns currentIndex: follow the session again.
                            currentIndex = Qt.binding(() => Math.max(0, minutes.indexOf(WalletSession.autoLockMinutes)));
                        }
                    }
                }
                Text {
                    Layout.fillWidth: true
                    Layout.leftMargin: 12
                    Layout.rightMargin: 12
                    Layout.bottomMargin: 8
                    text: qsTr("Carnet locks itself after this long without use, and at once when it goes to the background.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
                ListRow {
                    objectName: "changePassphraseRow"
                    Layout.fillWidth: true
                    iconName: "password"
                    text: qsTr("Change passphrase")
                    description: qsTr("Your recovery phrase and your record stay the same.")
                    onClicked: page.changePassphraseRequested()
                }
                ListRow {
                    objectName: "revealPhraseRow"
                    Layout.fillWidth: true
                    iconName: "key"
                    text: qsTr("Show recovery phrase")
                    description: qsTr("Asks for your passphrase first.")
                    onClicked: page.revealPhraseRequested()
                }
                QuickUnlockRow {
                    Layout.fillWidth: true
                }
                ListRow {
                    objectName: "lockNowRow"
                    Layout.fillWidth: true
                    iconName: "lock"
                    showChevron: false
                    text: qsTr("Lock now")
                    description: qsTr("Your passphrase is needed to open the wallet again.")
                    onClicked: WalletSession.lockNow()
                }
            }
            AppearanceChoices {
                objectName: "appearanceSection"
                Layout.fillWidth: true
            }
            AboutCard {
                Layout.fillWidth: true
                Layout.bottomMargin: Theme.margin
            }
        }
    }
}
