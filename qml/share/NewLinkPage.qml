// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// A new SMART Health Link or emergency card, in two steps on one page: the choices, then, after the
// passphrase, the QR and the link (or the printable card). Leaving the page wipes the link text.
QQC2.Page {
    id: page

    required property LinksViewModel vm
    property int kind: LinksViewModel.RecordPart

    signal backRequested

    objectName: "newLinkPage"
    title: vm.stage === LinksViewModel.Shown ? (vm.shownLink.kind === "emergency" ? qsTr("Emergency card") : qsTr("Link"))
         : kind === LinksViewModel.Emergency ? qsTr("New emergency card") : qsTr("New link")
    background: null
    Accessible.name: title
    Component.onCompleted: {
        vm.reset();
        vm.kind = page.kind;
    }
    QQC2.StackView.onRemoved: vm.close()

    Connections {
        target: page.vm

        function onAuthRequired(reason: string) {
            auth.reason = reason;
            auth.open();
        }
    }
    TimelineModel {
        id: chipModel

        objectName: "linkChipModel"
        Component.onCompleted: reload()
        onCategoriesChanged: page.vm.categories = categories
    }

    header: PageHeader {
        title: page.title
        showBack: true
        onBackRequested: page.backRequested()
    }

    StackLayout {
        anchors.fill: parent
        currentIndex: page.vm.stage

        LinkChoices {
            vm: page.vm
            chips: chipModel
        }
        LinkShownView {
            vm: page.vm
            onDoneRequested: page.backRequested()
        }
    }
    AuthDialog {
        id: auth

        confirmText: page.kind === LinksViewModel.Emergency ? qsTr("Make the card") : qsTr("Make the link")
        onConfirmed: passphrase => page.vm.create(passphrase)
    }
}
