// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Carnet

// The window and the navigation between pages. Pages emit signals; this file decides where they lead.
// The wallet's state picks the root page: no wallet → onboarding (create, restore), locked → unlock,
// unlocked → the home shell. A lock (manual, idle, background) clears the stack at once.
QQC2.ApplicationWindow {
    id: window

    property int routedState: -1
    // The pages a root page can open, by name. Pages call nav.open(name) (nav is this window, given
    // as a property when the page is created) so the page components need no outer ids.
    readonly property var pages: ({
            "create": createFlow,
            "restore": restoreFlow,
            "forgot": forgot,
            "appearance": appearance
        })

    function open(name: string) {
        stack.push(pages[name]);
    }

    function rootFor(state: int): Component {
        if (state === WalletSession.Unlocked)
            return home;
        return state === WalletSession.Locked ? unlock : onboarding;
    }

    function route() {
        const state = WalletSession.state;
        if (state === routedState)
            return;
        const locking = routedState === WalletSession.Unlocked;
        routedState = state;
        stack.replace(null, rootFor(state), { nav: window }, locking || stack.depth === 0 ? QQC2.StackView.Immediate : QQC2.StackView.ReplaceTransition);
    }

    width: AppSettings.windowWidth > 0 ? AppSettings.windowWidth : 1024
    height: AppSettings.windowHeight > 0 ? AppSettings.windowHeight : 760
    minimumWidth: 320
    minimumHeight: 480
    visible: true
    title: qsTr("Carnet")
    color: Theme.background
    font.family: Theme.fontFamily
    font.pixelSize: Theme.bodySize
    Material.theme: Theme.materialTheme
    Material.accent: Theme.primary
    Material.primary: Theme.primary
    Material.background: Theme.background
    Material.foreground: Theme.text
    Component.onCompleted: route()

    Connections {
        target: WalletSession

        function onStateChanged() {
            window.route();
        }
    }
    QQC2.StackView {
        id: stack

        objectName: "stack"
        anchors.fill: parent
        focus: true
        Keys.onBackPressed: event => event.accepted = stack.popIfDeeper()
        Keys.onEscapePressed: event => event.accepted = stack.popIfDeeper()

        function popIfDeeper(): bool {
            if (depth <= 1 || busy)
                return false;
            pop();
            return true;
        }
    }
    Component {
        id: onboarding

        OnboardingPage {
            property var nav

            onCreateRequested: nav.open("create")
            onRestoreRequested: nav.open("restore")
            onSettingsRequested: nav.open("appearance")
        }
    }
    Component {
        id: createFlow

        CreateWalletPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: restoreFlow

        RestoreWalletPage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: unlock

        UnlockPage {
            property var nav

            onForgotRequested: nav.open("forgot")
            onSettingsRequested: nav.open("appearance")
        }
    }
    Component {
        id: forgot

        ForgotPassphrasePage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: home

        HomePage {
            property var nav
        }
    }
    Component {
        id: appearance

        AppearancePage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
}
