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
            "arrow_back": "\ue5c4",
            "check": "\ue5ca",
            "check_circle": "\ue86c",
            "chevron_right": "\ue5cc",
            "construction": "\uea3c",
            "content_copy": "\ue14d",
            "dark_mode": "\ue51c",
            "fingerprint": "\ue90d",
            "health_and_safety": "\ue1d5",
            "info": "\ue88e",
            "key": "\ue73c",
            "language": "\ue894",
            "light_mode": "\ue518",
            "lock": "\ue897",
            "medical_information": "\uebed",
            "password": "\uf042",
            "qr_code_2": "\ue00a",
            "science": "\uea4b",
            "settings": "\ue8b8",
            "settings_backup_restore": "\ue8ba",
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
