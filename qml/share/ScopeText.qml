// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Carnet

// A grant in words: its scope ("Lab, Vitals, from 1 March 2024 to 31 March 2024; 3 single
// entries"), whom it is for, how long it lasts. Not a singleton: Qt 6.4's loader reports a cycle for a
// singleton that imports its own module (for Categories), so each user makes one.
QtObject {
    function describe(categories: var, fromText: string, toText: string, singleEntries: int): string {
        let parts = [];
        if (categories && categories.length > 0) {
            let names = [];
            for (let i = 0; i < categories.length; ++i)
                names.push(Categories.label(categories[i]));
            let text = names.join(", ");
            if (fromText.length > 0 && toText.length > 0)
                text = qsTr("%1, from %2 to %3").arg(text).arg(fromText).arg(toText);
            else if (fromText.length > 0)
                text = qsTr("%1, from %2").arg(text).arg(fromText);
            else if (toText.length > 0)
                text = qsTr("%1, until %2").arg(text).arg(toText);
            parts.push(text);
        }
        if (singleEntries === 1)
            parts.push(qsTr("1 single entry"));
        else if (singleEntries > 1)
            parts.push(qsTr("%n single entries", "", singleEntries));
        return parts.join("; ");
    }

    function recipient(named: bool, name: string, passcode: bool): string {
        if (named)
            return name.length > 0 ? name : qsTr("A named clinician");
        return passcode ? qsTr("Any licensed clinician with the code and the passcode")
                        : qsTr("Any licensed clinician with the code");
    }

    function hours(h: int): string {
        if (h === 1)
            return qsTr("1 hour");
        if (h === 24)
            return qsTr("1 day");
        if (h % 24 === 0)
            return qsTr("%n days", "", h / 24);
        return qsTr("%n hours", "", h);
    }
}
