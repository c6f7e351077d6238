// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Carnet

// One key of a chart's legend: a small sample of the line, band or marker, and its words.
Row {
    id: legend

    property string shape: "circle" // circle, square, band, diamond
    property bool dashed: false
    property color color: Theme.primary
    property string text

    spacing: 6
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Item {
        width: 28
        height: 20
        anchors.verticalCenter: parent.verticalCenter

        Row {
            visible: legend.shape === "circle" || legend.shape === "square"
            anchors.verticalCenter: parent.verticalCenter
            spacing: 3

            Repeater {
                model: legend.dashed ? 4 : 1

                Rectangle {
                    width: legend.dashed ? 5 : 28 // qmllint disable unqualified
                    height: 3
                    color: legend.color // qmllint disable unqualified
                }
            }
        }
        Rectangle {
            visible: legend.shape !== "band"
            anchors.centerIn: parent
            width: 10
            height: 10
            radius: legend.shape === "circle" ? 5 : 0
            rotation: legend.shape === "diamond" ? 45 : 0
            color: legend.color
        }
        Rectangle {
            visible: legend.shape === "band"
            anchors.fill: parent
            color: legend.color
            border.width: 1
            border.color: Theme.primary
        }
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: legend.text
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
    }
}
