// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The Share destination: New share, the wallet's shares (whom for, what, until when, state, reads,
// Revoke after the passphrase), and who read the record under them; or, in clinician mode (the switch
// at the top, kept in AppSettings), the ways to open a patient's share and this wallet's clinician
// identity. Below the shares, the links for doctors without the app (SMART Health Links) and the
// emergency card. The clinician's and the links' view models live here; their pages are pushed by
// HomePage.
QQC2.Page {
    id: page

    property int revokeIndex: -1
    readonly property ClinicianViewModel clinician: clinicianModel
    readonly property LinksViewModel links: linksModel

    signal newShareRequested
    signal scanRequested
    signal grantOpened
    signal newLinkRequested(int kind)
    signal linkRequested(string id)

    function reload() {
        grants.reload();
        linksModel.reload();
    }
    function showMode() {
        if (!visible)
            return;
        if (AppSettings.clinicianMode) {
            if (!clinicianModel.identityLoaded && !clinicianModel.identityBusy)
                clinicianModel.loadIdentity();
        } else {
            if (!grants.loading)
                grants.reload();
            if (!linksModel.loading)
                linksModel.reload();
        }
    }

    objectName: "sharePage"
    title: qsTr("Share")
    background: null
    Accessible.name: title
    onVisibleChanged: showMode()

    Connections {
        target: AppSettings

        function onClinicianModeChanged() {
            page.showMode();
        }
    }

    ScopeText {
        id: scopeText
    }
    GrantsViewModel {
        id: grants
    }
    LinksViewModel {
        id: linksModel
    }
    ClinicianViewModel {
        id: clinicianModel

        onOpened: page.grantOpened()
    }
    PasscodeDialog {
        vm: clinicianModel
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

            // In clinician mode the switch heads the page (the mode is in view); otherwise it closes it.
            ClinicianModeRow {
                Layout.fillWidth: true
                visible: AppSettings.clinicianMode
            }
            ClinicianHome {
                Layout.fillWidth: true
                visible: AppSettings.clinicianMode
                vm: clinicianModel
                onScanRequested: page.scanRequested()
            }
            Text {
                Layout.fillWidth: true
                visible: !AppSettings.clinicianMode
                text: qsTr("Show a doctor a QR code to share only the parts of your record you choose, for a time you set. You can revoke it at any moment, and every read is logged.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            RowLayout {
                Layout.fillWidth: true
                visible: !AppSettings.clinicianMode
                spacing: 12

                PrimaryButton {
                    objectName: "newShareButton"
                    iconName: "add"
                    text: qsTr("New share")
                    onClicked: page.newShareRequested()
                }
                Item {
                    Layout.fillWidth: true
                }
                QQC2.BusyIndicator {
                    visible: grants.loading
                    running: grants.loading
                    Accessible.name: qsTr("Checking your shares with the network")
                }
                IconButton {
                    objectName: "refreshShares"
                    iconName: "refresh"
                    text: qsTr("Check again")
                    enabled: !grants.loading
                    onClicked: grants.reload()
                }
            }
            ErrorText {
                objectName: "grantsError"
                Layout.fillWidth: true
                visible: !AppSettings.clinicianMode && text.length > 0
                text: grants.errorText.length > 0 ? grants.errorText : grants.revokeErrorText
            }
            SectionCard {
                objectName: "grantList"
                Layout.fillWidth: true
                visible: !AppSettings.clinicianMode
                title: qsTr("Your shares")

                Text {
                    objectName: "noGrants"
                    Layout.fillWidth: true
                    Layout.margins: 12
                    visible: grants.grants.length === 0
                    text: grants.loaded ? qsTr("Nothing shared yet. Tap New share, choose what and for how long, and show the doctor the QR code.")
                                        : qsTr("Reading your shares…")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: grants.grants

                    delegate: GrantRow {
                        required property var modelData

                        objectName: "grantRow"
                        Layout.fillWidth: true
                        Layout.margins: 4
                        grant: modelData
                        revoking: grants.revoking === modelData.index
                        onRevokeRequested: {
                            page.revokeIndex = modelData.index;
                            revokeAuth.reason = qsTr("Revoke the share for %1? From the next block nobody can open it any more. What was already read cannot be un-shared.")
                                                .arg(scopeText.recipient(modelData.named, modelData.granteeName, modelData.passcode));
                            revokeAuth.open();
                        }
                    }
                }
            }
            SectionCard {
                objectName: "accessLog"
                Layout.fillWidth: true
                visible: !AppSettings.clinicianMode
                title: qsTr("Who read your record")

                Text {
                    Layout.fillWidth: true
                    Layout.margins: 12
                    visible: grants.accessLog.length === 0
                    text: grants.logErrorText.length > 0 ? grants.logErrorText
                                                         : qsTr("No one has read your record yet. Each time a clinician opens a share, it is listed here: who, when and under which share, never the values.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Repeater {
                    model: grants.accessLog

                    delegate: AccessRow {
                        required property var modelData

                        objectName: "accessRow"
                        Layout.fillWidth: true
                        Layout.margins: 8
                        access: modelData
                    }
                }
            }
            LinksSection {
                Layout.fillWidth: true
                visible: !AppSettings.clinicianMode
                vm: linksModel
                onNewLinkRequested: kind => page.newLinkRequested(kind)
                onLinkRequested: id => page.linkRequested(id)
            }
            ClinicianModeRow {
                objectName: "clinicianModeEntry"
                Layout.fillWidth: true
                visible: !AppSettings.clinicianMode
            }
        }
    }
    AuthDialog {
        id: revokeAuth

        confirmText: qsTr("Revoke")
        onConfirmed: passphrase => grants.revoke(page.revokeIndex, passphrase)
    }
}
