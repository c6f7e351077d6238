// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import QtQuick.Layouts
import Carnet

// Where an entry comes from: its author (name and address), the licence check, the record and
// sequence, the sealed hash, and when this device verified it. A patient-reported entry says so;
// a refused one never says "verified".
SectionCard {
    id: card

    required property EntryViewModel viewModel

    title: qsTr("Provenance")

    StatusBadge {
        objectName: "verifiedBadge"
        Layout.leftMargin: 12
        Layout.topMargin: 4
        Layout.bottomMargin: 4
        visible: !card.viewModel.refused
        iconName: card.viewModel.patientReported ? "person" : "verified"
        text: card.viewModel.patientReported
              ? qsTr("Patient-reported: added by you, not by a provider")
              : card.viewModel.verifiedAtText.length > 0 ? qsTr("Verified on this device on %1").arg(card.viewModel.verifiedAtText)
                                                        : qsTr("Verified on this device")
    }
    FieldRow {
        Layout.fillWidth: true
        visible: !card.viewModel.patientReported
        label: qsTr("Author")
        value: card.viewModel.authorName.length > 0 ? card.viewModel.authorName : qsTr("Unknown provider")
    }
    FieldRow {
        Layout.fillWidth: true
        label: qsTr("Author address")
        value: card.viewModel.authorAddress
    }
    FieldRow {
        Layout.fillWidth: true
        visible: !card.viewModel.patientReported && !card.viewModel.refused
        label: qsTr("Licence")
        value: qsTr("Licensed at block %1").arg(card.viewModel.blockNumber)
    }
    FieldRow {
        Layout.fillWidth: true
        label: qsTr("Record")
        value: card.viewModel.recordLabel.length > 0 ? card.viewModel.recordLabel : qsTr("Unnamed record")
    }
    FieldRow {
        Layout.fillWidth: true
        label: qsTr("Sequence")
        value: card.viewModel.sequence.toLocaleString(Qt.locale(), "f", 0)
    }
    FieldRow {
        Layout.fillWidth: true
        label: qsTr("Sealed hash")
        value: card.viewModel.sealedHashShort
        Accessible.description: card.viewModel.sealedHash
    }
}
