// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Controls as QQC2
import QtQuick.Controls.Material
import Carnet

// The window and the navigation between pages. Pages emit signals; this file decides where they lead.
QQC2.ApplicationWindow {
    id: window

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

    QQC2.StackView {
        id: stack

        objectName: "stack"
        anchors.fill: parent
        focus: true
        initialItem: OnboardingPage {
            onCreateRequested: stack.push(notYetAvailable, { action: NotYetAvailablePage.Create })
            onRestoreRequested: stack.push(notYetAvailable, { action: NotYetAvailablePage.Restore })
            onSettingsRequested: stack.push(appearance)
        }
        Keys.onBackPressed: event => event.accepted = stack.popIfDeeper()
        Keys.onEscapePressed: event => event.accepted = stack.popIfDeeper()

        function popIfDeeper(): bool {
            if (depth <= 1)
                return false;
            pop();
            return true;
        }
    }
    Component {
        id: notYetAvailable

        NotYetAvailablePage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
    Component {
        id: appearance

        AppearancePage {
            onBackRequested: QQC2.StackView.view.pop()
        }
    }
}
