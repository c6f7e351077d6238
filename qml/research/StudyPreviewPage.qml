// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Before joining: exactly the dataset the study would receive, field by field (what was removed
// collapsed under each resource), or as its exact bytes with their hash and size; free text only
// when the study asks and the patient agrees (the switch makes the preview again); then Join after
// the passphrase, which commits this preview's hash.
QQC2.Page {
    id: page

    required property ResearchViewModel vm
    property var study: vm.previewStudy
    readonly property bool ready: vm.preview.hashText !== undefined
    property bool bytesShown: false

    signal backRequested

    objectName: "studyPreviewPage"
    title: qsTr("What the study will receive")
    background: null
    Accessible.name: title
    QQC2.StackView.onRemoved: vm.clearAction()

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

            Text {
                Layout.fillWidth: true
                text: page.study.title ?? ""
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
                text: qsTr("If you join, %1 receives exactly this, under a pseudonym made for this study alone, and pays you %2.")
                      .arg(page.study.researcherName ?? "").arg(page.study.priceText ?? "")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: page.study.freeText === true
                spacing: 4

                QQC2.Switch {
                    id: freeTextSwitch

                    objectName: "freeTextSwitch"
                    Layout.fillWidth: true
                    text: qsTr("Also share notes and free text")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    checked: page.vm.freeText
                    enabled: !page.vm.previewing && page.vm.busyAction.length === 0
                    onToggled: page.vm.freeText = checked
                }
                Text {
                    objectName: "freeTextWarning"
                    Layout.fillWidth: true
                    text: qsTr("Notes and free text can contain names and other details that identify you. Only share them if you are comfortable with that.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
            }
            QQC2.BusyIndicator {
                Layout.alignment: Qt.AlignHCenter
                visible: page.vm.previewing
                running: visible
                Accessible.name: qsTr("Making the preview")
            }
            ErrorText {
                objectName: "previewError"
                Layout.fillWidth: true
                text: page.vm.previewErrorText
            }
            Text {
                Layout.fillWidth: true
                visible: page.ready
                text: qsTr("%n resources", "", page.vm.preview.resourceCount ?? 0)
                      + (page.vm.preview.excluded > 0 ? " · " + qsTr("%n left out whole (a kind a study never receives)", "", page.vm.preview.excluded) : "")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            QQC2.Switch {
                objectName: "bytesSwitch"
                Layout.fillWidth: true
                visible: page.ready
                text: qsTr("Show the exact bytes")
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                checked: page.bytesShown
                onToggled: page.bytesShown = checked
            }
            Repeater {
                model: page.ready && !page.bytesShown ? page.vm.preview.resources : []

                delegate: PreviewResourceView {
                    required property var modelData

                    Layout.fillWidth: true
                    resource: modelData
                }
            }
            DatasetBytes {
                Layout.fillWidth: true
                visible: page.ready && page.bytesShown
                preview: page.vm.preview
            }
        }
    }
    // Join stays in reach however long the dataset is.
    footer: Rectangle {
        implicitHeight: footerColumn.implicitHeight + 16
        color: Theme.background
        border.width: 0

        Rectangle {
            width: parent.width
            height: 1
            color: Theme.surfaceVariant
        }
        ColumnLayout {
            id: footerColumn

            x: (parent.width - width) / 2
            y: 8
            width: Math.min(parent.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: 8

            ErrorText {
                objectName: "joinError"
                Layout.fillWidth: true
                text: page.vm.actionErrorText
            }
            Text {
                objectName: "joinDone"
                Layout.fillWidth: true
                visible: text.length > 0
                text: page.vm.actionText
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                font.weight: Font.Medium
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.alignment: Qt.AlignRight
                spacing: 12

                QQC2.BusyIndicator {
                    visible: page.vm.busyAction === "join"
                    running: visible
                    Accessible.name: qsTr("Sending your dataset")
                }
                Text {
                    visible: page.vm.busyAction === "join"
                    text: qsTr("Sending your dataset…")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                }
                SecondaryButton {
                    visible: page.vm.actionText.length > 0
                    text: qsTr("Done")
                    onClicked: page.backRequested()
                }
                PrimaryButton {
                    objectName: "joinButton"
                    visible: page.ready && page.study.canJoin === true && page.vm.actionText.length === 0
                    enabled: !page.vm.previewing && page.vm.busyAction.length === 0
                    iconName: "check"
                    text: qsTr("Join")
                    Accessible.description: qsTr("Send this dataset to the study; the passphrase is asked first")
                    onClicked: {
                        joinAuth.reason = qsTr("Join “%1”? This dataset is encrypted to the researcher and sent under the study's pseudonym; it cannot be recalled. You'll be paid %2.")
                                          .arg(page.study.title).arg(page.study.priceText);
                        joinAuth.open();
                    }
                }
            }
        }
    }
    AuthDialog {
        id: joinAuth

        confirmText: qsTr("Join")
        onConfirmed: passphrase => page.vm.join(passphrase)
    }
}
