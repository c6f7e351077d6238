// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import QtQuick.Templates as T
import Carnet

// One entry of the timeline: its category icon, title, short value, who published it, and its
// status in words (outside the range, verified, or refused with the reason), never by colour alone.
T.AbstractButton {
    id: control

    property string category
    property string title
    property string valueLine
    property string provider
    property bool patientReported
    property bool abnormal
    property bool refused
    property string reason

    readonly property string sourceText: patientReported ? qsTr("Patient-reported")
                                                         : provider.length > 0 ? provider : qsTr("Unknown provider")

    implicitHeight: Math.max(72, layout.implicitHeight + topPadding + bottomPadding)
    horizontalPadding: 12
    verticalPadding: 10
    focusPolicy: Qt.StrongFocus
    Accessible.role: Accessible.Button
    Accessible.name: refused ? qsTr("Refused entry: %1").arg(reason) : title
    Accessible.description: (valueLine.length > 0 ? valueLine + ", " : "")
                            + (abnormal ? qsTr("Outside the reference range") + ", " : "") + sourceText
                            + (refused ? "" : ", " + qsTr("Verified"))
    Keys.onReturnPressed: clicked()
    Keys.onEnterPressed: clicked()

    background: Rectangle {
        radius: 12
        color: control.down ? Theme.primaryContainer : control.hovered ? Theme.surfaceVariant : Theme.surface
        border.width: control.visualFocus ? 2 : 1
        border.color: control.visualFocus ? Theme.focusRing : Theme.surfaceVariant
    }
    contentItem: Item {}

    RowLayout {
        id: layout

        anchors.fill: parent
        anchors.leftMargin: control.leftPadding
        anchors.rightMargin: control.rightPadding
        anchors.topMargin: control.topPadding
        anchors.bottomMargin: control.bottomPadding
        spacing: 12

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 40
            implicitHeight: 40
            radius: 20
            color: control.refused ? Theme.warningContainer : Theme.primaryContainer

            Icon {
                anchors.centerIn: parent
                name: Categories.iconName(control.refused ? "" : control.category)
                size: 22
                color: control.refused ? Theme.textOnWarningContainer : Theme.textOnPrimaryContainer
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Text {
                Layout.fillWidth: true
                text: control.refused ? qsTr("Refused entry") : control.title
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.Medium
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                objectName: "rowValue"
                Layout.fillWidth: true
                visible: control.valueLine.length > 0 && !control.refused
                text: control.valueLine
                color: Theme.text
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                wrapMode: Text.Wrap
                maximumLineCount: 2
                elide: Text.ElideRight
            }
            Text {
                Layout.fillWidth: true
                visible: control.refused
                text: qsTr("Not shown: %1").arg(control.reason)
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 6

                Icon {
                    visible: !control.refused
                    name: control.patientReported ? "person" : "verified"
                    size: 16
                    color: Theme.primary
                }
                Text {
                    Layout.fillWidth: true
                    text: control.sourceText
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    elide: Text.ElideRight
                }
                Rectangle {
                    objectName: "abnormalMarker"
                    visible: control.abnormal && !control.refused
                    implicitWidth: flagRow.implicitWidth + 12
                    implicitHeight: 24
                    radius: 12
                    color: Theme.warningContainer

                    RowLayout {
                        id: flagRow

                        anchors.centerIn: parent
                        spacing: 2

                        Icon {
                            name: "priority_high"
                            size: 16
                            color: Theme.textOnWarningContainer
                        }
                        Text {
                            text: qsTr("Outside range")
                            color: Theme.textOnWarningContainer
                            font.family: Theme.fontFamily
                            font.pixelSize: Theme.captionSize
                            font.weight: Font.Medium
                        }
                    }
                }
            }
        }
    }
}
