// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// What each study joined has paid into its own account, the total, and Withdraw.
SectionCard {
    id: card

    required property ResearchViewModel vm

    signal withdrawRequested

    objectName: "earningsCard"
    title: qsTr("Earnings")

    Text {
        objectName: "noEarnings"
        Layout.fillWidth: true
        Layout.margins: 12
        visible: card.vm.earnings.length === 0
        text: qsTr("When you join a study, what it pays appears here. You choose the address it is sent to.")
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Repeater {
        model: card.vm.earnings

        delegate: RowLayout {
            required property var modelData

            objectName: "earningRow"
            Layout.fillWidth: true
            Layout.leftMargin: 12
            Layout.rightMargin: 12
            Layout.topMargin: 4
            spacing: 8
            Accessible.role: Accessible.StaticText
            Accessible.name: modelData.title + ": " + modelData.earningsText

            Text {
                Layout.fillWidth: true
                text: parent.modelData.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
                Accessible.ignored: true
            }
            Text {
                text: parent.modelData.earningsText
                color: parent.modelData.earningsKnown ? Theme.text : Theme.error
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.Medium
                Accessible.ignored: true
            }
        }
    }
    RowLayout {
        Layout.fillWidth: true
        Layout.margins: 12
        visible: card.vm.earnings.length > 0
        spacing: 8

        Text {
            objectName: "earningsTotal"
            Layout.fillWidth: true
            text: qsTr("Total: %1").arg(card.vm.totalEarningsText)
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        PrimaryButton {
            objectName: "withdrawButton"
            enabled: card.vm.canWithdraw && card.vm.busyAction.length === 0
            iconName: "payments"
            text: card.vm.busyAction === "withdraw" ? qsTr("Sending…") : qsTr("Withdraw")
            Accessible.description: qsTr("Send your earnings to an address you choose; the passphrase is asked first")
            onClicked: card.withdrawRequested()
        }
    }
}
