// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// One step of a flow: a scrolling, centred column at most Theme.contentMaxWidth wide, a heading and an
// explanation on top. Items declared inside go below them.
Flickable {
    id: step

    property string heading
    property string explanation
    default property alias content: column.data

    contentWidth: width
    contentHeight: column.implicitHeight + 2 * Theme.margin
    boundsBehavior: Flickable.StopAtBounds
    clip: true
    QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

    ColumnLayout {
        id: column

        x: (step.width - width) / 2
        y: Theme.margin / 2
        width: Math.min(step.width - 2 * Theme.margin, Theme.contentMaxWidth)
        spacing: Theme.spacing

        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: step.heading
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Text {
            Layout.fillWidth: true
            visible: text.length > 0
            text: step.explanation
            color: Theme.textSecondary
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            lineHeight: 1.25
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
    }
}
