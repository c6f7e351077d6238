// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// Create, step 3: the words at three random positions, typed back from the paper and checked in C++.
// (CreateWalletViewModel::kQuizWords is 3.) Once all three match, the phrase is never shown again and the vault is made.
StepColumn {
    id: step

    required property CreateWalletViewModel vm
    property var wrong: []
    readonly property Item firstControl: answer0.field

    signal done

    function check() {
        const fields = [answer0, answer1, answer2];
        const stillWrong = [];
        for (const field of fields) {
            if (!vm.checkQuizWord(field.position, field.text))
                stillWrong.push(field.position);
        }
        wrong = stillWrong;
        if (vm.quizPassed) {
            for (const field of fields)
                field.clear();
            step.done();
        }
    }

    objectName: "quizStep"
    heading: qsTr("Check your paper")
    explanation: qsTr("Type these words from your paper. This makes sure the phrase was written down "
                      + "correctly before your wallet depends on it.")

    QuizWordField {
        id: answer0

        objectName: "quizWord0"
        Layout.fillWidth: true
        position: step.vm.quizPositions[0] ?? 0
        wrong: step.wrong.indexOf(position) >= 0
        onAccepted: step.check()
    }
    QuizWordField {
        id: answer1

        objectName: "quizWord1"
        Layout.fillWidth: true
        position: step.vm.quizPositions[1] ?? 0
        wrong: step.wrong.indexOf(position) >= 0
        onAccepted: step.check()
    }
    QuizWordField {
        id: answer2

        objectName: "quizWord2"
        Layout.fillWidth: true
        position: step.vm.quizPositions[2] ?? 0
        wrong: step.wrong.indexOf(position) >= 0
        onAccepted: step.check()
    }
    PrimaryButton {
        objectName: "quizCheck"
        Layout.fillWidth: true
        Layout.topMargin: 8
        iconName: "check"
        text: qsTr("Check and create my wallet")
        onClicked: step.check()
    }
}
