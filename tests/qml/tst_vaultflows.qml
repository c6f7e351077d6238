// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtTest
import Carnet
import CarnetTest

// The vault flows through the real Main.qml and a real vault (floor Argon2id, temporary directory):
// routing by the session's state, create end to end (passphrase, phrase, quiz, vault), restore with a
// known phrase, and unlock with a wrong passphrase then the right one.
Item {
    id: root

    width: 390
    height: 844

    TestCase {
        id: testCase

        property var window: null

        function findIn(objectName) {
            const found = findChild(window.contentItem, objectName);
            verify(found, "no item named " + objectName);
            return found;
        }

        function stack() {
            return findIn("stack");
        }

        function settle() {
            tryCompare(stack(), "busy", false);
            wait(20);
        }

        function page() {
            return stack().currentItem;
        }

        function typeInto(item, text) {
            item.forceActiveFocus();
            item.selectAll();
            keySequence(StandardKey.Delete);
            for (const ch of text)
                keyClick(ch);
        }

        // Scrolls the step holding `item` to its end, where the step's button is (phone height).
        function scrollToEnd(stepName) {
            const step = findChild(page(), stepName);
            step.contentY = Math.max(0, step.contentHeight - step.height);
            wait(20);
        }

        function passphraseField(entryName) {
            return findChild(page(), entryName).field;
        }

        function openMain() {
            AppSettings.language = "en";
            AppSettings.theme = AppSettings.Light;
            const component = Qt.createComponent("qrc:/qt/qml/Carnet/Main.qml");
            compare(component.status, Component.Ready, component.errorString());
            window = createTemporaryObject(component, root, { width: 390, height: 844 });
            verify(window);
            tryVerify(() => window.visible);
            settle();
        }

        function init() {
            TestVault.reset();
            compare(WalletSession.state, WalletSession.NoWallet);
        }

        function cleanup() {
            if (window)
                window.destroy();
            window = null;
            WalletSession.lockNow();
        }

        function test_routingFollowsTheState() {
            openMain();
            compare(page().objectName, "onboardingPage");
            verify(TestVault.makeLockedVault("en", 12));
            settle();
            compare(WalletSession.state, WalletSession.Locked);
            compare(page().objectName, "unlockPage");
            compare(stack().depth, 1);

            typeInto(passphraseField("unlockPassphrase"), TestVault.passphrase);
            mouseClick(findChild(page(), "unlockButton"));
            tryCompare(WalletSession, "state", WalletSession.Unlocked, 20000);
            settle();
            compare(page().objectName, "homePage");
            compare(WalletSession.address, TestVault.address("en", 12));

            // A lock clears the stack and returns to the unlock page at once.
            WalletSession.lockNow();
            compare(stack().depth, 1);
            compare(page().objectName, "unlockPage");
            compare(WalletSession.address, "");
        }

        function test_createFlowEndToEnd() {
            openMain();
            mouseClick(findIn("createButton"));
            settle();
            compare(page().objectName, "createWalletPage");
            const dots = findChild(page(), "progressDots");
            compare(dots.current, 0);

            // Step 1: the Continue button waits for an acceptable, matching passphrase.
            const next = findChild(page(), "passphraseContinue");
            verify(!next.enabled);
            typeInto(passphraseField("newPassphrase"), "short");
            compare(findChild(page(), "strengthMeter").label, "Too short");
            typeInto(passphraseField("newPassphrase"), TestVault.passphrase);
            verify(findChild(page(), "strengthMeter").acceptable);
            typeInto(passphraseField("confirmPassphrase"), TestVault.passphrase + "x");
            verify(findChild(page(), "mismatch").visible);
            verify(!next.enabled);
            typeInto(passphraseField("confirmPassphrase"), TestVault.passphrase);
            verify(next.enabled);
            mouseClick(next);
            compare(dots.current, 1);
            compare(passphraseField("newPassphrase").text, "", "the fields are cleared once handed over");

            // Step 2: the phrase, painted in C++; Continue waits for the checkbox.
            const phrase = findChild(page(), "recoveryPhrase");
            compare(phrase.wordCount, 24);
            verify(phrase.implicitHeight > 200);
            const phraseNext = findChild(page(), "phraseContinue");
            verify(!phraseNext.enabled);
            scrollToEnd("phraseStep");
            mouseClick(findChild(page(), "writtenDown"));
            verify(phraseNext.enabled);

            // Back loses nothing and creates nothing.
            keyClick(Qt.Key_Escape);
            compare(dots.current, 0);
            verify(findChild(page(), "passphraseKept").visible);
            mouseClick(findChild(page(), "passphraseContinue"));
            compare(dots.current, 1);
            compare(WalletSession.state, WalletSession.NoWallet);
            scrollToEnd("phraseStep");
            verify(phraseNext.enabled, "the checkbox is still ticked");
            mouseClick(phraseNext);
            compare(dots.current, 2);

            // Step 3: a wrong word is named, then the right words create the wallet.
            const vm = findChild(page(), "quizStep").vm;
            const positions = vm.quizPositions;
            compare(positions.length, 3);
            const fields = [0, 1, 2].map(i => findChild(page(), "quizWord" + i).field);
            typeInto(fields[0], "zzz");
            mouseClick(findChild(page(), "quizCheck"));
            compare(dots.current, 2);
            compare(WalletSession.state, WalletSession.NoWallet);
            for (let i = 0; i < 3; ++i)
                typeInto(fields[i], TestVault.wordOfCreatedPhrase(positions[i]));
            mouseClick(findChild(page(), "quizCheck"));
            compare(phrase.wordCount, 0, "the phrase is no longer painted");

            // Step 4: busy, then unlocked on the home shell with the phrase's address.
            tryCompare(WalletSession, "state", WalletSession.Unlocked, 20000);
            settle();
            compare(page().objectName, "homePage");
            compare(WalletSession.address, TestVault.createdAddress);
        }

        function test_restoreFlow_data() {
            return [
                { tag: "French", language: "fr", words: 24 },
                { tag: "English", language: "en", words: 12 }
            ];
        }

        function test_restoreFlow(data) {
            openMain();
            mouseClick(findIn("restoreButton"));
            settle();
            compare(page().objectName, "restoreWalletPage");
            const area = findChild(page(), "phraseArea");
            const words = TestVault.phrase(data.language, data.words).split(" ");
            const broken = words.slice();
            broken[2] = "qwertyzz";
            area.text = broken.join(" ");
            compare(findChild(page(), "phraseError").text, "Word 3 is not in the English or French word list.");
            verify(!findChild(page(), "phraseContinue").enabled);
            area.text = words.join("\n");
            compare(findChild(page(), "phraseError").text, "");
            verify(findChild(page(), "phraseContinue").enabled);
            mouseClick(findChild(page(), "phraseContinue"));

            typeInto(passphraseField("newPassphrase"), TestVault.passphrase);
            typeInto(passphraseField("confirmPassphrase"), TestVault.passphrase);
            mouseClick(findChild(page(), "restoreButton"));
            tryCompare(WalletSession, "state", WalletSession.Unlocked, 20000);
            settle();
            compare(page().objectName, "homePage");
            compare(WalletSession.address, TestVault.address(data.language, data.words));
        }

        function test_unlockWrongThenRight() {
            verify(TestVault.makeLockedVault("fr", 12));
            openMain();
            compare(page().objectName, "unlockPage");
            const button = findChild(page(), "unlockButton");
            verify(!button.enabled, "nothing typed yet");
            typeInto(passphraseField("unlockPassphrase"), "not my passphrase");
            keyClick(Qt.Key_Return);
            tryCompare(findChild(page(), "unlockError"), "text", "Wrong passphrase. Check it and try again.", 20000);
            compare(passphraseField("unlockPassphrase").text, "", "the field is cleared after each attempt");
            compare(WalletSession.state, WalletSession.Locked);

            typeInto(passphraseField("unlockPassphrase"), TestVault.passphrase);
            mouseClick(button);
            tryCompare(WalletSession, "state", WalletSession.Unlocked, 20000);
            settle();
            compare(page().objectName, "homePage");
            compare(WalletSession.address, TestVault.address("fr", 12));
        }

        function test_forgotPassphraseExplains() {
            verify(TestVault.makeLockedVault("en", 12));
            openMain();
            mouseClick(findChild(page(), "forgotButton"));
            settle();
            compare(page().objectName, "forgotPassphrasePage");
            compare(findChild(page(), "vaultFolder").text, WalletSession.vaultDirectory);
            mouseClick(findChild(page(), "backToUnlock"));
            settle();
            compare(page().objectName, "unlockPage");
        }

        name: "VaultFlows"
        when: windowShown
    }
}
