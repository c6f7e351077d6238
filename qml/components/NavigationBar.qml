// SPDX-License-Identifier: GPL-3.0-or-later
pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Layouts
import Carnet

// The main destinations of the app, as a bottom bar (horizontal, narrow windows) or a rail on the
// left (vertical, from 840 px). `destinations` is a list of { title, iconName }. Arrow keys move
// between destinations (Left/Right on the bar, Up/Down on the rail), Home and End jump to the ends;
// the destination changes when one is activated (click, Return, Enter or Space) or moved to with the
// arrows, and `activated(index)` tells the owner.
Rectangle {
    id: bar

    property var destinations: []
    property int currentIndex: 0
    property int orientation: Qt.Horizontal
    readonly property bool vertical: orientation === Qt.Vertical

    signal activated(int index)

    function focusCurrent() {
        const button = repeater.itemAt(currentIndex);
        if (button)
            button.forceActiveFocus(Qt.TabFocusReason);
    }

    function move(from: int, to: int) {
        const count = repeater.count;
        const index = Math.max(0, Math.min(count - 1, to));
        if (index === from)
            return;
        bar.activated(index);
        const button = repeater.itemAt(index);
        if (button)
            button.forceActiveFocus(Qt.TabFocusReason);
    }

    implicitWidth: vertical ? 88 : grid.implicitWidth
    implicitHeight: vertical ? grid.implicitHeight : 80
    color: Theme.surface
    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Main sections")

    // A hairline between the bar and the content.
    Rectangle {
        x: bar.vertical ? parent.width - 1 : 0
        width: bar.vertical ? 1 : parent.width
        height: bar.vertical ? parent.height : 1
        color: Theme.surfaceVariant
    }

    GridLayout {
        id: grid

        anchors.left: parent.left
        anchors.right: parent.right
        anchors.top: bar.vertical ? parent.top : undefined
        anchors.verticalCenter: bar.vertical ? undefined : parent.verticalCenter
        anchors.topMargin: 12
        anchors.margins: bar.vertical ? 4 : 0
        flow: bar.vertical ? GridLayout.TopToBottom : GridLayout.LeftToRight
        rows: bar.vertical ? -1 : 1
        columns: bar.vertical ? 1 : -1
        rowSpacing: 12
        columnSpacing: 0

        Repeater {
            id: repeater

            model: bar.destinations
            delegate: NavigationButton {
                required property var modelData
                required property int index

                objectName: "nav_" + modelData.key
                Layout.fillWidth: true
                text: modelData.title
                iconName: modelData.iconName
                checked: index === bar.currentIndex
                onClicked: bar.activated(index)
                Keys.onLeftPressed: event => {
                    event.accepted = !bar.vertical;
                    if (!bar.vertical)
                        bar.move(index, index - 1);
                }
                Keys.onRightPressed: event => {
                    event.accepted = !bar.vertical;
                    if (!bar.vertical)
                        bar.move(index, index + 1);
                }
                Keys.onUpPressed: event => {
                    event.accepted = bar.vertical;
                    if (bar.vertical)
                        bar.move(index, index - 1);
                }
                Keys.onDownPressed: event => {
                    event.accepted = bar.vertical;
                    if (bar.vertical)
                        bar.move(index, index + 1);
                }
                Keys.onPressed: event => {
                    if (event.key === Qt.Key_Home) {
                        bar.move(index, 0);
                        event.accepted = true;
                    } else if (event.key === Qt.Key_End) {
                        bar.move(index, repeater.count - 1);
                        event.accepted = true;
                    }
                }
            }
        }
    }
}
