// SPDX-License-Identifier: GPL-3.0-or-later
#include "platform/lifecycle.h"

#include <QGuiApplication>

namespace carnet::platform {

LifecycleWatcher::LifecycleWatcher(Callback onBackground, QObject *parent)
    : QObject(parent), m_onBackground(std::move(onBackground))
{
    if (auto *app = qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        connect(app, &QGuiApplication::applicationStateChanged, this, &LifecycleWatcher::handleApplicationState);
}

bool LifecycleWatcher::locksIn(Qt::ApplicationState state) noexcept
{
    return state == Qt::ApplicationSuspended || state == Qt::ApplicationHidden;
}

void LifecycleWatcher::handleApplicationState(Qt::ApplicationState state)
{
    if (!locksIn(state))
        return;
    ++m_fired;
    if (m_onBackground)
        m_onBackground();
    Q_EMIT backgrounded();
}

} // namespace carnet::platform
