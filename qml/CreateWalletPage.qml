// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Create a wallet, one step per screen: 1 passphrase, 2 recovery phrase (shown once), 3 quiz on three
// of its words, 4 the vault is made. Back goes one step back; before step 4 nothing is written.
// When the vault exists the session is unlocked and Main.qml shows the home shell.
QQC2.Page {
    id: page

    property int step: 0
    readonly property int stepCount: 4

    signal backRequested

    // Keyboard focus goes to the step's first control whenever a step is shown.
    function focusStep() {
        const first = [passphraseStep.firstControl, phraseStep.firstControl, quizStep.firstControl, null][step];
        if (first)
            first.forceActiveFocus(Qt.OtherFocusReason);
    }

    function goBack() {
        if (vm.busy)
            return;
        if (step === 0 || step === 3)
            page.backRequested();
        else
            step -= 1;
    }

    objectName: "createWalletPage"
    title: qsTr("Create a wallet")
    background: null
    Accessible.name: title
    Component.onCompleted: vm.generatePhrase()
    onStepChanged: focusStep()
    QQC2.StackView.onActivated: focusStep()
    Keys.onEscapePressed: event => { goBack(); event.accepted = true; }
    Keys.onBackPressed: event => { goBack(); event.accepted = true; }

    CreateWalletViewModel {
        id: vm
    }

    header: PageHeader {
        title: page.title
        showBack: true
        backButton.enabled: !vm.busy
        onBackRequested: page.goBack()

        ProgressDots {
            objectName: "progressDots"
            anchors.verticalCenter: parent ? parent.verticalCenter : undefined
            count: page.stepCount
            current: page.step
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.step

        PassphraseStep {
            id: passphraseStep

            vm: vm
            onDone: page.step = 1
        }
        PhraseStep {
            id: phraseStep

            vm: vm
            onDone: page.step = 2
        }
        QuizStep {
            id: quizStep

            vm: vm
            onDone: {
                page.step = 3;
                vm.createWithChosenPassphrase();
            }
        }
        CreatingStep {
            vm: vm
        }
    }
}
