// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Carnet

// The home shell over a real, unlocked wallet: each destination, the bottom bar below 840 px and the
// rail from 840 px, the keyboard between destinations, honest empty states, accessible names and
// 48 px targets, and the lock button.
Item {
    id: root

    width: 390
    height: 844

    // Published BIP-39 phrase; its first Ethereum account (m/44'/60'/0'/0/0) is the address below.
    readonly property string phrase: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
    readonly property string passphrase: "lantern harbour tulip 47 quietly"

    RestoreWalletViewModel {
        id: restorer
    }
    UnlockViewModel {
        id: unlocker
    }

    TestCase {
        id: testCase

        property var home: null

        function ensureUnlocked() {
            if (WalletSession.state === WalletSession.NoWallet)
                restorer.restore(root.phrase, root.passphrase, root.passphrase);
            else if (WalletSession.state === WalletSession.Locked)
                unlocker.unlock(root.passphrase);
            tryCompare(WalletSession, "state", WalletSession.Unlocked, 30000);
        }

        function findIn(objectName) {
            const found = findChild(home, objectName);
            verify(found, "no item named " + objectName);
            return found;
        }

        function settle() {
            tryCompare(findIn("homeStack"), "busy", false);
            wait(20); // let layouts polish
        }

        function resize(width, height) {
            root.width = width;
            root.height = height;
            settle();
        }

        // Visible items under `item` that take focus or are controls, depth first.
        function controlsIn(item) {
            let found = [];
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (!child.visible)
                    continue;
                if (child.autoRepeat !== undefined || child.echoMode !== undefined || child.activeFocusOnTab)
                    found.push(child);
                if (child.popup === undefined) // a ComboBox's inner text field is its own
                    found = found.concat(controlsIn(child));
            }
            return found;
        }

        function show(key) {
            const bar = home.wide ? findIn("navigationRail") : findIn("navigationBar");
            mouseClick(findChild(bar, "nav_" + key));
            settle();
        }

        function initTestCase() {
            AppSettings.language = "en";
            AppSettings.theme = AppSettings.Light;
            ensureUnlocked();
            compare(WalletSession.address, "0x9858EfFD232B4033E47d90003D41EC34EcaEda94");
        }

        function init() {
            ensureUnlocked();
            root.width = 390;
            root.height = 844;
            home = createTemporaryObject(homeComponent, root);
            verify(home);
            settle();
        }

        Component {
            id: homeComponent

            HomePage {
                anchors.fill: parent
            }
        }

        function test_eachDestinationIsShown_data() {
            return [
                { tag: "record", index: 0, title: "Record", page: "recordPage" },
                { tag: "share", index: 1, title: "Share", page: "sharePage" },
                { tag: "research", index: 2, title: "Research", page: "researchPage" },
                { tag: "settings", index: 3, title: "Settings", page: "settingsPage" }
            ];
        }

        function test_eachDestinationIsShown(data) {
            for (const width of [390, 1280]) {
                resize(width, 800);
                const bar = findIn(width < 840 ? "navigationBar" : "navigationRail");
                const button = findChild(bar, "nav_" + data.tag);
                verify(button, "no destination " + data.tag);
                mouseClick(button);
                settle();
                compare(home.currentIndex, data.index);
                compare(findIn("homeHeader").title, data.title);
                compare(button.checked, true);
                compare(button.Accessible.name, data.title);
                const page = findIn(data.page);
                verify(page.visible, data.page + " is not shown");
                for (const other of ["recordPage", "sharePage", "researchPage", "settingsPage"]) {
                    if (other !== data.page)
                        verify(!findIn(other).visible, other + " is shown too");
                }
                mouseClick(findChild(bar, "nav_record"));
                settle();
            }
        }

        function test_barBelow840RailFrom840_data() {
            return [
                { tag: "phone", width: 390, height: 844, rail: false },
                { tag: "839", width: 839, height: 700, rail: false },
                { tag: "840", width: 840, height: 700, rail: true },
                { tag: "desktop", width: 1280, height: 800, rail: true }
            ];
        }

        function test_barBelow840RailFrom840(data) {
            resize(data.width, data.height);
            const bar = findIn("navigationBar");
            const rail = findIn("navigationRail");
            compare(bar.visible, !data.rail);
            compare(rail.visible, data.rail);
            const shown = data.rail ? rail : bar;
            const topLeft = shown.mapToItem(root, 0, 0);
            const header = findIn("homeHeader");
            const headerLeft = header.mapToItem(root, 0, 0);
            if (data.rail) {
                // On the left, full height; the header and the content to its right.
                compare(topLeft.x, 0);
                compare(shown.height, data.height);
                verify(headerLeft.x >= shown.width, "header starts at " + headerLeft.x);
            } else {
                // At the bottom, full width; the header above the content, across the window.
                compare(topLeft.y + shown.height, data.height);
                compare(shown.width, data.width);
                compare(headerLeft.x, 0);
            }
            // Four destinations with their labels, each a 48 px target at least.
            for (const key of ["record", "share", "research", "settings"]) {
                const button = findChild(shown, "nav_" + key);
                verify(button.visible);
                verify(button.width >= 48 && button.height >= 48, key + " is " + button.width + "x" + button.height);
                const corner = button.mapToItem(root, 0, 0);
                verify(corner.x >= 0 && corner.x + button.width <= data.width, key + " leaves the window");
                verify(corner.y >= 0 && corner.y + button.height <= data.height, key + " leaves the window");
            }
            // The content column keeps Theme.contentMaxWidth on wide windows.
            mouseClick(findChild(shown, "nav_record"));
            settle();
            const empty = findIn("recordPageEmptyState");
            verify(empty.width <= Theme.contentMaxWidth, "content is " + empty.width + " px wide");
        }

        function test_keyboardMovesBetweenDestinations_data() {
            return [
                { tag: "bar", width: 390, next: Qt.Key_Right, previous: Qt.Key_Left, name: "navigationBar" },
                { tag: "rail", width: 1280, next: Qt.Key_Down, previous: Qt.Key_Up, name: "navigationRail" }
            ];
        }

        function test_keyboardMovesBetweenDestinations(data) {
            resize(data.width, 800);
            const bar = findIn(data.name);
            findChild(bar, "nav_record").forceActiveFocus(Qt.TabFocusReason);
            keyClick(data.next);
            settle();
            compare(home.currentIndex, 1);
            verify(findChild(bar, "nav_share").activeFocus, "focus follows the destination");
            keyClick(Qt.Key_End);
            settle();
            compare(home.currentIndex, 3);
            verify(findIn("settingsPage").visible);
            keyClick(data.previous);
            settle();
            compare(home.currentIndex, 2);
            keyClick(Qt.Key_Home);
            settle();
            compare(home.currentIndex, 0);
            keyClick(data.previous); // already the first: stays
            compare(home.currentIndex, 0);
            // The lock button works from the keyboard too.
            const lock = findIn("lockButton");
            lock.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Return);
            tryCompare(WalletSession, "state", WalletSession.Locked);
        }

        function test_researchSaysWhatAndHow() {
            // Research is no longer a placeholder: Check again, and an empty list that says what will
            // appear there and that nothing is sent without joining.
            show("research");
            verify(findIn("refreshStudies").visible);
            const empty = findIn("researchPageEmptyState");
            verify(empty.visible);
            verify(empty.title.length > 0);
            for (const words of ["Studies", "what they pay", "Nothing is sent unless you join"])
                verify(empty.text.indexOf(words) >= 0, "'" + words + "' missing from: " + empty.text);
        }

        function test_shareSaysWhatAndHow() {
            // Share is no longer empty: New share, and a list that says how a share gets there.
            show("share");
            verify(findIn("newShareButton").visible);
            const none = findIn("noGrants");
            tryVerify(() => none.text.indexOf("New share") >= 0, 20000, none.text);
            verify(none.text.indexOf("QR code") >= 0, none.text);
        }

        function test_everyControlHasANameAnd48px_data() {
            return [
                { tag: "record" }, { tag: "share" }, { tag: "research" }, { tag: "settings" }
            ];
        }

        function test_everyControlHasANameAnd48px(data) {
            for (const width of [390, 1280]) {
                resize(width, 800);
                show(data.tag);
                const controls = controlsIn(home);
                verify(controls.length >= 5, "found " + controls.length + " controls");
                for (const control of controls) {
                    verify(control.Accessible.name.length > 0, "a control without a name: " + control);
                    if (control.autoRepeat !== undefined)
                        verify(control.height >= 48, control.Accessible.name + " is " + control.height + " px high");
                }
            }
            compare(findIn("lockButton").Accessible.name, "Lock");
        }

        function test_lockButtonLocks() {
            const lock = findIn("lockButton");
            verify(lock.visible);
            mouseClick(lock);
            tryCompare(WalletSession, "state", WalletSession.Locked);
        }

        name: "Home"
        when: windowShown
    }
}
