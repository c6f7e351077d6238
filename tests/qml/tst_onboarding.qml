// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls.Material
import QtTest
import Carnet
import CarnetTest

// The real Main.qml window: the first screen, where its two choices lead, the keyboard path,
// and the appearance and language switcher.
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
            wait(20); // let layouts polish
        }

        // Every visible button under `item`, depth first.
        function buttonsIn(item) {
            let found = [];
            for (let i = 0; i < item.children.length; ++i) {
                const child = item.children[i];
                if (!child.visible)
                    continue;
                if (child.autoRepeat !== undefined) // an AbstractButton (instanceof cannot test QML types)
                    found.push(child);
                found = found.concat(buttonsIn(child));
            }
            return found;
        }

        function init() {
            TestVault.reset();
            AppSettings.language = "en";
            AppSettings.theme = AppSettings.Light;
            const component = Qt.createComponent("qrc:/qt/qml/Carnet/Main.qml");
            compare(component.status, Component.Ready, component.errorString());
            window = createTemporaryObject(component, root, { width: 390, height: 844 });
            verify(window);
            tryVerify(() => window.visible);
            settle();
        }

        function test_firstScreenShowsBothChoices() {
            const create = findIn("createButton");
            const restore = findIn("restoreButton");
            verify(create.visible);
            verify(restore.visible);
            compare(create.text, "Create a wallet");
            compare(restore.text, "Restore from recovery phrase");
            compare(create.Accessible.name, "Create a wallet");
            compare(restore.Accessible.name, "Restore from recovery phrase");
            compare(findIn("settingsButton").Accessible.name, "Appearance and language");
            compare(findIn("promise").text, "Your health record, held by you.");
        }

        function test_everyButtonHasAnAccessibleName_data() {
            return [
                { tag: "onboarding", open: "" },
                { tag: "create", open: "createButton" },
                { tag: "restore", open: "restoreButton" },
                { tag: "appearance", open: "settingsButton" }
            ];
        }

        function test_everyButtonHasAnAccessibleName(data) {
            if (data.open.length > 0) {
                mouseClick(findIn(data.open));
                settle();
            }
            const page = stack().currentItem;
            const buttons = buttonsIn(page);
            verify(buttons.length >= 2, "found " + buttons.length + " buttons");
            for (const button of buttons) {
                verify(button.Accessible.name.length > 0, "a button without a name: " + button);
                verify(button.height >= 48, button.Accessible.name + " is " + button.height + " px high");
            }
        }

        function test_touchTargetsAndColumnWidth_data() {
            return [
                { tag: "phone", width: 390, height: 844 },
                { tag: "desktop", width: 1280, height: 800 }
            ];
        }

        function test_touchTargetsAndColumnWidth(data) {
            window.width = data.width;
            window.height = data.height;
            settle();
            for (const name of ["createButton", "restoreButton", "settingsButton"]) {
                const control = findIn(name);
                verify(control.height >= 48, name + " is " + control.height + " px high");
                verify(control.width >= 48, name + " is " + control.width + " px wide");
                const topLeft = control.mapToItem(window.contentItem, 0, 0);
                verify(topLeft.x >= 0 && topLeft.x + control.width <= data.width, name + " leaves the window");
            }
            const create = findIn("createButton");
            verify(create.width <= 560, "column is " + create.width + " px wide");
            const left = create.mapToItem(window.contentItem, 0, 0).x;
            fuzzyCompare(left, data.width - left - create.width, 1);
        }

        function test_choiceOpensItsFlow_data() {
            return [
                { tag: "create", button: "createButton", page: "createWalletPage", title: "Create a wallet" },
                { tag: "restore", button: "restoreButton", page: "restoreWalletPage",
                  title: "Restore from recovery phrase" }
            ];
        }

        function test_choiceOpensItsFlow(data) {
            mouseClick(findIn(data.button));
            settle();
            // Exactly one page was opened, the flow; nothing is created by opening it.
            compare(stack().depth, 2);
            const page = stack().currentItem;
            compare(page.objectName, data.page);
            compare(page.title, data.title);
            compare(WalletSession.state, WalletSession.NoWallet);

            keyClick(Qt.Key_Escape);
            settle();
            compare(stack().depth, 1);
            compare(stack().currentItem.objectName, "onboardingPage");
        }

        function test_keyboardReachesBothChoices() {
            const create = findIn("createButton");
            create.forceActiveFocus(Qt.TabFocusReason);
            keyClick(Qt.Key_Tab);
            verify(findIn("restoreButton").activeFocus, "Tab from Create goes to Restore");
            keyClick(Qt.Key_Tab);
            verify(findIn("settingsButton").activeFocus, "then to the settings button");
            keyClick(Qt.Key_Tab);
            verify(create.activeFocus, "and back to Create");
            keyClick(Qt.Key_Return);
            settle();
            compare(stack().currentItem.objectName, "createWalletPage");
            keyClick(Qt.Key_Escape);
            settle();
            compare(stack().depth, 1);
        }

        function test_themeSwitchChangesMaterialTheme() {
            compare(window.Material.theme, Material.Light);
            const lightBackground = window.color.toString(); // a copy, not a live value-type reference
            mouseClick(findIn("settingsButton"));
            settle();
            const page = stack().currentItem;
            compare(page.objectName, "appearancePage");

            mouseClick(findChild(page, "theme" + AppSettings.Dark));
            compare(AppSettings.theme, AppSettings.Dark);
            compare(window.Material.theme, Material.Dark);
            verify(window.color.toString() !== lightBackground, "the window background follows the theme");
            compare(Theme.dark, true);

            // "Same as the system": Material.System, which the Material style resolves from the
            // platform palette, the same way Theme.dark does (Qt 6.4 has no colour-scheme API).
            mouseClick(findChild(page, "theme" + AppSettings.System));
            compare(AppSettings.theme, AppSettings.System);
            compare(Theme.materialTheme, Material.System);
            compare(window.Material.theme, AppSettings.systemDark ? Material.Dark : Material.Light);
            compare(Theme.dark, AppSettings.systemDark);

            mouseClick(findChild(page, "theme" + AppSettings.Light));
            compare(window.Material.theme, Material.Light);
            compare(Theme.dark, false);
            compare(window.color.toString(), lightBackground);
        }

        function test_frenchTranslationLoads() {
            mouseClick(findIn("settingsButton"));
            settle();
            mouseClick(findChild(stack().currentItem, "language_fr"));
            compare(AppSettings.language, "fr");
            compare(AppSettings.effectiveLanguage, "fr");
            compare(qsTranslate("AppearancePage", "Appearance and language"), "Apparence et langue");
            compare(Qt.uiLanguage, "fr");
            compare(Qt.locale().name.substring(0, 2), "fr"); // numbers and dates follow
            compare(stack().currentItem.title, "Apparence et langue");
            stack().pop();
            settle();
            compare(findIn("createButton").text, "Créer un portefeuille");
            compare(findIn("createButton").Accessible.name, "Créer un portefeuille");
            compare(findIn("promise").text, "Votre dossier de santé, entre vos mains.");

            AppSettings.language = "en";
            compare(findIn("createButton").text, "Create a wallet");
            compare(Qt.uiLanguage, "en");
            compare(Qt.locale().name.substring(0, 2), "en");
        }

        name: "Onboarding"
        when: windowShown
    }
}
