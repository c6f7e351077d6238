// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Single entries picked from the timeline for a share: the record's rows (newest first, the
// timeline's search), each with a check box.
QQC2.Page {
    id: page

    required property ShareViewModel vm

    signal backRequested

    objectName: "pickEntriesPage"
    title: qsTr("Pick entries")
    background: null
    Accessible.name: title

    TimelineModel {
        id: pickModel

        Component.onCompleted: reload()
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 8

        QQC2.TextField {
            Layout.alignment: Qt.AlignHCenter
            Layout.preferredWidth: Math.min(page.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            Layout.minimumHeight: Theme.touchTarget
            placeholderText: qsTr("Search entries")
            font.family: Theme.fontFamily
            font.pixelSize: Theme.bodySize
            Accessible.name: qsTr("Search entries")
            onTextEdited: pickModel.searchText = text
        }
        ListView {
            id: list

            objectName: "pickList"
            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 8
            model: pickModel
            boundsBehavior: Flickable.StopAtBounds
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
            Accessible.role: Accessible.List
            Accessible.name: page.title

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
                readonly property bool picked: page.vm.pickedEntries.indexOf(recordId + ":" + sequence) >= 0

                width: ListView.view.width
                height: visible ? row.implicitHeight : 0
                visible: !refused

                RowLayout {
                    anchors.horizontalCenter: parent.horizontalCenter
                    width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
                    spacing: 4

                    QQC2.CheckBox {
                        objectName: "pickBox"
                        checked: wrapper.picked
                        Accessible.name: qsTr("Share %1").arg(wrapper.title)
                        onToggled: page.vm.toggleEntry(wrapper.recordId, wrapper.sequence)
                    }
                    TimelineRow {
                        id: row

                        Layout.fillWidth: true
                        category: wrapper.category
                        title: wrapper.title
                        valueLine: wrapper.valueLine
                        provider: wrapper.provider
                        patientReported: wrapper.patientReported
                        abnormal: wrapper.abnormal
                        refused: wrapper.refused
                        reason: wrapper.reason
                        onClicked: page.vm.toggleEntry(wrapper.recordId, wrapper.sequence)
                    }
                }
            }
        }
        PrimaryButton {
            Layout.alignment: Qt.AlignHCenter
            Layout.bottomMargin: 8
            iconName: "check"
            text: qsTr("Done")
            onClicked: page.backRequested()
        }
    }
}
