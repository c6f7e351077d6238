// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Carnet

// Where the user is in a flow: one dot per step, the current one long. Also said in words for
// screen readers ("Step 2 of 4").
Row {
    id: dots

    property int count: 4
    property int current: 0

    spacing: 8
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("Step %1 of %2").arg(current + 1).arg(count)

    Repeater {
        // Each dot's state in the model, so the delegate needs nothing from outside it.
        model: Array.from({ length: dots.count }, (_, i) => ({ current: i === dots.current, done: i <= dots.current }))
        delegate: Rectangle {
            required property var modelData

            width: modelData.current ? 24 : 8
            height: 8
            radius: 4
            color: modelData.done ? Theme.primary : Theme.outline
            Accessible.ignored: true
        }
    }
}
