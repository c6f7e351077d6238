// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Dialogs
import QtQuick.Layouts
import Carnet

// Add your own measurement: what, the value(s) in the unit shown, when (now by default), an
// optional note. It goes to your own record as patient-reported, then a sync verifies and stores it.
QQC2.Page {
    id: page

    signal backRequested

    readonly property var kind: viewModel.kinds[kindBox.currentIndex]

    objectName: "addMeasurementPage"
    title: qsTr("Add a measurement")
    background: null
    Accessible.name: title
    QQC2.StackView.onActivated: firstValue.field.forceActiveFocus()

    function values() {
        return kind.fields.length > 1 ? [firstValue.text, secondValue.text] : [firstValue.text];
    }
    function submit() {
        viewModel.submit(kind.key, values(), whenField.text, noteField.text);
    }

    AddMeasurementViewModel {
        id: viewModel

        onPublishedChanged: if (published) {
            firstValue.text = "";
            secondValue.text = "";
            noteField.text = "";
            whenField.text = nowText();
        }
    }

    FileDialog {
        id: importDialog

        title: qsTr("Import a FHIR file")
        nameFilters: [qsTr("FHIR JSON (*.json)"), qsTr("All files (*)")]
        onAccepted: viewModel.importFile(selectedFile)
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: content

            x: (scroll.width - width) / 2
            y: 8
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("What you add is marked as measured by you, apart from your providers' entries.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                lineHeight: 1.2
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                spacing: 4

                Text {
                    text: qsTr("Measurement")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.Medium
                    Accessible.ignored: true
                }
                QQC2.ComboBox {
                    id: kindBox

                    objectName: "kindBox"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    model: viewModel.kinds
                    textRole: "name"
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    Accessible.name: qsTr("Measurement")
                }
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: Theme.spacing

                ValueField {
                    id: firstValue

                    objectName: "firstValue"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    label: page.kind.fields[0]
                    unit: page.kind.unit
                    error: viewModel.errorField === 0
                    onAccepted: page.submit()
                    field.inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
                ValueField {
                    id: secondValue

                    objectName: "secondValue"
                    Layout.fillWidth: true
                    Layout.preferredWidth: 1
                    visible: page.kind.fields.length > 1
                    label: page.kind.fields.length > 1 ? page.kind.fields[1] : ""
                    unit: page.kind.unit
                    error: viewModel.errorField === 1
                    onAccepted: page.submit()
                    field.inputMethodHints: Qt.ImhFormattedNumbersOnly
                }
            }
            ValueField {
                id: whenField

                objectName: "whenField"
                Layout.fillWidth: true
                label: qsTr("Date and time")
                error: viewModel.errorField === 2
                onAccepted: page.submit()
                text: viewModel.nowText()
                field.inputMethodHints: Qt.ImhPreferNumbers
            }
            ValueField {
                id: noteField

                objectName: "noteField"
                Layout.fillWidth: true
                label: qsTr("Note (optional)")
                error: viewModel.errorField === 3
                onAccepted: page.submit()
            }
            ErrorText {
                objectName: "measurementError"
                Layout.fillWidth: true
                text: viewModel.errorText
            }
            StatusBadge {
                objectName: "measurementPublished"
                Layout.fillWidth: true
                visible: viewModel.published
                iconName: "check_circle"
                text: viewModel.importedCount > 0
                      ? qsTr("%n entries sent to your record. They appear in the timeline once the sync has verified them.", "", viewModel.importedCount)
                      : qsTr("Sent to your record. It appears in the timeline once the sync has verified it.")
            }
            PrimaryButton {
                objectName: "addMeasurementButton"
                Layout.alignment: Qt.AlignHCenter
                enabled: !viewModel.busy
                iconName: "add"
                text: viewModel.busy ? qsTr("Sending…") : qsTr("Add to my record")
                onClicked: page.submit()
            }
            SecondaryButton {
                objectName: "importFileButton"
                Layout.alignment: Qt.AlignHCenter
                enabled: !viewModel.busy
                iconName: "description"
                text: qsTr("Import a FHIR file…")
                onClicked: importDialog.open()
            }
        }
    }
}
