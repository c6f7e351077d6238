// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Process-wide news about the patient's record, so the screens that show it stay current without
// knowing who changed it: recordChanged() after a sync stored entries or a provider was connected;
// syncRequested() when a page wants a sync now (after publishing an own measurement).
// C++ view models connect to RecordEvents::instance(); QML sees the singleton RecordEvents.
#include <QObject>
#include <QtQml/qqmlregistration.h>

class QJSEngine;
class QQmlEngine;

namespace carnet::qml {

class RecordEvents : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON

public:
    /** The one instance (made on first use, lives as long as the application). */
    static RecordEvents *instance();
    static RecordEvents *create(QQmlEngine *engine, QJSEngine *scriptEngine);

Q_SIGNALS:
    /** New entries or records were stored in the vault: reload what you show. */
    void recordChanged();
    /** Someone asks for a sync round now (SyncViewModel runs it). */
    void syncRequested();

private:
    RecordEvents() = default;
};

} // namespace carnet::qml
