// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import Carnet

// The timeline: rows of a TimelineModel grouped by day, the day's heading sticking to the top
// while its rows scroll under it.
ListView {
    id: list

    signal entryActivated(string recordId, int sequence)

    objectName: "timelineList"
    clip: true
    spacing: 8
    boundsBehavior: Flickable.StopAtBounds
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
    Accessible.role: Accessible.List
    Accessible.name: qsTr("Timeline")

    section.property: "section"
    section.criteria: ViewSection.FullString
    section.labelPositioning: ViewSection.InlineLabels | ViewSection.CurrentLabelAtStart
    // Qt 6.4 reuses section items without updating a `required property section` (the heading of
    // another day showed after a filter): the section text is read from the context property instead.
    section.delegate: Rectangle {
        id: heading

        readonly property string day: section // qmllint disable unqualified

        width: ListView.view.width
        height: 40
        color: Theme.background

        Text {
            anchors.verticalCenter: parent.verticalCenter
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            text: heading.day.length > 0 ? heading.day : qsTr("Date unknown")
            color: Theme.primary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
    }
    delegate: Item {
        id: wrapper

        required property string recordId
        required property int sequence
        required property string category
        required property string title
        required property string valueLine
        required property string provider
        required property bool patientReported
        required property bool abnormal
        required property bool refused
        required property string reason

        width: ListView.view.width
        height: row.implicitHeight

        TimelineRow {
            id: row

            objectName: "timelineRow"
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            category: wrapper.category
            title: wrapper.title
            valueLine: wrapper.valueLine
            provider: wrapper.provider
            patientReported: wrapper.patientReported
            abnormal: wrapper.abnormal
            refused: wrapper.refused
            reason: wrapper.reason
            onClicked: list.entryActivated(wrapper.recordId, wrapper.sequence) // qmllint disable unqualified
        }
    }
}
