// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Layouts
import Carnet

// The unlocked app: four destinations (Record, Share, Research, Settings). Below 840 px a bottom
// navigation bar, from 840 px a rail on the left with the content to its right. The header shows the
// destination's title and a lock button. Settings' inner pages (change passphrase, recovery phrase)
// open on this page's own stack, above the shell, and Escape or Back returns from them.
QQC2.Page {
    id: page

    readonly property bool wide: width >= 840
    property int currentIndex: 0
    readonly property var destinations: [
        { key: "record", title: qsTr("Record"), iconName: "medical_information" },
        { key: "share", title: qsTr("Share"), iconName: "qr_code_2" },
        { key: "research", title: qsTr("Research"), iconName: "science" },
        { key: "settings", title: qsTr("Settings"), iconName: "settings" }
    ]
    readonly property Item currentDestination: pages.children[currentIndex] ?? null

    function showDestination(index: int) {
        homeStack.pop(null);
        currentIndex = index;
    }

    objectName: "homePage"
    title: destinations[currentIndex].title
    background: null
    Accessible.name: qsTr("Carnet: %1").arg(title)

    QQC2.StackView {
        id: homeStack

        objectName: "homeStack"
        anchors.fill: parent
        focus: true
        Keys.onBackPressed: event => event.accepted = homeStack.popIfDeeper()
        Keys.onEscapePressed: event => event.accepted = homeStack.popIfDeeper()

        function popIfDeeper(): bool {
            if (depth <= 1)
                return false;
            pop();
            return true;
        }

        initialItem: Item {
            id: shell

            objectName: "homeShell"

            NavigationBar {
                id: rail

                objectName: "navigationRail"
                visible: page.wide
                orientation: Qt.Vertical
                anchors.left: parent.left
                anchors.top: parent.top
                anchors.bottom: parent.bottom
                destinations: page.destinations
                currentIndex: page.currentIndex
                onActivated: index => page.showDestination(index)
            }
            ColumnLayout {
                anchors.left: page.wide ? rail.right : parent.left
                anchors.right: parent.right
                anchors.top: parent.top
                anchors.bottom: page.wide ? parent.bottom : bar.top
                spacing: 0

                PageHeader {
                    id: header

                    objectName: "homeHeader"
                    Layout.fillWidth: true
                    title: page.title

                    IconButton {
                        id: lockButton

                        objectName: "lockButton"
                        iconName: "lock"
                        text: qsTr("Lock")
                        Accessible.description: qsTr("Lock the wallet now; the passphrase is needed to open it again")
                        onClicked: WalletSession.lockNow()
                    }
                }
                // Who opened the emergency card since the last unlock (on Record, the page an unlock opens).
                EmergencyNoticeBanner {
                    Layout.fillWidth: true
                    Layout.maximumWidth: Theme.contentMaxWidth
                    Layout.alignment: Qt.AlignHCenter
                    visible: shown && page.currentIndex === 0
                    Layout.leftMargin: Theme.margin
                    Layout.rightMargin: Theme.margin
                    Layout.bottomMargin: visible ? 8 : 0
                    vm: emergencyNotices
                }
                StackLayout {
                    id: pages

                    objectName: "homeDestinations"
                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    currentIndex: page.currentIndex

                    RecordPage {
                        id: recordPage

                        onSyncRequested: homeStack.push(syncPage)
                        onConnectRequested: homeStack.push(connectPage)
                        onAddMeasurementRequested: homeStack.push(addMeasurementPage)
                        onEntryRequested: (recordId, sequence) => homeStack.push(entryPage, {
                                                                                     recordId: recordId,
                                                                                     sequence: sequence
                                                                                 })
                        onTrendsRequested: homeStack.push(trendsPage)
                    }
                    SharePage {
                        id: sharePage

                        onNewShareRequested: homeStack.push(newSharePage)
                        onScanRequested: homeStack.push(scanPage, { vm: sharePage.clinician })
                        onGrantOpened: {
                            homeStack.pop(null);
                            homeStack.push(openGrantPage, { vm: sharePage.clinician });
                        }
                        onNewLinkRequested: kind => homeStack.push(newLinkPage, { vm: sharePage.links, kind: kind })
                        onLinkRequested: id => homeStack.push(linkDetailPage, { vm: sharePage.links, linkId: id })
                    }
                    ResearchPage {
                        id: researchPage

                        onPreviewRequested: homeStack.push(studyPreviewPage, { vm: researchPage.vm })
                    }
                    SettingsPage {
                        onChangePassphraseRequested: homeStack.push(changePassphrase)
                        onRevealPhraseRequested: homeStack.push(revealPhrase)
                    }
                }
            }
            NavigationBar {
                id: bar

                objectName: "navigationBar"
                visible: !page.wide
                orientation: Qt.Horizontal
                anchors.left: parent.left
                anchors.right: parent.right
                anchors.bottom: parent.bottom
                height: visible ? implicitHeight : 0
                destinations: page.destinations
                currentIndex: page.currentIndex
                onActivated: index => page.showDestination(index)
            }
        }
    }
    EmergencyNoticesViewModel {
        id: emergencyNotices

        Component.onCompleted: if (WalletSession.state === WalletSession.Unlocked)
            check()
    }
    Component {
        id: newLinkPage

        NewLinkPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: linkDetailPage

        LinkDetailPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: changePassphrase

        ChangePassphrasePage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: entryPage

        EntryPage {
            onBackRequested: QQC2.StackView.view.pop()
            onTrendRequested: (keys, title) => QQC2.StackView.view.push(chartPage, { keys: keys, trendTitle: title })
        }
    }
    Component {
        id: trendsPage

        TrendsPage {
            onBackRequested: QQC2.StackView.view.pop()
            onTrendRequested: (keys, title) => QQC2.StackView.view.push(chartPage, { keys: keys, trendTitle: title })
        }
    }
    Component {
        id: chartPage

        ChartPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    // The sync status card sits in the timeline's slot; the timeline reloads when a sync stored entries.
    SyncStatusCard {
        parent: recordPage.syncStatusSlot
        width: parent ? parent.width : 0
        onDetailsRequested: homeStack.push(syncPage)
    }
    Connections {
        target: RecordEvents

        function onRecordChanged() {
            recordPage.reload();
        }
    }
    Component {
        id: syncPage

        SyncPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: connectPage

        ConnectProviderPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: addMeasurementPage

        AddMeasurementPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: newSharePage

        NewSharePage {
            id: newShare

            onBackRequested: QQC2.StackView.view.pop()
            onPickEntriesRequested: QQC2.StackView.view.push(pickEntriesPage, { vm: newShare.vm })
            onSharedGrant: sharePage.reload()
        }
    }
    Component {
        id: scanPage

        ScanPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: openGrantPage

        OpenGrantPage {
            id: openGrant

            onBackRequested: QQC2.StackView.view.pop()
            onNoteRequested: QQC2.StackView.view.push(notePage, { vm: openGrant.vm })
        }
    }
    Component {
        id: notePage

        NotePage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: pickEntriesPage

        PickEntriesPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: studyPreviewPage

        StudyPreviewPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: revealPhrase

        RevealPhrasePage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
}
