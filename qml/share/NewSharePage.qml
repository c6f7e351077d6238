// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// A new share, in three steps on one page: the choices, the preview (exactly what the clinician will
// see, drawn by GrantView as in clinician mode), then, after the passphrase, the share code.
QQC2.Page {
    id: page

    readonly property ShareViewModel vm: viewModel

    signal backRequested
    signal pickEntriesRequested
    signal sharedGrant

    objectName: "newSharePage"
    title: viewModel.stage === ShareViewModel.Shared ? qsTr("Share code")
         : viewModel.stage === ShareViewModel.Previewing ? qsTr("What the clinician will see") : qsTr("New share")
    background: null
    Accessible.name: title
    // The share code is on screen: kept out of captures where the platform allows.
    QQC2.StackView.onRemoved: viewModel.close()

    ShareViewModel {
        id: viewModel

        onAuthRequired: reason => {
            auth.reason = reason;
            auth.open();
        }
        onShared: page.sharedGrant()
    }
    TimelineModel {
        id: chipModel

        objectName: "shareChipModel"
        Component.onCompleted: reload()
        onCategoriesChanged: viewModel.categories = categories
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: {
            if (viewModel.stage === ShareViewModel.Previewing)
                viewModel.backToChoices();
            else
                page.backRequested();
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: viewModel.stage

        ShareChoices {
            vm: viewModel
            chips: chipModel
            onPickEntriesRequested: page.pickEntriesRequested()
        }
        ColumnLayout {
            spacing: 8

            GrantView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                grant: viewModel.preview
            }
            ErrorText {
                objectName: "shareAuthError"
                Layout.alignment: Qt.AlignHCenter
                Layout.preferredWidth: Math.min(page.width - 2 * Theme.margin, Theme.contentMaxWidth)
                text: viewModel.errorText
            }
            RowLayout {
                Layout.alignment: Qt.AlignHCenter
                Layout.bottomMargin: 8
                spacing: 12

                QQC2.BusyIndicator {
                    visible: viewModel.busy
                    running: viewModel.busy
                    Accessible.name: qsTr("Sharing")
                }
                SecondaryButton {
                    text: qsTr("Change")
                    enabled: !viewModel.busy
                    onClicked: viewModel.backToChoices()
                }
                PrimaryButton {
                    objectName: "shareButton"
                    iconName: "qr_code_2"
                    enabled: !viewModel.busy && viewModel.preview.entryCount > 0
                    text: viewModel.busy ? qsTr("Sharing…") : qsTr("Share")
                    onClicked: viewModel.requestShare()
                }
            }
        }
        Flickable {
            id: codeScroll

            clip: true
            contentWidth: width
            contentHeight: codeCard.implicitHeight + 2 * Theme.margin
            boundsBehavior: Flickable.StopAtBounds
            QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

            ShareCodeCard {
                id: codeCard

                x: (codeScroll.width - width) / 2
                y: 8
                width: Math.min(codeScroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
                code: viewModel.shareCode
                expiryText: viewModel.sharedExpiryText
                passcode: viewModel.recipient === ShareViewModel.AnyClinician && viewModel.preview.passcode
                onCopyRequested: viewModel.copyCode()
                onDoneRequested: {
                    viewModel.close();
                    page.backRequested();
                }
            }
        }
    }
    AuthDialog {
        id: auth

        confirmText: qsTr("Share")
        onConfirmed: passphrase => viewModel.authProceed(passphrase)
        onCancelled: viewModel.authCancel()
    }
}
