// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The choices of a new share: what (categories, days, entries picked by hand), for how long, for
// whom, whether notes may be added; then Preview.
Flickable {
    id: scroll

    required property ShareViewModel vm
    required property TimelineModel chips

    signal pickEntriesRequested

    clip: true
    contentWidth: width
    contentHeight: content.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    ScopeText {
        id: scopeText
    }
    ColumnLayout {
        id: content

        x: (scroll.width - width) / 2
        y: 8
        width: Math.min(scroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
        spacing: Theme.spacing

        SectionCard {
            Layout.fillWidth: true
            title: qsTr("What to share")

            Text {
                Layout.fillWidth: true
                Layout.margins: 12
                text: scroll.chips.presentCategories.length > 0 ? qsTr("Categories (with none chosen, only the entries you pick)")
                                                                : qsTr("Your record has no entries yet.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            CategoryChips {
                objectName: "shareCategories"
                Layout.fillWidth: true
                Layout.leftMargin: 8
                timeline: scroll.chips
            }
            // Side by side, short labels: the format is in the placeholder and the accessible name.
            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 12
                spacing: 12

                ValueField {
                    id: fromField

                    objectName: "fromDate"
                    Layout.fillWidth: true
                    label: qsTr("From day")
                    field.Accessible.name: qsTr("From day (year-month-day, optional)")
                    text: scroll.vm.fromDate
                    field.placeholderText: "2024-03-01"
                    field.inputMethodHints: Qt.ImhNoPredictiveText
                    field.onTextEdited: scroll.vm.fromDate = fromField.text
                }
                ValueField {
                    id: toField

                    objectName: "toDate"
                    Layout.fillWidth: true
                    label: qsTr("To day")
                    field.Accessible.name: qsTr("To day (year-month-day, optional)")
                    text: scroll.vm.toDate
                    field.placeholderText: "2024-03-31"
                    field.inputMethodHints: Qt.ImhNoPredictiveText
                    field.onTextEdited: scroll.vm.toDate = toField.text
                }
            }
            ListRow {
                objectName: "pickEntries"
                Layout.fillWidth: true
                iconName: "checklist"
                text: qsTr("Pick single entries")
                description: scroll.vm.pickedEntries.length === 0 ? qsTr("None picked")
                                                                   : scroll.vm.pickedEntries.length === 1 ? qsTr("1 picked") : qsTr("%n picked", "", scroll.vm.pickedEntries.length)
                onClicked: scroll.pickEntriesRequested()
            }
        }
        SectionCard {
            Layout.fillWidth: true
            title: qsTr("For how long")

            QQC2.ComboBox {
                id: validity

                objectName: "validity"
                Layout.fillWidth: true
                Layout.margins: 12
                Layout.minimumHeight: Theme.touchTarget
                model: scroll.vm.validityChoices
                displayText: scopeText.hours(scroll.vm.validityHours)
                currentIndex: scroll.vm.validityChoices.indexOf(scroll.vm.validityHours)
                font.family: Theme.fontFamily
                Accessible.name: qsTr("How long the share lasts")
                delegate: QQC2.ItemDelegate {
                    required property int modelData

                    width: validity.width
                    text: scopeText.hours(modelData)
                    font.family: Theme.fontFamily
                }
                onActivated: index => scroll.vm.validityHours = scroll.vm.validityChoices[index]
            }
        }
        SectionCard {
            Layout.fillWidth: true
            title: qsTr("For whom")

            RecipientChoice {
                Layout.fillWidth: true
                Layout.margins: 8
                vm: scroll.vm
            }
        }
        SectionCard {
            Layout.fillWidth: true
            title: qsTr("Notes")

            QQC2.Switch {
                objectName: "allowWriteBack"
                Layout.fillWidth: true
                Layout.margins: 8
                text: qsTr("Allow notes and prescriptions")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                checked: scroll.vm.allowWriteBack
                onToggled: scroll.vm.allowWriteBack = checked
            }
            Text {
                Layout.fillWidth: true
                Layout.margins: 12
                text: qsTr("The clinician can then add notes and prescriptions to a new part of your record, signed with their key. You see them at your next sync.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
        ErrorText {
            objectName: "shareError"
            Layout.fillWidth: true
            text: scroll.vm.errorText
        }
        PrimaryButton {
            objectName: "previewButton"
            Layout.alignment: Qt.AlignHCenter
            enabled: !scroll.vm.busy
            iconName: "visibility"
            text: scroll.vm.busy ? qsTr("Preparing the preview…") : qsTr("Preview")
            onClicked: scroll.vm.makePreview()
        }
    }
}
