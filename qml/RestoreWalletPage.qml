// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Restore a wallet: 1 the recovery phrase (English or French; checked as it is typed, the error names a
// word position or the checksum, never a word), 2 a new passphrase twice, then the vault is made from
// the phrase. When it exists the session is unlocked and Main.qml shows the home shell.
QQC2.Page {
    id: page

    property int step: 0

    signal backRequested

    function goBack() {
        if (vm.busy)
            return;
        if (step === 0)
            page.backRequested();
        else
            step = 0;
    }

    function restore() {
        vm.restore(phraseArea.text, fields.first.text, fields.second.text);
        fields.clear();
    }

    objectName: "restoreWalletPage"
    title: qsTr("Restore from recovery phrase")
    background: null
    Accessible.name: title
    onStepChanged: (step === 0 ? phraseArea : fields.first.field).forceActiveFocus(Qt.OtherFocusReason)
    QQC2.StackView.onActivated: phraseArea.forceActiveFocus(Qt.OtherFocusReason)
    Keys.onEscapePressed: event => { goBack(); event.accepted = true; }
    Keys.onBackPressed: event => { goBack(); event.accepted = true; }

    RestoreWalletViewModel {
        id: vm

        onRestored: phraseArea.clear()
    }

    header: PageHeader {
        title: page.title
        showBack: true
        backButton.enabled: !vm.busy
        onBackRequested: page.goBack()

        ProgressDots {
            anchors.verticalCenter: parent ? parent.verticalCenter : undefined
            count: 2
            current: page.step
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.step

        StepColumn {
            objectName: "restorePhraseStep"
            heading: qsTr("Type your recovery phrase")
            explanation: qsTr("The 12 to 24 words you wrote down, in order, separated by spaces or new lines. "
                              + "English and French phrases are accepted.")

            QQC2.TextArea {
                id: phraseArea

                objectName: "phraseArea"
                Layout.fillWidth: true
                Layout.minimumHeight: 140
                wrapMode: TextEdit.Wrap
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                placeholderText: qsTr("word1 word2 word3 …")
                Accessible.name: qsTr("Recovery phrase")
                onTextChanged: vm.checkPhrase(text)
            }
            ErrorText {
                objectName: "phraseError"
                Layout.fillWidth: true
                text: vm.phraseError
            }
            StatusBadge {
                objectName: "phraseValid"
                visible: vm.phraseValid
                iconName: "check_circle"
                text: qsTr("A valid recovery phrase")
            }
            PrimaryButton {
                objectName: "phraseContinue"
                Layout.fillWidth: true
                Layout.topMargin: 8
                iconName: "chevron_right"
                text: qsTr("Continue")
                enabled: vm.phraseValid
                onClicked: page.step = 1
            }
        }
        StepColumn {
            objectName: "restorePassphraseStep"
            heading: qsTr("Choose a new passphrase")
            explanation: qsTr("It opens Carnet on this device. It does not need to be the passphrase you had "
                              + "before.")

            NewPassphraseFields {
                id: fields

                Layout.fillWidth: true
                enabled: !vm.busy
                vm: vm
                onSubmitted: page.restore()
            }
            ErrorText {
                objectName: "restoreError"
                Layout.fillWidth: true
                text: vm.errorText
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                visible: vm.busy
                spacing: 12

                QQC2.BusyIndicator {
                    running: vm.busy
                    Accessible.name: qsTr("Restoring your wallet")
                }
                Text {
                    text: qsTr("Protecting your wallet… this takes a second.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
            PrimaryButton {
                objectName: "restoreButton"
                Layout.fillWidth: true
                Layout.topMargin: 8
                iconName: "settings_backup_restore"
                text: qsTr("Restore my wallet")
                enabled: fields.ready && !vm.busy
                onClicked: page.restore()
            }
        }
    }
}
