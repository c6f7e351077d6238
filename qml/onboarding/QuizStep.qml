// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Create, step 3: the words at three random positions, typed back from the paper and checked in C++.
// Once all three match, the phrase is never shown again and the vault is made.
StepColumn {
    id: step

    required property CreateWalletViewModel vm
    property var wrong: []

    signal done

    function check() {
        const fields = [];
        for (let i = 0; i < answers.count; ++i)
            fields.push(answers.itemAt(i));
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

    Repeater {
        id: answers

        model: step.vm.quizPositions
        delegate: ColumnLayout {
            id: answer

            required property int modelData
            required property int index
            readonly property int position: modelData
            property alias text: field.text

            function clear() {
                field.clear();
            }

            Layout.fillWidth: true
            spacing: 4

            Text {
                Layout.fillWidth: true
                text: qsTr("Word %1").arg(answer.position)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.Medium
                Accessible.ignored: true
            }
            QQC2.TextField {
                id: field

                objectName: "quizWord" + answer.index
                Layout.fillWidth: true
                Layout.minimumHeight: Theme.touchTarget
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                Accessible.name: qsTr("Word %1").arg(answer.position)
                onAccepted: step.check()
            }
            ErrorText {
                Layout.fillWidth: true
                text: step.wrong.indexOf(answer.position) >= 0
                      ? qsTr("This is not word %1. Look at your paper again.").arg(answer.position) : ""
            }
        }
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
