// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Carnet

// The Research destination: what taking part in studies will look like once it exists.
QQC2.Page {
    id: page

    objectName: "researchPage"
    title: qsTr("Research")
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

                objectName: "researchPageEmptyState"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                iconName: "science"
                title: qsTr("No studies yet")
                text: qsTr("Paid research studies will appear here. If you join one, it sees only what you agree to, under a pseudonym made for that study alone, never your name or your account. Research comes in a coming version.")
            }
        }
    }
}
