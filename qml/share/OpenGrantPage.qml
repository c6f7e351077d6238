// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// A patient's share as the clinician reads it: the grant's head (for whom, until when, what, the
// nodes that checked it) and its entries as timeline rows with who published them, checked again
// every 30 seconds and with Check again. When the patient revokes it or it expires, the view is
// dropped and the page says so. Leaving the page closes the share: nothing stays in memory.
QQC2.Page {
    id: page

    required property ClinicianViewModel vm

    signal backRequested
    signal noteRequested

    objectName: "openGrantPage"
    title: qsTr("Patient's share")
    background: null
    Accessible.name: title
    QQC2.StackView.onRemoved: vm.close()

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()

        IconButton {
            objectName: "refreshGrant"
            visible: page.vm.stage === ClinicianViewModel.Open
            iconName: "refresh"
            text: qsTr("Check again")
            onClicked: page.vm.refresh()
        }
        IconButton {
            objectName: "closeGrant"
            visible: page.vm.stage === ClinicianViewModel.Open
            iconName: "close"
            text: qsTr("Close the share")
            Accessible.description: qsTr("Forgets everything read from this share on this device")
            onClicked: page.backRequested()
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8
        visible: page.vm.stage === ClinicianViewModel.Open

        GrantView {
            Layout.fillWidth: true
            Layout.fillHeight: true
            grant: page.vm.grant
        }
        Rectangle {
            Layout.fillWidth: true
            implicitHeight: footer.implicitHeight + 16
            color: Theme.surface

            RowLayout {
                id: footer

                anchors.centerIn: parent
                width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
                spacing: 12

                Text {
                    objectName: "refreshText"
                    Layout.fillWidth: true
                    text: page.vm.refreshText
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
                PrimaryButton {
                    objectName: "addNoteButton"
                    visible: page.vm.canAddNote
                    iconName: "edit_note"
                    text: qsTr("Add a note")
                    onClicked: page.noteRequested()
                }
            }
        }
    }
    EmptyState {
        objectName: "grantDropped"
        anchors.centerIn: parent
        width: Math.min(page.width - 2 * Theme.margin, Theme.contentMaxWidth)
        visible: page.vm.stage !== ClinicianViewModel.Open
        iconName: "event_busy"
        title: qsTr("This share is closed")
        text: page.vm.droppedText.length > 0 ? page.vm.droppedText
                                             : qsTr("Nothing of this share is kept on this device.")

        PrimaryButton {
            Layout.alignment: Qt.AlignHCenter
            iconName: "arrow_back"
            text: qsTr("Back")
            onClicked: page.backRequested()
        }
    }
}
