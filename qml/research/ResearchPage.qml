// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The Research destination: the open studies (each with what it asks, pays and whether the record
// has it), the studies that could not be checked in one muted line each, and the earnings with
// Withdraw. Preview and join open StudyPreviewPage (pushed by HomePage over the same view model);
// Leave and Withdraw ask for the passphrase here.
QQC2.Page {
    id: page

    readonly property ResearchViewModel vm: viewModel
    property int leaveIndex: -1
    property string withdrawTo

    signal previewRequested

    objectName: "researchPage"
    title: qsTr("Research")
    background: null
    Accessible.name: title
    onVisibleChanged: if (visible && !viewModel.loading) viewModel.reload()

    ResearchViewModel {
        id: viewModel
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.DragOverBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}
        // Pull to refresh: dragged down past the top and let go.
        onDragEnded: if (contentY < -80 && !viewModel.loading) viewModel.reload()

        ColumnLayout {
            id: content

            x: (scroll.width - width) / 2
            y: 8
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            Text {
                Layout.fillWidth: true
                text: qsTr("Researchers pay to study records like yours. If you join, the study receives only what you preview, with your name and other details that identify you removed, under a pseudonym made for that study alone.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                spacing: 12

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Open studies")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                    Accessible.role: Accessible.Heading
                    Accessible.name: text
                }
                QQC2.BusyIndicator {
                    visible: viewModel.loading
                    running: viewModel.loading
                    Accessible.name: qsTr("Checking the studies with the network")
                }
                IconButton {
                    objectName: "refreshStudies"
                    iconName: "refresh"
                    text: qsTr("Check again")
                    enabled: !viewModel.loading
                    onClicked: viewModel.reload()
                }
            }
            ErrorText {
                objectName: "studiesError"
                Layout.fillWidth: true
                text: viewModel.errorText.length > 0 ? viewModel.errorText : viewModel.actionErrorText
            }
            Text {
                objectName: "researchAction"
                Layout.fillWidth: true
                visible: text.length > 0
                text: viewModel.actionText
                color: Theme.primary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            EmptyState {
                objectName: "researchPageEmptyState"
                Layout.fillWidth: true
                visible: viewModel.studies.length === 0
                iconName: "science"
                title: viewModel.loaded ? qsTr("No studies yet") : qsTr("Reading the studies…")
                text: qsTr("Studies that licensed researchers post on your network will appear here, with what they ask for and what they pay. Nothing is sent unless you join.")
            }
            Repeater {
                model: viewModel.studies

                delegate: StudyCard {
                    required property var modelData

                    Layout.fillWidth: true
                    study: modelData
                    busy: viewModel.busyAction.length > 0
                    onPreviewRequested: {
                        viewModel.openPreview(modelData.index);
                        page.previewRequested();
                    }
                    onLeaveRequested: {
                        page.leaveIndex = modelData.index;
                        leaveAuth.reason = qsTr("Leave “%1”? Leaving stops any further sharing under this study's pseudonym. The researcher keeps the dataset already sent, and its encrypted copy stays on the ledger; what you were paid stays yours.")
                                           .arg(modelData.title);
                        leaveAuth.open();
                    }
                }
            }
            Repeater {
                model: viewModel.unverified

                delegate: Text {
                    required property string modelData

                    objectName: "unverifiedStudy"
                    Layout.fillWidth: true
                    text: modelData
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
            }
            EarningsCard {
                Layout.fillWidth: true
                vm: viewModel
                onWithdrawRequested: withdrawDialog.open()
            }
        }
    }
    AuthDialog {
        id: leaveAuth

        confirmText: qsTr("Leave")
        onConfirmed: passphrase => viewModel.leave(page.leaveIndex, passphrase)
    }
    WithdrawDialog {
        id: withdrawDialog

        vm: viewModel
        onAddressChosen: address => {
            page.withdrawTo = address;
            withdrawAuth.reason = qsTr("Send %1 to %2?").arg(viewModel.totalEarningsText).arg(address);
            withdrawAuth.open();
        }
    }
    AuthDialog {
        id: withdrawAuth

        confirmText: qsTr("Send")
        onConfirmed: passphrase => viewModel.withdraw(page.withdrawTo, passphrase)
    }
}
