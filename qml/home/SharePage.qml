// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Carnet

// The Share destination: what sharing with a doctor will look like once it exists.
QQC2.Page {
    id: page

    objectName: "sharePage"
    title: qsTr("Share")
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

                objectName: "sharePageEmptyState"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                iconName: "qr_code_2"
                title: qsTr("Nothing shared")
                text: qsTr("Here you will share your record with a doctor by showing a QR code: only the parts you choose, for a time you set, revocable at any moment, with a log of every access. Sharing comes in a coming version.")
            }
        }
    }
}
