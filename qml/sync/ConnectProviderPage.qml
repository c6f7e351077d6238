// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Connect a provider: a name, then a connect code to show (QR) or send (text). Below, the
// providers already connected, each able to show its code again.
QQC2.Page {
    id: page

    signal backRequested

    objectName: "connectProviderPage"
    title: qsTr("Connect a provider")
    background: null
    Accessible.name: title
    QQC2.StackView.onActivated: nameField.forceActiveFocus()

    function create() {
        viewModel.connectProvider(nameField.text);
    }

    ConnectViewModel {
        id: viewModel

        onCodeChanged: if (code.length > 0) nameField.clear()
    }

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
                visible: viewModel.code.length === 0
                text: qsTr("Give a provider (a doctor, a lab, a hospital) a code of its own. With it, they can add entries to your record; only you can read them.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.bodySize
                lineHeight: 1.2
                wrapMode: Text.Wrap
            }
            ColumnLayout {
                Layout.fillWidth: true
                visible: viewModel.code.length === 0
                spacing: 4

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Provider's name")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    font.weight: Font.Medium
                    Accessible.ignored: true
                }
                QQC2.TextField {
                    id: nameField

                    objectName: "providerName"
                    Layout.fillWidth: true
                    Layout.minimumHeight: Theme.touchTarget
                    placeholderText: qsTr("For example: Dr Martin, Lab Cerballiance")
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    selectByMouse: true
                    Accessible.name: qsTr("Provider's name")
                    onAccepted: page.create()
                }
                Text {
                    Layout.fillWidth: true
                    text: qsTr("The name stays in this wallet; it is not sent anywhere.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
            }
            ErrorText {
                objectName: "connectError"
                Layout.fillWidth: true
                text: viewModel.errorText
            }
            // The record number is reserved on the network (and confirmed by most of its nodes)
            // before any code is shown: a few seconds.
            RowLayout {
                objectName: "reservingView"
                Layout.fillWidth: true
                visible: viewModel.busy
                spacing: 12

                QQC2.BusyIndicator {
                    running: viewModel.busy
                    Accessible.name: qsTr("Reserving a record number")
                }
                Text {
                    objectName: "reservingText"
                    Layout.fillWidth: true
                    text: qsTr("Reserving a record number on the network… The code is shown once the network's nodes confirm that this number is yours, so that no other device of yours can give it out again.")
                    color: Theme.text
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
            }
            PrimaryButton {
                objectName: "createCodeButton"
                Layout.alignment: Qt.AlignHCenter
                visible: viewModel.code.length === 0
                enabled: !viewModel.busy
                iconName: "add_link"
                text: viewModel.busy ? qsTr("Reserving…") : qsTr("Create a connect code")
                onClicked: page.create()
            }

            // The code, once made.
            ColumnLayout {
                objectName: "codeView"
                Layout.fillWidth: true
                visible: viewModel.code.length > 0
                spacing: Theme.spacing

                Text {
                    Layout.fillWidth: true
                    text: qsTr("Code for %1").arg(viewModel.codeLabel)
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
                    text: qsTr("Let them scan this code, or send them the text below. It gives them a record number that does not reveal who you are, and a key to encrypt what they add. It holds no name, no address and nothing of your record.")
                    color: Theme.textSecondary
                    font.family: Theme.fontFamily
                    font.pixelSize: Theme.bodySize
                    lineHeight: 1.2
                    wrapMode: Text.Wrap
                }
                Rectangle {
                    Layout.alignment: Qt.AlignHCenter
                    implicitWidth: Math.min(content.width, 296)
                    implicitHeight: implicitWidth
                    color: "white"
                    radius: 8

                    QrCode {
                        id: qr

                        objectName: "connectQr"
                        anchors.fill: parent
                        anchors.margins: 4
                        text: viewModel.code
                        Accessible.role: Accessible.Graphic
                        Accessible.name: qsTr("QR code of the connect code")
                    }
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: codeText.implicitHeight + 24
                    radius: 12
                    color: Theme.surfaceVariant

                    TextEdit {
                        id: codeText

                        objectName: "connectCodeText"
                        anchors.fill: parent
                        anchors.margins: 12
                        text: viewModel.code
                        readOnly: true
                        selectByMouse: true
                        wrapMode: TextEdit.WrapAnywhere
                        color: Theme.text
                        selectionColor: Theme.primaryContainer
                        selectedTextColor: Theme.textOnPrimaryContainer
                        font.family: "monospace"
                        font.pixelSize: Theme.captionSize
                        Accessible.role: Accessible.StaticText
                        Accessible.name: qsTr("Connect code")
                    }
                }
                RowLayout {
                    Layout.alignment: Qt.AlignHCenter
                    spacing: 12

                    SecondaryButton {
                        objectName: "copyCodeButton"
                        iconName: "content_copy"
                        text: copied.running ? qsTr("Copied") : qsTr("Copy")
                        onClicked: {
                            viewModel.copyToClipboard(viewModel.code);
                            copied.restart();
                        }

                        Timer {
                            id: copied

                            interval: 2000
                        }
                    }
                    PrimaryButton {
                        objectName: "codeDoneButton"
                        iconName: "check"
                        text: qsTr("Done")
                        onClicked: viewModel.clearCode()
                    }
                }
            }

            SectionCard {
                objectName: "providerList"
                Layout.fillWidth: true
                visible: viewModel.providers.length > 0
                title: qsTr("Connected providers")

                Repeater {
                    model: viewModel.providers

                    delegate: ListRow {
                        required property var modelData

                        objectName: "providerRow"
                        Layout.fillWidth: true
                        iconName: "local_hospital"
                        text: modelData.label
                        description: modelData.entries === 1 ? qsTr("1 entry · show the code again")
                                                             : qsTr("%n entries · show the code again", "", modelData.entries)
                        onClicked: {
                            viewModel.showCode(modelData.index); // qmllint disable unqualified
                            scroll.contentY = 0;
                        }
                    }
                }
            }
        }
    }
}
