// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// A note written back into the patient's record under a share that allows it: the text becomes a
// FHIR consult note signed by the clinician's key (ClinicianViewModel::addNote). The patient's
// wallet shows it after its next sync, as written by this clinician.
QQC2.Page {
    id: page

    required property ClinicianViewModel vm

    signal backRequested

    objectName: "notePage"
    title: qsTr("Add a note")
    background: null
    Accessible.name: title

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }
    Connections {
        target: page.vm

        function onNoteAdded() {
            note.clear();
        }
        function onStageChanged() {
            if (page.vm.stage !== ClinicianViewModel.Open)
                page.backRequested();
        }
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds

        ColumnLayout {
            id: column

            x: (scroll.width - width) / 2
            y: 8
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Your note is added to the patient's record, signed with your clinician key. The patient sees it, with your name, after their next sync; it cannot be taken back.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            QQC2.TextArea {
                id: note

                objectName: "noteText"
                Layout.fillWidth: true
                Layout.minimumHeight: 180
                placeholderText: qsTr("Consult note")
                wrapMode: TextEdit.Wrap
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                enabled: !page.vm.noteBusy
                Accessible.name: qsTr("Consult note")
            }
            Text {
                objectName: "noteStatus"
                Layout.fillWidth: true
                visible: page.vm.noteStatus.length > 0
                text: page.vm.noteStatus
                color: page.vm.noteFailed ? Theme.error : Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 12

                QQC2.BusyIndicator {
                    visible: page.vm.noteBusy
                    running: page.vm.noteBusy
                    Accessible.name: qsTr("Adding the note")
                }
                PrimaryButton {
                    objectName: "sendNote"
                    iconName: "note_add"
                    text: qsTr("Add to the record")
                    enabled: !page.vm.noteBusy && note.text.trim().length > 0
                    onClicked: page.vm.addNote(note.text)
                }
            }
        }
    }
}
