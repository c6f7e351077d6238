// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Carnet

// The Record destination: what the health record will hold once providers publish to it.
QQC2.Page {
    id: page

    objectName: "recordPage"
    title: qsTr("Record")
    background: null
    Accessible.name: title

    Flickable {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        Item {
            id: content

            width: scroll.width
            height: Math.max(scroll.height, emptyState.implicitHeight + 2 * Theme.margin)

            EmptyState {
                id: emptyState

                objectName: "recordPageEmptyState"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                iconName: "medical_information"
                title: qsTr("No entries yet")
                text: qsTr("Your health record will appear here: entries your providers publish, verified and decrypted on this device. Connecting providers and syncing come in a coming version.")
            }
        }
    }
}
