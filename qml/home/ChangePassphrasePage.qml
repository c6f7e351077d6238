// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Change the passphrase: the current one, then the new one twice, with a strength meter. The vault
// re-wraps its data key; the recovery phrase and the record do not change. The fields are cleared as
// soon as their text has been handed to the view model.
QQC2.Page {
    id: page

    signal backRequested

    objectName: "changePassphrasePage"
    title: qsTr("Change passphrase")
    background: null
    Accessible.name: title
    QQC2.StackView.onActivated: oldField.field.forceActiveFocus()

    function submit() {
        if (!changeButton.enabled)
            return;
        done.visible = false;
        viewModel.change(oldField.text, newField.text, confirmField.text);
        oldField.clear();
        newField.clear();
        confirmField.clear();
    }

    ChangePassphraseViewModel {
        id: viewModel

        onChanged: done.visible = true
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

            Text {
                Layout.fillWidth: true
                text: qsTr("Your recovery phrase and your record stay the same; only the passphrase that opens this wallet on this device changes.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                lineHeight: 1.2
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            PassphraseEntry {
                id: oldField

                objectName: "oldPassphrase"
                Layout.fillWidth: true
                label: qsTr("Current passphrase")
                enabled: !viewModel.busy
                field.focus: true
                field.KeyNavigation.tab: newField.field
                onAccepted: newField.field.forceActiveFocus()
            }
            PassphraseEntry {
                id: newField

                objectName: "newPassphrase"
                Layout.fillWidth: true
                Layout.topMargin: 8
                label: qsTr("New passphrase")
                enabled: !viewModel.busy
                field.KeyNavigation.tab: confirmField.field
                onTextChanged: viewModel.ratePassphrase(text)
                onAccepted: confirmField.field.forceActiveFocus()
            }
            StrengthMeter {
                objectName: "strengthMeter"
                Layout.fillWidth: true
                visible: newField.text.length > 0
                score: viewModel.strengthScore
                label: viewModel.strengthLabel
                hint: viewModel.strengthHint
                acceptable: viewModel.passphraseAcceptable
            }
            PassphraseEntry {
                id: confirmField

                objectName: "confirmPassphrase"
                Layout.fillWidth: true
                label: qsTr("New passphrase again")
                enabled: !viewModel.busy
                field.KeyNavigation.tab: changeButton
                onAccepted: page.submit()
            }
            Text {
                objectName: "mismatchText"
                Layout.fillWidth: true
                visible: confirmField.text.length > 0 && confirmField.text !== newField.text
                text: qsTr("The two new passphrases are not the same.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
            Text {
                objectName: "changeError"
                Layout.fillWidth: true
                visible: text.length > 0 && !viewModel.busy
                text: viewModel.errorText
                color: Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.AlertMessage
                Accessible.name: text
            }
            StatusBadge {
                id: done

                objectName: "changeDone"
                Layout.maximumWidth: content.width
                visible: false
                iconName: "check_circle"
                text: qsTr("Passphrase changed. Use the new one from now on.")
            }
            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 8
                spacing: Theme.spacing
                visible: viewModel.busy

                QQC2.BusyIndicator {
                    running: viewModel.busy
                    Accessible.name: qsTr("Changing the passphrase")
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("Changing the passphrase… This takes a few seconds.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            PrimaryButton {
                id: changeButton

                objectName: "changeButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                iconName: "password"
                text: qsTr("Change passphrase")
                enabled: !viewModel.busy && oldField.text.length > 0 && newField.text.length > 0
                         && confirmField.text === newField.text && viewModel.passphraseAcceptable
                onClicked: page.submit()
            }
        }
    }
}
