// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Keeping sensitive screens (the recovery phrase) out of screenshots, screen recordings and the
// app-switcher thumbnail, where the platform allows it.
class QWindow;

namespace carnet::qml {

/** Asks the platform to keep `window`'s content out of captures while `protect` is true.
 *  Linux (X11 and Wayland) has no such API: any client can capture the screen, so this does nothing
 *  there. Android is where it matters: set WindowManager.LayoutParams.FLAG_SECURE on the activity's
 *  window (through QJniObject on the Android main thread); iOS and macOS would hide the content
 *  when capture starts (UIScreen.capturedDidChange / NSWindow.sharingType = none). */
void setScreenCaptureProtected(QWindow *window, bool protect);

} // namespace carnet::qml
