// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Show the recovery phrase again, after the passphrase. The words are painted by RecoveryPhraseView
// from the view model and never enter QML. They are hidden while Carnet is not the active app, by the
// Hide button, and when the page is left (the view model forgets them).
QQC2.Page {
    id: page

    signal backRequested

    readonly property bool appActive: phrase.applicationActive

    objectName: "revealPhrasePage"
    title: qsTr("Recovery phrase")
    background: null
    Accessible.name: title
    QQC2.StackView.onActivated: passphrase.field.forceActiveFocus()
    QQC2.StackView.onDeactivating: viewModel.hide()
    Component.onDestruction: viewModel.hide()

    function submit() {
        if (!revealButton.enabled)
            return;
        viewModel.reveal(passphrase.text);
        passphrase.clear();
    }

    RevealPhraseViewModel {
        id: viewModel

        objectName: "revealViewModel"
    }
    Connections {
        target: WalletSession

        function onLocked() {
            viewModel.hide();
        }
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    Flickable {
        id: scroll

        anchors.fill: parent
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

            Rectangle {
                Layout.fillWidth: true
                implicitHeight: warning.implicitHeight + 24
                radius: Theme.radius
                color: Theme.warningContainer

                RowLayout {
                    id: warning

                    anchors.fill: parent
                    anchors.margins: 12
                    spacing: 12

                    Icon {
                        Layout.alignment: Qt.AlignTop
                        name: "warning"
                        color: Theme.textOnWarningContainer
                    }
                    Text {
                        objectName: "revealWarning"
                        Layout.fillWidth: true
                        text: qsTr("Anyone who sees these words can take your wallet and read your record. Make sure no one is watching. Carnet will never ask you to type them anywhere except when restoring a wallet.")
                        color: Theme.textOnWarningContainer
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        lineHeight: 1.2
                        wrapMode: Text.Wrap
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Warning: %1").arg(text)
                    }
                }
            }
            PassphraseEntry {
                id: passphrase

                objectName: "revealPassphrase"
                Layout.fillWidth: true
                visible: !viewModel.revealed
                label: qsTr("Passphrase")
                enabled: !viewModel.busy
                field.focus: true
                field.KeyNavigation.tab: revealButton
                onAccepted: page.submit()
            }
            Text {
                objectName: "revealError"
                Layout.fillWidth: true
                visible: text.length > 0 && !viewModel.busy && !viewModel.revealed
                text: viewModel.errorText
                color: Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing
                visible: viewModel.busy

                QQC2.BusyIndicator {
                    running: viewModel.busy
                    Accessible.name: qsTr("Checking the passphrase")
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Checking the passphrase…")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            PrimaryButton {
                id: revealButton

                objectName: "revealButton"
                Layout.fillWidth: true
                visible: !viewModel.revealed
                iconName: "visibility"
                text: qsTr("Show recovery phrase")
                enabled: !viewModel.busy && passphrase.text.length > 0
                onClicked: page.submit()
            }
            Rectangle {
                objectName: "phraseCard"
                Layout.fillWidth: true
                visible: viewModel.revealed
                implicitHeight: (page.appActive ? phrase.implicitHeight : hiddenNote.implicitHeight) + 32
                radius: Theme.radius
                color: Theme.surface
                border.width: 1
                border.color: Theme.outline

                RecoveryPhraseView {
                    id: phrase

                    objectName: "recoveryPhraseView"
                    anchors.fill: parent
                    anchors.margins: 16
                    visible: page.appActive && viewModel.revealed
                    source: viewModel
                    textColor: Theme.text
                    numberColor: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Your recovery phrase, shown on screen")
                }
                Text {
                    id: hiddenNote

                    anchors.centerIn: parent
                    width: parent.width - 32
                    visible: !page.appActive
                    text: qsTr("Hidden while Carnet is in the background.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                    horizontalAlignment: Text.AlignHCenter
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            SecondaryButton {
                objectName: "hideButton"
                Layout.fillWidth: true
                visible: viewModel.revealed
                iconName: "visibility_off"
                text: qsTr("Hide")
                Accessible.name: qsTr("Hide the recovery phrase")
                onClicked: viewModel.hide()
            }
        }
    }
}
