// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtTest
import Qt.labs.settings
import Carnet

// Settings over a real, unlocked wallet: the auto-lock choice reaches WalletSession and its stored
// setting, a wrong current passphrase is refused with words, the right one changes it, the recovery
// phrase appears only after the right passphrase (also after a quick unlock) and goes again on Hide,
// quick unlock asks for the passphrase first, and every control has a name.
Item {
    id: root

    width: 390
    height: 844

    readonly property string phrase: "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about"
    readonly property string passphrase: "lantern harbour tulip 47 quietly"
    readonly property string otherPassphrase: "orchard velvet 93 compass drifting"

    RestoreWalletViewModel {
        id: restorer
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
    Component {
        id: storedSettings

        Settings {
            category: "session"

            property int autoLockMinutes: -1
        }
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

        function homeStack() {
            return findIn("homeStack");
        }

        function settle() {
            tryCompare(homeStack(), "busy", false);
            wait(20);
        }

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

        function checkNamesAndTargets(page) {
            const controls = controlsIn(page);
            verify(controls.length >= 2, "found " + controls.length + " controls");
            for (const control of controls) {
                verify(control.Accessible.name.length > 0, "a control without a name: " + control + " in " + control.parent + " " + control.parent.parent);
                verify(control.height >= 48 || control.autoRepeat === undefined,
                       control.Accessible.name + " is " + control.height + " px high");
            }
        }

        function openSettings() {
            mouseClick(findChild(findIn(home.wide ? "navigationRail" : "navigationBar"), "nav_settings"));
            settle();
            verify(findIn("settingsPage").visible);
        }

        // Scrolls the settings page until `item` is in view, then clicks it.
        function clickInSettings(item) {
            const flick = findIn("settingsPage").contentItem.children[0];
            const y = item.mapToItem(flick.contentItem, 0, 0).y;
            flick.contentY = Math.max(0, Math.min(y - 100, flick.contentHeight - flick.height));
            wait(20);
            mouseClick(item);
            settle();
        }

        function open(rowName, pageName) {
            openSettings();
            clickInSettings(findIn(rowName));
            compare(homeStack().depth, 2);
            const page = homeStack().currentItem;
            compare(page.objectName, pageName);
            return page;
        }

        function initTestCase() {
            AppSettings.language = "en";
            AppSettings.theme = AppSettings.Light;
        }

        function init() {
            ensureUnlocked();
            home = createTemporaryObject(homeComponent, root);
            verify(home);
            settle();
        }

        function test_settingsControlsHaveNames() {
            openSettings();
            checkNamesAndTargets(findIn("settingsPage"));
            for (const name of ["securitySection", "appearanceSection", "aboutSection"])
                verify(findIn(name).visible, name);
            compare(findIn("addressText").text, WalletSession.address);
            verify(/^0x[0-9a-fA-F]{40}$/.test(findIn("addressText").text));
            verify(findIn("versionText").text.indexOf("0.1.0-test") >= 0, findIn("versionText").text);
        }

        function test_autoLockChoicePersists() {
            openSettings();
            const combo = findIn("autoLockCombo");
            compare(combo.count, 7);
            compare(combo.currentText, WalletSession.autoLockMinutes + " min");
            clickInSettings(combo);
            tryCompare(combo.popup, "opened", true);
            const list = combo.popup.contentItem;
            const row = list.itemAtIndex(4); // 15 min
            verify(row, "no row for 15 min");
            compare(row.text, "15 min");
            mouseClick(row);
            tryCompare(combo.popup, "visible", false);
            compare(WalletSession.autoLockMinutes, 15);
            compare(combo.currentText, "15 min");
            // Kept where WalletSession reads it at the next start.
            const stored = createTemporaryObject(storedSettings, root);
            compare(stored.autoLockMinutes, 15);
            // And the choice follows the session when it changes elsewhere.
            WalletSession.autoLockMinutes = 60;
            compare(combo.currentText, "60 min");
            WalletSession.autoLockMinutes = 5;
            compare(combo.currentText, "5 min");
        }

        function fillChange(page, oldText, newText, confirmText) {
            findChild(page, "oldPassphrase").text = oldText;
            findChild(page, "newPassphrase").text = newText;
            findChild(page, "confirmPassphrase").text = confirmText;
        }

        function test_changePassphraseWrongOldShowsError() {
            const page = open("changePassphraseRow", "changePassphrasePage");
            checkNamesAndTargets(page);
            const button = findChild(page, "changeButton");
            fillChange(page, "not the passphrase", root.otherPassphrase, root.otherPassphrase + "x");
            verify(!button.enabled, "the two new passphrases differ");
            verify(findChild(page, "mismatchText").visible);
            fillChange(page, "not the passphrase", root.otherPassphrase, root.otherPassphrase);
            tryCompare(button, "enabled", true);
            mouseClick(button);
            // The fields are emptied as soon as the text is handed over.
            compare(findChild(page, "oldPassphrase").text, "");
            compare(findChild(page, "newPassphrase").text, "");
            compare(findChild(page, "confirmPassphrase").text, "");
            const error = findChild(page, "changeError");
            tryVerify(() => error.visible && error.text.length > 0, 30000, "no error shown");
            verify(error.text.toLowerCase().indexOf("passphrase") >= 0, error.text);
            verify(!findChild(page, "changeDone").visible);
            compare(WalletSession.state, WalletSession.Unlocked);
            // The passphrase did not change: locking and unlocking with the old one works.
            WalletSession.lockNow();
            ensureUnlocked();
        }

        function test_changePassphraseAndBack() {
            let page = open("changePassphraseRow", "changePassphrasePage");
            fillChange(page, root.passphrase, root.otherPassphrase, root.otherPassphrase);
            tryCompare(findChild(page, "changeButton"), "enabled", true);
            mouseClick(findChild(page, "changeButton"));
            tryVerify(() => findChild(page, "changeDone").visible, 30000, "no success message");
            compare(findChild(page, "changeError").visible, false);
            // And back, so the other tests keep their passphrase.
            fillChange(page, root.otherPassphrase, root.passphrase, root.passphrase);
            tryCompare(findChild(page, "changeButton"), "enabled", true);
            mouseClick(findChild(page, "changeButton"));
            tryVerify(() => findChild(page, "changeDone").visible, 30000, "no success message");
            keyClick(Qt.Key_Escape);
            settle();
            compare(homeStack().depth, 1);
        }

        function test_revealNeedsTheRightPassphrase() {
            const page = open("revealPhraseRow", "revealPhrasePage");
            checkNamesAndTargets(page);
            const view = findChild(page, "recoveryPhraseView");
            const viewModel = findChild(page, "revealViewModel");
            verify(viewModel);
            compare(viewModel.revealed, false);
            verify(!view.visible);

            findChild(page, "revealPassphrase").text = "not the passphrase";
            mouseClick(findChild(page, "revealButton"));
            compare(findChild(page, "revealPassphrase").text, "");
            const error = findChild(page, "revealError");
            tryVerify(() => error.visible && error.text.length > 0, 30000, "no error shown");
            compare(viewModel.revealed, false);
            compare(view.wordCount, 0);

            findChild(page, "revealPassphrase").text = root.passphrase;
            mouseClick(findChild(page, "revealButton"));
            compare(findChild(page, "revealPassphrase").text, "");
            tryCompare(viewModel, "revealed", true, 30000);
            verify(view.visible);
            compare(view.wordCount, 12);
            verify(!findChild(page, "revealButton").visible);
            checkNamesAndTargets(page);

            mouseClick(findChild(page, "hideButton"));
            compare(viewModel.revealed, false);
            compare(view.wordCount, 0);
            verify(findChild(page, "revealButton").visible);

            findChild(page, "revealPassphrase").text = root.passphrase;
            mouseClick(findChild(page, "revealButton"));
            tryCompare(viewModel, "revealed", true, 30000);
            // Leaving the page forgets the words.
            keyClick(Qt.Key_Escape);
            compare(viewModel.revealed, false);
            settle();
            compare(homeStack().depth, 1);
        }

        function test_quickUnlockAsksForThePassphrase() {
            openSettings();
            const toggle = findIn("quickUnlockSwitch");
            compare(toggle.checked, false);
            clickInSettings(toggle);
            const dialog = findIn("quickUnlockDialog");
            tryCompare(dialog, "opened", true);
            compare(toggle.checked, false); // stays off until the passphrase is confirmed
            compare(WalletSession.quickUnlockEnabled, false);
            verify(!findIn("quickUnlockConfirm").enabled, "nothing typed yet");
            checkNamesAndTargets(dialog.contentItem);
            mouseClick(findIn("quickUnlockCancel"));
            tryCompare(dialog, "visible", false);
            compare(toggle.checked, false);
            compare(WalletSession.quickUnlockEnabled, false);
        }

        function test_revealAfterQuickUnlockNeedsThePassphrase() {
            // Quick unlock opens the vault with the keystore's key, which cannot open the recovery
            // phrase: the reveal page asks for the passphrase all the same.
            openSettings();
            clickInSettings(findIn("quickUnlockSwitch"));
            const dialog = findIn("quickUnlockDialog");
            tryCompare(dialog, "opened", true);
            findIn("quickUnlockPassphrase").text = root.passphrase;
            mouseClick(findIn("quickUnlockConfirm"));
            tryCompare(WalletSession, "quickUnlockEnabled", true, 30000);
            tryCompare(dialog, "visible", false);
            WalletSession.lockNow();
            tryCompare(WalletSession, "state", WalletSession.Locked);
            unlocker.quickUnlock();
            tryCompare(WalletSession, "state", WalletSession.Unlocked, 30000);
            home = createTemporaryObject(homeComponent, root);
            settle();

            const page = open("revealPhraseRow", "revealPhrasePage");
            const viewModel = findChild(page, "revealViewModel");
            const view = findChild(page, "recoveryPhraseView");
            verify(findChild(page, "revealPassphrase").visible);
            compare(viewModel.revealed, false);
            findChild(page, "revealPassphrase").text = "not the passphrase";
            mouseClick(findChild(page, "revealButton"));
            const error = findChild(page, "revealError");
            tryVerify(() => error.visible && error.text.length > 0, 30000, "no error shown");
            compare(viewModel.revealed, false);
            compare(view.wordCount, 0);
            findChild(page, "revealPassphrase").text = root.passphrase;
            mouseClick(findChild(page, "revealButton"));
            tryCompare(viewModel, "revealed", true, 30000);
            compare(view.wordCount, 12);
            keyClick(Qt.Key_Escape);
            settle();

            // Quick unlock off again, so the other tests start as before.
            openSettings();
            clickInSettings(findIn("quickUnlockSwitch"));
            tryCompare(WalletSession, "quickUnlockEnabled", false, 30000);
        }

        function test_lockNowRowLocks() {
            openSettings();
            clickInSettings(findIn("lockNowRow"));
            tryCompare(WalletSession, "state", WalletSession.Locked);
        }

        name: "Settings"
        when: windowShown
    }
}
