// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import QtQuick.Layouts
import Carnet

// One de-identified resource of a preview: its type and keyed id, each field path = value as the
// dataset writes it, and what was removed to protect the patient's identity (collapsed).
Rectangle {
    id: view

    required property var resource
    property bool droppedOpen: false

    objectName: "previewResource"
    implicitHeight: layout.implicitHeight + 24
    radius: 12
    color: Theme.surface
    border.width: 1
    border.color: Theme.surfaceVariant
    Accessible.role: Accessible.ListItem
    Accessible.name: resource.resourceType

    ColumnLayout {
        id: layout

        anchors.fill: parent
        anchors.margins: 12
        spacing: 4

        Text {
            Layout.fillWidth: true
            text: view.resource.resourceType
            color: Theme.text
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            font.weight: Font.DemiBold
            wrapMode: Text.Wrap
        }
        Text {
            Layout.fillWidth: true
            text: qsTr("Study id: %1").arg(view.resource.id)
            color: Theme.textSecondary
            font.family: "monospace"
            font.pixelSize: Theme.captionSize
            wrapMode: Text.WrapAnywhere
        }
        Repeater {
            model: view.resource.fields

            delegate: Text {
                required property var modelData

                objectName: "previewField"
                Layout.fillWidth: true
                text: modelData.path + " = " + modelData.value
                color: Theme.text
                font.family: "monospace"
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
        }
        QQC2.ToolButton {
            objectName: "droppedToggle"
            Layout.leftMargin: -8
            font.capitalization: Font.MixedCase
            Material.foreground: Theme.primary
            visible: view.resource.dropped.length > 0
            text: (view.droppedOpen ? "▾ " : "▸ ") + qsTr("Removed to protect your identity (%n)", "", view.resource.dropped.length)
            font.family: Theme.fontFamily
            font.pixelSize: Theme.captionSize
            onClicked: view.droppedOpen = !view.droppedOpen
        }
        Repeater {
            model: view.droppedOpen ? view.resource.dropped : []

            delegate: Text {
                required property string modelData

                Layout.fillWidth: true
                Layout.leftMargin: 16
                text: modelData
                color: Theme.textSecondary
                font.family: "monospace"
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                textFormat: Text.PlainText
            }
        }
    }
}
