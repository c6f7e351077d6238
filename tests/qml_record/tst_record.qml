// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Carnet

// The record pages in the real home shell over a vault filled with the demo record: the timeline
// shows rows, a category chip hides the others, an entry shows its fields and provenance and
// toggles its raw JSON, "Show trend" opens a chart, and Trends lists series that open charts.
Item {
    id: root

    width: 390
    height: 844

    Component {
        id: recordComponent

        RecordPage {
            anchors.fill: parent
        }
    }
    UnlockViewModel {
        id: unlocker
    }
    Component {
        id: homeComponent

        HomePage {
            anchors.fill: parent
        }
    }

    TestCase {
        id: testCase

        name: "Record"
        when: windowShown

        function makeHome() {
            const home = createTemporaryObject(homeComponent, root);
            verify(home);
            const record = findChild(home, "recordPage");
            tryVerify(() => record.timeline.loaded, 30000);
            tryCompare(findChild(home, "homeStack"), "busy", false);
            wait(50); // let layouts polish
            return home;
        }

        function stackTop(home) {
            return findChild(home, "homeStack").currentItem;
        }

        // Nothing to show (here: the wallet is locked, so the worker reads no vault): the honest empty
        // state, whose buttons ask for the connect and sync screens.
        function test_emptyStateWhenNothingToShow() {
            WalletSession.lockNow();
            const page = createTemporaryObject(recordComponent, root);
            tryVerify(() => page.timeline.loaded, 10000);
            compare(page.timeline.totalCount, 0);
            const empty = findChild(page, "recordPageEmptyState");
            verify(empty.visible);
            verify(empty.text.indexOf("Connect a provider") >= 0);
            verify(!findChild(page, "recordSearchField").visible);
            const spy = createTemporaryObject(signalSpyComponent, testCase, { target: page, signalName: "connectRequested" });
            mouseClick(findChild(page, "emptyConnectButton"));
            compare(spy.count, 1);
            unlocker.unlock("velvet otter climbs quiet lanterns");
            tryCompare(WalletSession, "state", WalletSession.Unlocked, 30000);
            tryVerify(() => page.timeline.totalCount > 500, 30000);
            verify(!empty.visible);
        }

        function test_timelineShowsRows() {
            const home = makeHome();
            const record = findChild(home, "recordPage");
            const list = findChild(home, "timelineList");
            verify(record.timeline.totalCount > 500);
            compare(list.count, record.timeline.totalCount);
            tryVerify(() => findChild(list, "timelineRow") !== null);
            verify(!findChild(home, "recordPageEmptyState").visible);
            verify(findChild(home, "syncStatusSlot") !== null);
            const row = findChild(list, "timelineRow");
            verify(row.height >= 48);
            verify(row.title.length > 0);
        }

        function test_filterChipHidesRows() {
            const home = makeHome();
            const record = findChild(home, "recordPage");
            const list = findChild(home, "timelineList");
            const all = list.count;
            let chip = null;
            tryVerify(() => (chip = findChild(home, "categoryChip_lab")) !== null);
            mouseClick(chip);
            compare(record.timeline.categories, ["lab"]);
            verify(list.count > 0 && list.count < all);
            verify(chip.chosen);
            mouseClick(chip);
            compare(list.count, all);
        }

        function test_searchFiltersInTheModel() {
            const home = makeHome();
            const record = findChild(home, "recordPage");
            const field = findChild(home, "recordSearchField");
            field.text = "no such entry anywhere";
            compare(record.timeline.count, 0);
            verify(findChild(home, "recordNoMatch").visible);
            field.text = "";
            compare(record.timeline.count, record.timeline.totalCount);
        }

        function test_signalsForTheSyncScreens() {
            const home = makeHome();
            const record = findChild(home, "recordPage");
            const spy = createTemporaryObject(signalSpyComponent, testCase, { target: record, signalName: "syncRequested" });
            mouseClick(findChild(home, "syncButton"));
            compare(spy.count, 1);
        }

        Component {
            id: signalSpyComponent

            SignalSpy {}
        }

        function test_entryPageShowsFieldsProvenanceAndRawJson() {
            const home = makeHome();
            const record = findChild(home, "recordPage");
            // The newest entry is the patient's own weight.
            const model = record.timeline;
            record.entryRequested(model.data(model.index(0, 0), 257), model.data(model.index(0, 0), 258));
            let page = null;
            tryVerify(() => (page = stackTop(home)) && page.objectName === "entryPage", 5000);
            tryVerify(() => page.viewModel.found, 30000);
            verify(findChild(page, "detailCard").visible);
            verify(page.viewModel.fields.length > 0);
            verify(findChild(page, "provenanceCard").visible);
            const raw = findChild(page, "rawJsonBox");
            verify(!raw.visible);
            const toggle = findChild(page, "rawJsonToggle");
            // Below the fold on a phone: by keyboard.
            toggle.forceActiveFocus();
            keyClick(Qt.Key_Space);
            verify(raw.visible);
            verify(findChild(page, "rawJsonText").text.indexOf("\"resourceType\"") >= 0);
            keyClick(Qt.Key_Space);
            verify(!raw.visible);

            // Show trend opens the chart of this series.
            const trendButton = findChild(page, "showTrendButton");
            verify(trendButton.visible);
            trendButton.clicked();
            let chartPage = null;
            tryVerify(() => (chartPage = stackTop(home)) && chartPage.objectName === "chartPage", 5000);
            tryVerify(() => chartPage.viewModel.loaded, 30000);
            verify(findChild(chartPage, "trendChart") !== null);
            compare(chartPage.viewModel.series.length, 1);
        }

        function test_trendsListOpensACharts() {
            const home = makeHome();
            mouseClick(findChild(home, "trendsButton"));
            let page = null;
            tryVerify(() => (page = stackTop(home)) && page.objectName === "trendsPage", 5000);
            tryVerify(() => page.viewModel.loaded, 30000);
            const list = findChild(page, "trendsList");
            verify(list.count >= 3);
            let bp = -1;
            for (let i = 0; i < page.viewModel.trends.length; ++i) {
                if (page.viewModel.trends[i].keys.length === 2)
                    bp = i;
            }
            verify(bp >= 0);
            page.trendRequested(page.viewModel.trends[bp].keys, page.viewModel.trends[bp].name);
            let chartPage = null;
            tryVerify(() => (chartPage = stackTop(home)) && chartPage.objectName === "chartPage", 5000);
            tryVerify(() => chartPage.viewModel.loaded, 30000);
            compare(chartPage.viewModel.series.length, 2);
            const chart = findChild(chartPage, "trendChart");
            tryVerify(() => chart.width > 0);
            verify(chart.selectAt(-100, -100) === false);
            compare(findChild(chartPage, "pointText").text, "Tap a point to see its value and date.");
            chart.select(0, 0);
            verify(findChild(chartPage, "pointText").text.indexOf("mmHg") > 0);
        }
    }
}
