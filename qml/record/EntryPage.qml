// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// One entry: its readable detail (labelled fields, a clinical note's text), where it comes from
// (author, licence, record, sequence, sealed hash, when this device verified it), a "Show trend"
// button for charted values, and the raw JSON on demand.
QQC2.Page {
    id: page

    property alias recordId: viewModel.recordId
    property alias sequence: viewModel.sequence
    readonly property alias viewModel: viewModel

    signal backRequested
    signal trendRequested(var keys, string title)

    objectName: "entryPage"
    title: viewModel.refused ? qsTr("Refused entry") : viewModel.title
    background: Rectangle {
        color: Theme.background
    }
    Accessible.name: title

    Component.onCompleted: viewModel.load()

    EntryViewModel {
        id: viewModel
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
        contentHeight: column.implicitHeight + 2 * Theme.spacing
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: column

            x: (scroll.width - width) / 2
            y: Theme.spacing
            width: Math.min(scroll.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            spacing: Theme.spacing

            // What and when, with the value and its flag.
            RowLayout {
                Layout.fillWidth: true
                spacing: 12
                visible: viewModel.found

                Rectangle {
                    implicitWidth: 48
                    implicitHeight: 48
                    radius: 24
                    color: viewModel.refused ? Theme.warningContainer : Theme.primaryContainer

                    Icon {
                        anchors.centerIn: parent
                        name: Categories.iconName(viewModel.refused ? "" : viewModel.category)
                        color: viewModel.refused ? Theme.textOnWarningContainer : Theme.textOnPrimaryContainer
                    }
                }
                ColumnLayout {
                    Layout.fillWidth: true
                    spacing: 2

                    Text {
                        Layout.fillWidth: true
                        text: viewModel.refused ? "" : Categories.label(viewModel.category) + " · " + viewModel.dateText
                        visible: !viewModel.refused
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.captionSize
                        wrapMode: Text.Wrap
                    }
                    Text {
                        objectName: "entryValue"
                        Layout.fillWidth: true
                        visible: text.length > 0
                        // A note's value line is the start of its text, shown whole below.
                        text: viewModel.refused || viewModel.noteText.length > 0 ? "" : viewModel.valueLine
                        color: Theme.text
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.DemiBold
                        wrapMode: Text.Wrap
                    }
                }
            }
            StatusBadge {
                objectName: "entryAbnormalBadge"
                visible: viewModel.abnormal && !viewModel.refused
                kind: StatusBadge.Warning
                iconName: "priority_high"
                text: qsTr("Outside the reference range")
            }
            StatusBadge {
                objectName: "entryRefusedBadge"
                Layout.fillWidth: true
                visible: viewModel.refused
                kind: StatusBadge.Warning
                iconName: "report_problem"
                text: qsTr("This entry was refused and is not shown: %1").arg(viewModel.reason)
            }
            SecondaryButton {
                objectName: "showTrendButton"
                visible: viewModel.seriesKeys.length > 0
                text: qsTr("Show trend")
                iconName: "show_chart"
                onClicked: page.trendRequested(viewModel.seriesKeys, viewModel.title)
            }
            SectionCard {
                objectName: "noteCard"
                Layout.fillWidth: true
                visible: viewModel.noteText.length > 0
                title: qsTr("Note")

                TextEdit {
                    objectName: "noteText"
                    Layout.fillWidth: true
                    Layout.margins: 12
                    text: viewModel.noteText
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.Wrap
                    color: Theme.text
                    selectionColor: Theme.primaryContainer
                    selectedTextColor: Theme.textOnPrimaryContainer
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    Accessible.role: Accessible.StaticText
                    Accessible.name: text
                }
            }
            SectionCard {
                objectName: "detailCard"
                Layout.fillWidth: true
                visible: viewModel.fields.length > 0
                title: qsTr("Details")

                Repeater {
                    model: viewModel.fields

                    delegate: FieldRow {
                        required property var modelData

                        Layout.fillWidth: true
                        label: modelData.label
                        value: modelData.value
                        abnormal: modelData.abnormal
                    }
                }
            }
            ProvenanceCard {
                objectName: "provenanceCard"
                Layout.fillWidth: true
                visible: viewModel.found
                viewModel: viewModel
            }
            SecondaryButton {
                id: rawToggle

                property bool shown: false

                objectName: "rawJsonToggle"
                visible: viewModel.rawJson.length > 0
                text: shown ? qsTr("Hide raw JSON") : qsTr("Show raw JSON")
                iconName: shown ? "expand_less" : "code"
                onClicked: shown = !shown
            }
            Rectangle {
                objectName: "rawJsonBox"
                Layout.fillWidth: true
                visible: rawToggle.shown
                implicitHeight: rawText.implicitHeight + 24
                radius: 12
                color: Theme.surfaceVariant

                TextEdit {
                    id: rawText

                    objectName: "rawJsonText"
                    anchors.fill: parent
                    anchors.margins: 12
                    text: rawToggle.shown ? viewModel.rawJson : ""
                    readOnly: true
                    selectByMouse: true
                    wrapMode: TextEdit.WrapAnywhere
                    color: Theme.text
                    selectionColor: Theme.primaryContainer
                    selectedTextColor: Theme.textOnPrimaryContainer
                    font.family: "monospace"
                    font.pixelSize: Theme.captionSize
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("Raw JSON")
                }
            }
            Text {
                Layout.fillWidth: true
                visible: !viewModel.loading && !viewModel.found
                text: qsTr("This entry is not in the vault.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
        }
    }
}
