// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Carnet

// One open study: its title, who posts it and whether they are licensed, its purpose (expandable),
// what data it asks for, what it pays (the wei amount on tap or hover), places left, deadline, and
// this wallet's part: whether the record has what it asks, joined or left, earnings. A study the
// record cannot satisfy says so and offers no Join.
Rectangle {
    id: card

    required property var study
    property bool busy: false
    property bool purposeOpen: false
    property bool weiShown: false

    signal previewRequested
    signal leaveRequested

    function askedText(): string {
        let parts = [];
        if (study.categories.length > 0) {
            let names = [];
            for (let i = 0; i < study.categories.length; ++i)
                names.push(Categories.label(study.categories[i]));
            parts.push(names.join(", "));
        }
        if (study.loincText.length > 0)
            parts.push(qsTr("LOINC %1").arg(study.loincText));
        parts.push(study.datesText);
        if (study.demographics)
            parts.push(qsTr("age, gender and region"));
        if (study.freeText)
            parts.push(qsTr("free text, if you agree"));
        return parts.join("; ");
    }

    objectName: "studyCard"
    implicitHeight: layout.implicitHeight + 24
    radius: 12
    color: Theme.surface
    border.width: 1
    border.color: Theme.surfaceVariant
    Accessible.role: Accessible.ListItem
    Accessible.name: study.title

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 12
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Text {
                Layout.fillWidth: true
                text: card.study.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize + 2
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            StatusBadge {
                objectName: "studyState"
                visible: text.length > 0
                text: card.study.state === "joined" || card.study.state === "left" ? card.study.stateText : card.study.openText
                iconName: card.study.state === "joined" ? "check_circle" : card.study.state === "left" ? "logout" : "schedule"
                kind: card.study.state === "joined" ? StatusBadge.Info : StatusBadge.Warning
            }
        }
        Text {
            objectName: "studyResearcher"
            Layout.fillWidth: true
            text: qsTr("By %1 · %2").arg(card.study.researcherName).arg(card.study.researcherText)
            color: card.study.licensed === "yes" ? Theme.textSecondary : Theme.error
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        Text {
            objectName: "studyPurpose"
            Layout.fillWidth: true
            text: card.study.purpose
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            maximumLineCount: card.purposeOpen ? 1000 : 2
            elide: Text.ElideRight
        }
        QQC2.ToolButton {
            objectName: "purposeToggle"
            Layout.leftMargin: -8
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.primary
            visible: card.purposeOpen || card.study.purpose.length > 90
            text: card.purposeOpen ? qsTr("Show less") : qsTr("Read the whole purpose")
            font.family: Theme.fontFamily
            onClicked: card.purposeOpen = !card.purposeOpen
        }
        StudyFact {
            Layout.fillWidth: true
            label: qsTr("Asks for")
            value: card.askedText()
        }
        GridLayout {
            Layout.fillWidth: true
            columns: card.width > 480 ? 3 : 2
            columnSpacing: 16
            rowSpacing: 8

            StudyFact {
                objectName: "studyPrice"
                Layout.fillWidth: true
                label: qsTr("Pays")
                value: card.weiShown ? card.study.priceWeiText : card.study.priceText

                HoverHandler {
                    id: priceHover
                }
                TapHandler {
                    onTapped: card.weiShown = !card.weiShown
                }
                QQC2.ToolTip.visible: priceHover.hovered && !card.weiShown
                QQC2.ToolTip.text: card.study.priceWeiText
            }
            StudyFact {
                Layout.fillWidth: true
                label: qsTr("Places")
                value: card.study.placesText
            }
            StudyFact {
                Layout.fillWidth: true
                label: qsTr("Until")
                value: card.study.deadlineText
            }
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Icon {
                Layout.alignment: Qt.AlignTop
                name: card.study.fit === "satisfiable" ? "check_circle" : "block"
                size: 20
                color: card.study.fit === "satisfiable" ? Theme.primary : Theme.error
            }
            Text {
                objectName: "studyFit"
                Layout.fillWidth: true
                text: card.study.fitText
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
        Text {
            Layout.fillWidth: true
            visible: card.study.state === "delivering" || card.study.state === "joined" || card.study.state === "left"
            text: card.study.state === "delivering" ? card.study.stateText
                                                    : qsTr("Earnings: %1").arg(card.study.earningsText)
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.alignment: Qt.AlignRight
            spacing: 8

            SecondaryButton {
                objectName: "leaveButton"
                visible: card.study.canLeave
                enabled: !card.busy
                iconName: "logout"
                text: qsTr("Leave")
                Accessible.description: qsTr("Stop sharing under this study's pseudonym; the passphrase is asked first")
                onClicked: card.leaveRequested()
            }
            PrimaryButton {
                objectName: "previewButton"
                visible: card.study.canJoin
                enabled: !card.busy
                iconName: "visibility"
                text: qsTr("Preview and join")
                Accessible.description: qsTr("See exactly what this study would receive before joining")
                onClicked: card.previewRequested()
            }
        }
    }
}
