// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Carnet

// The sync pages over a real unlocked wallet whose network does not answer (see tst_sync_main.cpp).
Item {
    id: root

    width: 390
    height: 844

    Component {
        id: connectPage

        ConnectProviderPage {
            anchors.fill: parent
        }
    }
    Component {
        id: measurementPage

        AddMeasurementPage {
            anchors.fill: parent
        }
    }
    Component {
        id: syncPage

        SyncPage {
            anchors.fill: parent
        }
    }

    TestCase {
        name: "SyncPages"
        when: windowShown

        function find(item, name) {
            const found = findChild(item, name);
            verify(found !== null, "no " + name);
            return found;
        }

        // The page's network does not answer: no record number can be reserved, so no code is shown,
        // only why (tst_syncviewmodels shows the code on the live devnet).
        function test_connectWithoutTheNetworkShowsNoCode() {
            const page = createTemporaryObject(connectPage, root);
            const button = find(page, "createCodeButton");
            mouseClick(button);
            tryVerify(() => find(page, "connectError").text.length > 0);
            compare(find(page, "codeView").visible, false);
            const noName = find(page, "connectError").text;

            find(page, "providerName").text = "Dr Martin";
            mouseClick(button);
            tryVerify(() => find(page, "connectError").text.length > 0 && find(page, "connectError").text !== noName, 30000);
            compare(find(page, "reservingView").visible, false);
            compare(find(page, "codeView").visible, false);
            compare(find(page, "connectCodeText").text, "");
            compare(find(page, "providerName").text, "Dr Martin", "the name stays for another try");
            compare(button.enabled, true);
        }

        function errorAfter(page, kindIndex, first, second, when) {
            find(page, "kindBox").currentIndex = kindIndex;
            find(page, "firstValue").text = first;
            find(page, "secondValue").text = second;
            if (when !== undefined)
                find(page, "whenField").text = when;
            mouseClick(find(page, "addMeasurementButton"));
            return find(page, "measurementError").text;
        }

        function test_measurementValidation() {
            const page = createTemporaryObject(measurementPage, root);
            compare(find(page, "secondValue").visible, true, "blood pressure first: two values");
            verify(find(page, "whenField").text.match(/^\d{4}-\d\d-\d\d \d\d:\d\d$/));
            verify(errorAfter(page, 0, "", "").startsWith("Type a value for systolic"));
            verify(errorAfter(page, 0, "80", "120").includes("higher than the diastolic"));
            verify(errorAfter(page, 1, "seventy", "").includes("must be a number"));
            compare(find(page, "secondValue").visible, false);
            verify(errorAfter(page, 1, "70000", "").includes("between 0.5 and 500 kg"));
            verify(errorAfter(page, 4, "98.6", "").includes("°C"));
            verify(errorAfter(page, 2, "60", "", "yesterday").includes("date and time"));
            verify(errorAfter(page, 2, "60", "", "2999-01-01 10:00").includes("future"));
        }

        function test_syncPageListsNodesOffline() {
            const page = createTemporaryObject(syncPage, root);
            SyncViewModel.syncNow();
            tryCompare(SyncViewModel, "state", SyncViewModel.Offline, 60000);
            compare(SyncViewModel.statusText, "Offline");
            verify(SyncViewModel.detailText.includes("stays readable"));
            tryVerify(() => SyncViewModel.nodes.length === 2);
            waitForRendering(page);
            const list = find(page, "nodeList");
            let verdicts = 0;
            for (const node of SyncViewModel.nodes) {
                compare(node.verdictText, "Not reachable");
                compare(node.healthy, false);
                verdicts++;
            }
            compare(verdicts, 2);
            const card = find(page, "syncStatusCard");
            compare(find(card, "syncStatusText").text, "Offline");
        }
    }
}
