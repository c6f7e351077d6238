// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// "Sync and nodes": the last round, and what each node did. Nodes are not trusted: each answer is
// checked, and a node that lied is named plainly and set aside.
QQC2.Page {
    id: page

    signal backRequested

    objectName: "syncPage"
    title: qsTr("Sync and nodes")
    background: null
    Accessible.name: title
    Component.onCompleted: SyncViewModel.reload()

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: content

            x: (scroll.width - width) / 2
            y: 8
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            SyncStatusCard {
                Layout.fillWidth: true
            }
            Text {
                Layout.fillWidth: true
                text: qsTr("Carnet asks several nodes of the network for your record and checks every answer on this device. Entries are stored only once their signatures and seals verify. A node that gives a wrong answer is set aside; your record stays readable even when no node answers.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                lineHeight: 1.2
                wrapMode: Text.Wrap
            }
            SectionCard {
                objectName: "nodeList"
                Layout.fillWidth: true
                title: qsTr("Nodes")

                Text {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    visible: SyncViewModel.nodes.length === 0
                    text: qsTr("No node has been asked yet.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: SyncViewModel.nodes

                    // Positioners, not layouts: a node's lines change with each round and language.
                    delegate: Item {
                        id: nodeRow

                        required property var modelData

                        objectName: "nodeRow"
                        Layout.fillWidth: true
                        implicitHeight: Math.max(nodeIcon.height, texts.height) + 24
                        Accessible.role: Accessible.StaticText
                        Accessible.name: modelData.label + ": " + modelData.verdictText

                        Icon {
                            id: nodeIcon

                            x: 12
                            y: 12
                            name: nodeRow.modelData.healthy ? "check_circle"
                                : nodeRow.modelData.setAside ? "report_problem" : "info"
                            color: nodeRow.modelData.setAside ? Theme.error : Theme.primary
                        }
                        Column {
                            id: texts

                            x: 48
                            y: 12
                            width: nodeRow.width - 60
                            spacing: 2

                            Text {
                                width: parent.width
                                text: nodeRow.modelData.label
                                color: Theme.text
                                font.family: "monospace"
                                font.pixelSize: Theme.captionSize
                                wrapMode: Text.WrapAnywhere
                            }
                            Text {
                                objectName: "nodeVerdict"
                                width: parent.width
                                text: nodeRow.modelData.verdictText
                                color: nodeRow.modelData.setAside ? Theme.error : Theme.text
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.bodySize
                                font.weight: Font.Medium
                                wrapMode: Text.Wrap
                            }
                            Text {
                                width: parent.width
                                visible: text.length > 0
                                text: nodeRow.modelData.detail.length > 0
                                      ? nodeRow.modelData.detail
                                      : (nodeRow.modelData.head !== "0" ? qsTr("Latest block %1").arg(nodeRow.modelData.head) : "")
                                color: Theme.textSecondary
                                font.family: Theme.fontFamily
                                font.pixelSize: Theme.captionSize
                                wrapMode: Text.Wrap
                            }
                        }
                    }
                }
            }
            PrimaryButton {
                objectName: "syncPageSyncNow"
                Layout.alignment: Qt.AlignHCenter
                iconName: "sync"
                text: qsTr("Sync now")
                enabled: SyncViewModel.state !== SyncViewModel.Syncing
                onClicked: SyncViewModel.syncNow()
            }
        }
    }
}
