// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Carnet

// One key of a chart's legend: a small sample of the line, band or marker, and its words.
Row {
    id: item

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
            visible: item.shape === "circle" || item.shape === "square"
            anchors.verticalCenter: parent.verticalCenter
            spacing: 3

            Repeater {
                model: item.dashed ? 4 : 1

                Rectangle {
                    width: item.dashed ? 5 : 28
                    height: 3
                    color: item.color
                }
            }
        }
        Rectangle {
            visible: item.shape !== "band"
            anchors.centerIn: parent
            width: 10
            height: 10
            radius: item.shape === "circle" ? 5 : 0
            rotation: item.shape === "diamond" ? 45 : 0
            color: item.color
        }
        Rectangle {
            visible: item.shape === "band"
            anchors.fill: parent
            color: item.color
            border.width: 1
            border.color: Theme.primary
        }
    }
    Text {
        anchors.verticalCenter: parent.verticalCenter
        text: item.text
        color: Theme.text
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
    }
}
