// SPDX-License-Identifier: GPL-3.0-or-later
pragma Singleton

import QtQuick
import QtQuick.Controls.Material
import Carnet

// Colours, type scale, spacing and fonts in one place. Light and dark palettes are calm teal on
// near-white / near-black; every text colour keeps WCAG AA contrast on the surfaces it is used on
// (figures in docs/UI.md).
QtObject {
    id: theme

    readonly property int materialTheme: AppSettings.theme === AppSettings.Dark ? Material.Dark
                                         : AppSettings.theme === AppSettings.Light ? Material.Light
                                         : Material.System
    readonly property bool dark: AppSettings.theme === AppSettings.Dark
                                 || (AppSettings.theme === AppSettings.System && AppSettings.systemDark)

    // Palette
    readonly property color background: dark ? "#111716" : "#F5FAF8"
    readonly property color surface: dark ? "#1A2220" : "#FFFFFF"
    readonly property color surfaceVariant: dark ? "#25302D" : "#E3ECE9"
    readonly property color text: dark ? "#E1E6E4" : "#17201E"
    readonly property color textSecondary: dark ? "#BEC9C6" : "#42504D"
    readonly property color outline: dark ? "#899391" : "#6F7C79"
    readonly property color primary: dark ? "#6DD5C6" : "#00685E"
    readonly property color primaryPressed: dark ? "#8FE3D6" : "#004F47"
    readonly property color textOnPrimary: dark ? "#00332D" : "#FFFFFF"
    readonly property color primaryContainer: dark ? "#0E4A43" : "#C8EDE6"
    readonly property color textOnPrimaryContainer: dark ? "#BFF0E8" : "#00201C"
    readonly property color warningContainer: dark ? "#4A3A12" : "#FFE8C2"
    readonly property color textOnWarningContainer: dark ? "#FFE1A6" : "#3D2A00"
    readonly property color error: dark ? "#FFB4AB" : "#BA1A1A"
    /** Behind a modal dialog: Material's own dim is light grey in the dark theme, which washes the page out. */
    readonly property color scrim: dark ? "#B3000000" : "#66000000"
    readonly property color focusRing: dark ? "#FFD27A" : "#8A4B00"

    // Type scale (pixels): body text never below 16.
    readonly property int titleSize: 30
    readonly property int headingSize: 22
    readonly property int bodySize: 16
    readonly property int captionSize: 14

    // Layout
    readonly property int touchTarget: 48
    readonly property int contentMaxWidth: 560
    readonly property int spacing: 16
    readonly property int margin: 24
    readonly property int radius: 16

    // Fonts, embedded from Debian's fonts-inter and fonts-material-design-icons-iconfont.
    readonly property string fontFamily: interRegular.status === FontLoader.Ready ? interRegular.font.family : ""
    readonly property string iconFontFamily: iconFont.font.family

    readonly property FontLoader interRegular: FontLoader {
        source: "qrc:/qt/qml/Carnet/fonts/Inter-Regular.otf"
    }
    readonly property FontLoader interMedium: FontLoader {
        source: "qrc:/qt/qml/Carnet/fonts/Inter-Medium.otf"
    }
    readonly property FontLoader interSemiBold: FontLoader {
        source: "qrc:/qt/qml/Carnet/fonts/Inter-SemiBold.otf"
    }
    readonly property FontLoader iconFont: FontLoader {
        source: "qrc:/qt/qml/Carnet/fonts/MaterialIcons-Regular.ttf"
    }
}
