// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// One share in the patient's list: whom it is for, what it covers, until when, its state in words
// (never colour alone) and how often it was read, and Revoke while it can still be opened.
Rectangle {
    id: row

    required property var grant
    property bool revoking: false
    readonly property bool revocable: grant.status === "active" || grant.status === "incomplete"
                                      || grant.status === "unverified"

    signal revokeRequested

    implicitHeight: layout.implicitHeight + 24
    radius: 12
    color: Theme.surface
    border.width: 1
    border.color: Theme.surfaceVariant
    Accessible.role: Accessible.ListItem
    Accessible.name: scopeText.recipient(grant.named, grant.granteeName, grant.passcode) + ", " + grant.statusText

    ScopeText {
        id: scopeText
    }
    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 12
        spacing: 4

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Icon {
                name: row.grant.named ? "person" : "qr_code_2"
                size: 22
                color: Theme.primary
            }
            Text {
                Layout.fillWidth: true
                text: scopeText.recipient(row.grant.named, row.grant.granteeName, row.grant.passcode)
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            StatusBadge {
                objectName: "grantStatus"
                text: row.grant.statusText
                iconName: row.grant.status === "active" ? "check_circle"
                        : row.grant.status === "revoked" ? "block"
                        : row.grant.status === "expired" ? "schedule" : "help"
                kind: row.grant.status === "active" ? StatusBadge.Info : StatusBadge.Warning
            }
        }
        Text {
            Layout.fillWidth: true
            text: scopeText.describe(row.grant.categories, row.grant.fromText, row.grant.toText, row.grant.singleEntries)
                  + " · " + (row.grant.entryCount === 1 ? qsTr("1 entry") : qsTr("%n entries", "", row.grant.entryCount))
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Until %1").arg(row.grant.expiryText) + " · "
                  + (row.grant.reads === 0 ? qsTr("Not read yet") : row.grant.reads === 1 ? qsTr("Read once") : qsTr("Read %n times", "", row.grant.reads))
                  + (row.grant.writeBack ? " · " + qsTr("Notes allowed") : "")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        SecondaryButton {
            objectName: "revokeButton"
            Layout.alignment: Qt.AlignRight
            visible: row.revocable
            enabled: !row.revoking
            iconName: "block"
            text: row.revoking ? qsTr("Revoking…") : qsTr("Revoke")
            Accessible.description: qsTr("Stop this share now; the passphrase is asked first")
            onClicked: row.revokeRequested()
        }
    }
}
