// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The dataset exactly as a join sends it before sealing: its hash (what the join commits), its size,
// and its bytes in a monospace, selectable, read-only area.
ColumnLayout {
    id: bytes

    required property var preview

    spacing: 8

    Text {
        objectName: "datasetHash"
        Layout.fillWidth: true
        text: qsTr("Dataset hash: %1").arg(bytes.preview.hashText)
        color: Theme.text
        font.family: "monospace"
        font.pixelSize: Theme.captionSize
        wrapMode: Text.WrapAnywhere
    }
    Text {
        Layout.fillWidth: true
        text: qsTr("Size: %1, sent in %n encrypted parts", "", bytes.preview.parts).arg(bytes.preview.sizeText)
        color: Theme.textSecondary
        font.family: Theme.fontFamily
        font.pixelSize: Theme.captionSize
        wrapMode: Text.Wrap
    }
    QQC2.TextArea {
        objectName: "datasetBytes"
        Layout.fillWidth: true
        readOnly: true
        selectByMouse: true
        wrapMode: TextEdit.WrapAnywhere
        textFormat: TextEdit.PlainText
        text: bytes.preview.bytesText
        color: Theme.text
        font.family: "monospace"
        font.pixelSize: 13
        Accessible.name: qsTr("The exact bytes of the dataset")
        background: Rectangle {
            radius: 8
            color: Theme.surfaceVariant
        }
    }
}
