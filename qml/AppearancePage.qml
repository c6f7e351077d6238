// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// Theme and language before a wallet exists (AppearanceChoices; Settings shows the same cards).
QQC2.Page {
    id: page

    signal backRequested

    objectName: "appearancePage"
    title: qsTr("Appearance and language")
    background: null
    Accessible.name: title

    header: PageHeader {
        title: page.title
        showBack: true
        backButton.focus: true
        onBackRequested: page.backRequested()
    }

    Flickable {
        id: scroll

        anchors.fill: parent
        clip: true
        contentWidth: width
        contentHeight: content.implicitHeight + Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        QQC2.ScrollBar.vertical: QQC2.ScrollBar {}

        ColumnLayout {
            id: content

            x: (scroll.width - width) / 2
            width: Math.min(scroll.width - 2 * Theme.margin, Theme.contentMaxWidth)
            spacing: Theme.spacing

            AppearanceChoices {
                Layout.fillWidth: true
                Layout.topMargin: 8
            }
            Text {
                Layout.fillWidth: true
                Layout.leftMargin: 12
                Layout.bottomMargin: Theme.margin
                text: qsTr("These choices are kept on this device only.")
                color: Theme.textSecondary
                font.family: Theme.fontFamily
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                Accessible.role: Accessible.StaticText
                Accessible.name: text
            }
        }
    }
}
