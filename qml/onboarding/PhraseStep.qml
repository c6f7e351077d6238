// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Create, step 2: the recovery phrase, shown this once, painted by RecoveryPhraseView from secure
// memory. Blank while Carnet is not the active app (app switcher, screen sharing of another window).
StepColumn {
    id: step

    required property CreateWalletViewModel vm
    readonly property bool appActive: phrase.applicationActive
    readonly property Item firstControl: writtenDown

    signal done

    objectName: "phraseStep"
    heading: qsTr("Your recovery phrase")
    explanation: qsTr("Write these %1 words on paper, in order. Anyone with them can open your record, so "
                      + "keep the paper safe and never type the words into a website or a message. Carnet "
                      + "shows them only now.").arg(vm.wordCount)

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: Math.max(phrase.implicitHeight, hiddenNote.implicitHeight) + 32
        radius: Theme.radius
        color: Theme.surface
        border.width: 1
        border.color: Theme.surfaceVariant

        RecoveryPhraseView {
            id: phrase

            objectName: "recoveryPhrase"
            anchors.fill: parent
            anchors.margins: 16
            visible: step.appActive
            source: step.vm
            textColor: Theme.text
            numberColor: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: 18
            Accessible.role: Accessible.StaticText
            Accessible.name: qsTr("Your recovery phrase, %1 words").arg(wordCount)
        }
        Text {
            id: hiddenNote

            anchors.centerIn: parent
            width: parent.width - 32
            visible: !step.appActive
            text: qsTr("Hidden while Carnet is in the background.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.Wrap
        }
    }
    QQC2.CheckBox {
        id: writtenDown

        objectName: "writtenDown"
        Layout.fillWidth: true
        Layout.minimumHeight: Theme.touchTarget
        text: qsTr("I have written them down, in order")
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        Accessible.name: text
    }
    PrimaryButton {
        objectName: "phraseContinue"
        Layout.fillWidth: true
        iconName: "chevron_right"
        text: qsTr("Continue")
        enabled: writtenDown.checked
        onClicked: step.done()
    }
}
