// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Shown for "Create a wallet" and "Restore from recovery phrase" while the vault is not built: it says
// so plainly and that nothing was created or stored. The next issue replaces it with the real flows.
QQC2.Page {
    id: page

    enum Action {
        Create,
        Restore
    }

    property int action: NotYetAvailablePage.Create

    signal backRequested

    objectName: "notYetAvailablePage"
    title: action === NotYetAvailablePage.Create ? qsTr("Create a wallet") : qsTr("Restore from recovery phrase")
    background: null
    Accessible.name: title

    header: PageHeader {
        id: pageHeader

        title: page.title
        showBack: true
        backButton.KeyNavigation.tab: backToStart
        onBackRequested: page.backRequested()
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        contentWidth: width
        contentHeight: content.height
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        Item {
            id: content

            width: scroll.width
            height: Math.max(scroll.height, message.implicitHeight + 2 * Theme.margin)

            EmptyState {
                id: message

                objectName: "notYetAvailableMessage"
                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
                iconName: "construction"
                title: qsTr("Not available yet")
                text: (page.action === NotYetAvailablePage.Create
                       ? qsTr("Creating a wallet arrives in the next version of Carnet.")
                       : qsTr("Restoring a wallet from its recovery phrase arrives in the next version of Carnet."))
                      + " " + qsTr("Nothing has been created or stored on this device.")

                PrimaryButton {
                    id: backToStart

                    objectName: "backToStartButton"
                    Layout.fillWidth: true
                    focus: true
                    iconName: "arrow_back"
                    text: qsTr("Back to start")
                    KeyNavigation.tab: pageHeader.backButton
                    onClicked: page.backRequested()
                }
            }
        }
    }
}
