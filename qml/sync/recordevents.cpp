// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordevents.h"

#include <QQmlEngine>

namespace carnet::qml {

RecordEvents *RecordEvents::instance()
{
    // Never deleted: view models and QML engines may outlive each other in any order.
    static RecordEvents *events = new RecordEvents;
    return events;
}

RecordEvents *RecordEvents::create(QQmlEngine *, QJSEngine *)
{
    RecordEvents *events = instance();
    QQmlEngine::setObjectOwnership(events, QQmlEngine::CppOwnership);
    return events;
}

} // namespace carnet::qml
