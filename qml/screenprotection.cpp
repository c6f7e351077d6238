// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/screenprotection.h"

#include <QWindow>

namespace carnet::qml {

void setScreenCaptureProtected(QWindow *window, bool protect)
{
    // No platform here offers capture protection (see the header): this is the hook where the
    // Android FLAG_SECURE call goes when Carnet is built for Android.
    Q_UNUSED(window)
    Q_UNUSED(protect)
}

} // namespace carnet::qml
