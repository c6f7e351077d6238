// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// The printable emergency card: the name it carries, the QR, "scan in an emergency", the day it was
// made and until when. Fixed colours (dark on white, a red band) in both themes: it is printed or
// used as a lock-screen image, and scanners expect dark modules on white.
Rectangle {
    id: card

    required property string code
    property var link: ({})
    property string dateText

    implicitWidth: 360
    implicitHeight: layout.implicitHeight + 32
    color: "white"
    radius: 16
    border.width: 2
    border.color: "#b3261e"
    Accessible.role: Accessible.Graphic
    Accessible.name: qsTr("Emergency card: scan in an emergency")

    ColumnLayout {
        id: layout

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: parent.top
        anchors.margins: 16
        spacing: 12

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: band.implicitHeight + 16
            radius: 8
            color: "#b3261e"

            RowLayout {
                id: band

                anchors.centerIn: parent
                spacing: 8

                Icon {
                    name: "emergency"
                    size: 28
                    color: "white"
                }
                Text {
                    text: qsTr("Scan in an emergency")
                    color: "white"
                    font.family: Theme.fontFamily
                    font.pixelSize: 20
                    font.weight: Font.DemiBold
                }
            }
        }
        Text {
            objectName: "emergencyName"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: card.link.label ?? ""
            color: "#1c1b1f"
            font.family: Theme.fontFamily
            font.pixelSize: 18
            font.weight: Font.Medium
            wrapMode: Text.Wrap
            textFormat: Text.PlainText
        }
        QrCode {
            objectName: "emergencyQr"
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(layout.width, 300)
            Layout.preferredHeight: Layout.preferredWidth
            text: card.code
        }
        Text {
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("My medical summary: conditions, medicines, allergies. Opens in any phone's camera or web browser.")
            color: "#1c1b1f"
            font.family: Theme.fontFamily
            font.pixelSize: 14
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "emergencyDate"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Made on %1 · valid until %2").arg(card.dateText).arg(card.link.expiryText ?? "")
            color: "#49454f"
            font.family: Theme.fontFamily
            font.pixelSize: 12
            wrapMode: Text.Wrap
        }
    }
}
