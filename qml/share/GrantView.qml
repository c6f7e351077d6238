// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Carnet

// A grant's view, the same for the patient's preview and the clinician's view: its head, then its
// entries as timeline rows (verified with who published them, or refused with the reason).
TimelineView {
    id: view

    required property GrantViewModel grant

    objectName: "grantView"
    model: grant.entries
    Accessible.name: qsTr("Entries in this share")
    header: Item {
        width: ListView.view.width
        height: head.implicitHeight + 24

        GrantHeader {
            id: head

            y: 8
            anchors.horizontalCenter: parent.horizontalCenter
            width: Math.min(parent.width - 2 * Theme.spacing, Theme.contentMaxWidth)
            grant: view.grant
        }
    }
}
