// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// One SMART Health Link: what it carries, its state, until when, its access log as the share host
// keeps it (the names are what the readers typed), Show again and Revoke, each after the passphrase.
QQC2.Page {
    id: page

    required property LinksViewModel vm
    required property string linkId
    readonly property var link: {
        vm.loadCount; // re-read after each reload
        return vm.linkById(linkId);
    }
    readonly property bool known: link.id !== undefined

    signal backRequested

    objectName: "linkDetailPage"
    title: vm.stage === LinksViewModel.Shown ? (vm.shownLink.kind === "emergency" ? qsTr("Emergency card") : qsTr("Link"))
                                             : (known && link.label.length > 0 ? link.label : qsTr("Link"))
    background: null
    Accessible.name: title
    Component.onCompleted: vm.loadLog(linkId)
    QQC2.StackView.onRemoved: vm.close()

    ScopeText {
        id: scopeText
    }
    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: {
            if (page.vm.stage === LinksViewModel.Shown)
                page.vm.close();
            else
                page.backRequested();
        }
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.vm.stage

        Flickable {
            id: scroll

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

                LinkRow {
                    Layout.fillWidth: true
                    visible: page.known
                    link: page.known ? page.link : ({ label: "", kindText: "", statusText: "", kind: "", status: "", expiryText: "" })
                    enabled: false
                }
                Text {
                    Layout.fillWidth: true
                    visible: page.known && page.link.kind === "bundle" && page.link.categories.length > 0
                    text: page.known ? scopeText.describe(page.link.categories, page.link.fromText, page.link.toText, page.link.singleEntries) : ""
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: page.known && page.link.passcode && page.link.status === "active"
                    text: page.known ? qsTr("Wrong passcodes left before the host refuses the link: %1").arg(page.link.failuresRemaining) : ""
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
                Text {
                    Layout.fillWidth: true
                    visible: page.known && !page.link.hasKey
                    text: qsTr("Made before this wallet was restored: its key is not here, so it can't be shown again. You can still revoke it and see who opened it.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
                ErrorText {
                    objectName: "linkActionError"
                    Layout.fillWidth: true
                    text: page.vm.actionErrorText
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: 12

                    SecondaryButton {
                        objectName: "showLinkAgain"
                        visible: page.known && page.link.hasKey && page.link.status !== "revoked"
                        enabled: !page.vm.busy
                        iconName: "qr_code_2"
                        text: page.vm.busy ? qsTr("Opening…") : qsTr("Show again")
                        Accessible.description: qsTr("Show the QR code and the link again; the passphrase is asked first")
                        onClicked: {
                            showAuth.reason = qsTr("Show this link again? Anyone who sees the QR code or the link can open it.");
                            showAuth.open();
                        }
                    }
                    SecondaryButton {
                        objectName: "revokeLink"
                        visible: page.known && page.link.revocable
                        enabled: page.vm.revoking.length === 0
                        iconName: "block"
                        text: page.vm.revoking === page.linkId ? qsTr("Revoking…") : qsTr("Revoke")
                        Accessible.description: qsTr("Stop this link now; the passphrase is asked first")
                        onClicked: {
                            revokeAuth.reason = qsTr("Revoke this link? The share host refuses it from now on. What was already opened cannot be taken back.");
                            revokeAuth.open();
                        }
                    }
                }
                SectionCard {
                    objectName: "linkAccessLog"
                    Layout.fillWidth: true
                    title: qsTr("Who opened it")

                    Text {
                        Layout.fillWidth: true
                        Layout.margins: 12
                        visible: page.vm.accessLog.length === 0
                        text: page.vm.logErrorText.length > 0 ? page.vm.logErrorText
                              : page.vm.logLoading ? qsTr("Asking the share host…")
                              : qsTr("Nobody has opened this link yet. Each opening is listed here with the name the reader typed, which the host cannot check.")
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    Repeater {
                        model: page.vm.accessLog

                        delegate: LinkAccessRow {
                            required property var modelData

                            objectName: "linkAccessRow"
                            Layout.fillWidth: true
                            Layout.margins: 8
                            access: modelData
                        }
                    }
                    Text {
                        Layout.fillWidth: true
                        Layout.margins: 12
                        visible: page.vm.accessLog.length > 0
                        text: qsTr("The names are what the readers typed: the share host cannot check them.")
                        color: Theme.textSecondary
                        font.family: Theme.fontFamily
                        font.pixelSize: Theme.captionSize
                        wrapMode: Text.Wrap
                    }
                }
            }
        }
        LinkShownView {
            vm: page.vm
            onDoneRequested: page.vm.close()
        }
    }
    Connections {
        target: page.vm

        function onRevoked(id: string) {
            if (id === page.linkId)
                page.vm.loadLog(page.linkId);
        }
    }
    AuthDialog {
        id: showAuth

        confirmText: qsTr("Show")
        onConfirmed: passphrase => page.vm.showAgain(page.linkId, passphrase)
    }
    AuthDialog {
        id: revokeAuth

        confirmText: qsTr("Revoke")
        onConfirmed: passphrase => page.vm.revoke(page.linkId, passphrase)
    }
}
