// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick

// The record's categories (core/fhir category keys): their icon and their translated name.
QtObject {
    function iconName(key: string): string {
        switch (key) {
        case "lab": return "biotech";
        case "vital": return "monitor_heart";
        case "condition": return "healing";
        case "medication": return "medication";
        case "immunization": return "vaccines";
        case "allergy": return "sick";
        case "encounter": return "local_hospital";
        case "note": return "description";
        case "procedure": return "medical_services";
        case "report": return "receipt_long";
        case "": return "report_problem";
        }
        return "event_note";
    }

    function label(key: string): string {
        switch (key) {
        case "lab": return qsTr("Lab");
        case "vital": return qsTr("Vitals");
        case "condition": return qsTr("Conditions");
        case "medication": return qsTr("Medications");
        case "immunization": return qsTr("Immunizations");
        case "allergy": return qsTr("Allergies");
        case "encounter": return qsTr("Encounters");
        case "note": return qsTr("Notes");
        case "procedure": return qsTr("Procedures");
        case "report": return qsTr("Reports");
        }
        return qsTr("Other");
    }
}
