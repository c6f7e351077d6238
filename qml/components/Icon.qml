// SPDX-License-Identifier: GPL-3.0-or-later
import QtQuick
import Carnet

// One glyph of the Material Icons font, by name. Decorative: screen readers skip it, the control
// around it carries the accessible name. Add a name to `codepoints` when a page needs a new icon
// (codepoints from /usr/share/fonts-material-design-icons-iconfont/scss/_variables.scss).
Text {
    id: icon

    property string name
    property int size: 24

    readonly property var codepoints: ({
            "add": "\ue145",
            "add_link": "\ue178",
            "arrow_back": "\ue5c4",
            "badge": "\uea67",
            "biotech": "\uea3a",
            "block": "\ue14b",
            "check": "\ue5ca",
            "check_circle": "\ue86c",
            "checklist": "\ue6b1",
            "chevron_right": "\ue5cc",
            "close": "\ue5cd",
            "cloud_off": "\ue2c1",
            "code": "\ue86f",
            "construction": "\uea3c",
            "content_copy": "\ue14d",
            "content_paste": "\ue14f",
            "dark_mode": "\ue51c",
            "description": "\ue873",
            "download": "\uf090",
            "edit_note": "\ue745",
            "emergency": "\ue1eb",
            "event_busy": "\ue615",
            "event_note": "\ue616",
            "expand_less": "\ue5ce",
            "expand_more": "\ue5cf",
            "fingerprint": "\ue90d",
            "healing": "\ue3f3",
            "health_and_safety": "\ue1d5",
            "help": "\ue887",
            "image": "\ue3f4",
            "info": "\ue88e",
            "key": "\ue73c",
            "language": "\ue894",
            "light_mode": "\ue518",
            "link": "\ue157",
            "local_hospital": "\ue548",
            "lock": "\ue897",
            "medical_information": "\uebed",
            "medical_services": "\uf109",
            "medication": "\uf033",
            "monitor_heart": "\ueaa2",
            "more_vert": "\ue5d4",
            "no_photography": "\uf1a8",
            "note_add": "\ue89c",
            "password": "\uf042",
            "person": "\ue7fd",
            "photo_camera": "\ue412",
            "print": "\ue8ad",
            "priority_high": "\ue645",
            "qr_code_2": "\ue00a",
            "qr_code_scanner": "\uf206",
            "receipt_long": "\uef6e",
            "refresh": "\ue5d5",
            "report_problem": "\ue8b2",
            "save": "\ue161",
            "schedule": "\ue8b5",
            "science": "\uea4b",
            "search": "\ue8b6",
            "settings": "\ue8b8",
            "settings_backup_restore": "\ue8ba",
            "show_chart": "\ue6e1",
            "sick": "\uf220",
            "summarize": "\uf071",
            "sync": "\ue627",
            "vaccines": "\ue138",
            "verified": "\uef76",
            "visibility": "\ue8f4",
            "visibility_off": "\ue8f5",
            "warning": "\ue002"
        })

    width: size
    height: size
    text: codepoints[name] ?? ""
    color: Theme.text
    font.family: Theme.iconFontFamily
    font.pixelSize: size
    horizontalAlignment: Text.AlignHCenter
    verticalAlignment: Text.AlignVCenter
    Accessible.ignored: true
}
