// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The choices of a new SMART Health Link: what (a part of the record, chosen as in the share flow, or
// the summary), for how long, an optional passcode and keeping it up to date, a label; or, for the
// emergency card, the name on the card and for how many days. Then Make the link.
Flickable {
    id: scroll

    required property LinksViewModel vm
    required property TimelineModel chips
    readonly property bool emergency: vm.kind === LinksViewModel.Emergency

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

        Text {
            Layout.fillWidth: true
            text: scroll.emergency
                  ? qsTr("An emergency card is a QR code for your lock screen or wallet: whoever scans it sees your summary (conditions, medicines, allergies) in a web browser, with no passcode. Each time it is opened, you are told at your next unlock.")
                  : qsTr("The doctor scans the QR code or opens the link in any web browser; the record is encrypted, and the key is only in the link.")
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        SectionCard {
            Layout.fillWidth: true
            visible: !scroll.emergency
            title: qsTr("What to send")

            RadioRow {
                objectName: "linkKindPart"
                text: qsTr("A part of my record")
                checked: scroll.vm.kind === LinksViewModel.RecordPart
                onToggled: scroll.vm.kind = LinksViewModel.RecordPart
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: scroll.vm.kind === LinksViewModel.RecordPart
                spacing: 4

                CategoryChips {
                    objectName: "linkCategories"
                    Layout.fillWidth: true
                    Layout.leftMargin: 8
                    timeline: scroll.chips
                }
                RowLayout {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    spacing: 12

                    ValueField {
                        id: fromField

                        objectName: "linkFromDate"
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

                        objectName: "linkToDate"
                        Layout.fillWidth: true
                        label: qsTr("To day")
                        field.Accessible.name: qsTr("To day (year-month-day, optional)")
                        text: scroll.vm.toDate
                        field.placeholderText: "2024-03-31"
                        field.inputMethodHints: Qt.ImhNoPredictiveText
                        field.onTextEdited: scroll.vm.toDate = toField.text
                    }
                }
            }
            RadioRow {
                objectName: "linkKindSummary"
                text: qsTr("A summary of my whole record (IPS)")
                checked: scroll.vm.kind === LinksViewModel.Summary
                onToggled: scroll.vm.kind = LinksViewModel.Summary
            }
        }
        SectionCard {
            Layout.fillWidth: true
            title: qsTr("For how long")

            QQC2.ComboBox {
                id: validity

                readonly property var choices: scroll.emergency ? scroll.vm.dayChoices : scroll.vm.validityChoices
                readonly property int current: scroll.emergency ? scroll.vm.validityDays : scroll.vm.validityHours

                function words(n: int): string {
                    return scroll.emergency ? (n === 1 ? qsTr("1 day") : n === 730 ? qsTr("2 years") : n === 365 ? qsTr("1 year")
                                                                                                                  : qsTr("%n days", "", n))
                                            : scopeText.hours(n);
                }

                objectName: "linkValidity"
                Layout.fillWidth: true
                Layout.margins: 12
                Layout.minimumHeight: Theme.touchTarget
                model: choices
                displayText: words(current)
                currentIndex: choices.indexOf(current)
                font.family: Theme.fontFamily
                Accessible.name: qsTr("How long the link lasts")
                delegate: QQC2.ItemDelegate {
                    required property int modelData

                    width: validity.width
                    text: validity.words(modelData)
                    font.family: Theme.fontFamily
                }
                onActivated: index => {
                    if (scroll.emergency)
                        scroll.vm.validityDays = choices[index];
                    else
                        scroll.vm.validityHours = choices[index];
                }
            }
        }
        SectionCard {
            Layout.fillWidth: true
            visible: !scroll.emergency
            title: qsTr("Passcode")

            PassphraseEntry {
                id: passcode

                objectName: "linkPasscode"
                Layout.fillWidth: true
                Layout.margins: 12
                label: qsTr("Passcode (optional, 4 to 64 characters)")
                onAccepted: {
                    scroll.vm.setPasscode(passcode.text);
                    passcode.clear();
                }
                field.onActiveFocusChanged: if (!passcode.field.activeFocus && passcode.text.length > 0) {
                    scroll.vm.setPasscode(passcode.text);
                    passcode.clear();
                }
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.rightMargin: 12
                text: scroll.vm.hasPasscode ? qsTr("A passcode is set. Tell it to the doctor yourself, not next to the QR code.")
                                            : qsTr("With a passcode, the share host refuses the link after a few wrong tries.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            QQC2.Switch {
                objectName: "linkLongTerm"
                Layout.fillWidth: true
                Layout.margins: 8
                text: qsTr("Keep it up to date (needs a passcode)")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                checked: scroll.vm.longTerm
                onToggled: scroll.vm.longTerm = checked
            }
        }
        SectionCard {
            Layout.fillWidth: true
            title: scroll.emergency ? qsTr("Name on the card") : qsTr("Label")

            ValueField {
                id: labelField

                objectName: "linkLabel"
                Layout.fillWidth: true
                Layout.margins: 12
                label: scroll.emergency ? qsTr("Your name (optional; the doctor sees it)") : qsTr("Label (optional, shown to the doctor)")
                text: scroll.vm.label
                field.maximumLength: 80
                field.onTextEdited: scroll.vm.label = labelField.text
            }
        }
        ErrorText {
            objectName: "linkError"
            Layout.fillWidth: true
            text: scroll.vm.actionErrorText
        }
        PrimaryButton {
            objectName: "makeLinkButton"
            Layout.alignment: Qt.AlignHCenter
            enabled: !scroll.vm.busy
            iconName: scroll.emergency ? "emergency" : "qr_code_2"
            text: scroll.vm.busy ? qsTr("Making the link…") : scroll.emergency ? qsTr("Make the card") : qsTr("Make the link")
            onClicked: {
                if (passcode.text.length > 0) {
                    scroll.vm.setPasscode(passcode.text);
                    passcode.clear();
                }
                scroll.vm.requestCreate();
            }
        }
    }

    component RadioRow: QQC2.RadioButton {
        id: radio

        Layout.fillWidth: true
        Layout.margins: 4
        font.family: Theme.fontFamily
        font.pixelSize: Theme.bodySize
        contentItem: Text {
            leftPadding: radio.indicator.width + radio.spacing
            text: radio.text
            color: Theme.text
            font: radio.font
            wrapMode: Text.Wrap
            verticalAlignment: Text.AlignVCenter
        }
    }
}
