// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// The head of a grant's view: preview or verified, whom it is for, until when, what it covers,
// whether notes may be added, and how many entries it holds (and how many were refused).
Rectangle {
    id: card

    required property GrantViewModel grant

    implicitHeight: layout.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.width: 1
    border.color: Theme.surfaceVariant

    ScopeText {
        id: scopeText
    }
    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        StatusBadge {
            objectName: "grantBadge"
            text: card.grant.preview ? qsTr("Preview: exactly what the clinician will see") : qsTr("Verified on this device")
            iconName: card.grant.preview ? "visibility" : "verified"
            Layout.maximumWidth: layout.width
        }
        FieldLine {
            label: qsTr("For")
            value: scopeText.recipient(card.grant.named, card.grant.granteeName, card.grant.passcode)
        }
        FieldLine {
            label: qsTr("Until")
            value: card.grant.expiryText
        }
        FieldLine {
            label: qsTr("What")
            value: scopeText.describe(card.grant.categories, card.grant.fromText, card.grant.toText, card.grant.singleEntries)
        }
        FieldLine {
            label: qsTr("Notes")
            value: card.grant.writeBack ? qsTr("The clinician may add notes and prescriptions") : qsTr("Read only")
        }
        FieldLine {
            objectName: "grantCount"
            label: qsTr("Entries")
            value: card.grant.refusedCount > 0
                   ? qsTr("%1, of which %2 refused (not shown)").arg(card.grant.entryCount).arg(card.grant.refusedCount)
                   : String(card.grant.entryCount)
        }
        FieldLine {
            visible: card.grant.checkedText.length > 0
            label: qsTr("Checked")
            value: card.grant.checkedText
        }
    }

    component FieldLine: ColumnLayout {
        property string label
        property string value

        Layout.fillWidth: true
        spacing: 0
        Accessible.role: Accessible.StaticText
        Accessible.name: label + ": " + value

        Text {
            Layout.fillWidth: true
            text: parent.label
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            Accessible.ignored: true
        }
        Text {
            Layout.fillWidth: true
            text: parent.value
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.ignored: true
        }
    }
}
