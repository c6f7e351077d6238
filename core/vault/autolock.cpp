// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/autolock.h"

namespace carnet::core {

AutoLock::AutoLock(QObject *parent) : QObject(parent)
{
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::CoarseTimer);
    connect(&m_timer, &QTimer::timeout, this, &AutoLock::expire);
}

void AutoLock::setTimeout(std::chrono::milliseconds timeout)
{
    m_timeout = timeout;
    if (m_timer.isActive())
        m_timer.start(m_timeout);
}

void AutoLock::start()
{
    m_timer.start(m_timeout);
}

void AutoLock::stop()
{
    m_timer.stop();
}

void AutoLock::activity()
{
    if (m_timer.isActive())
        m_timer.start(m_timeout);
}

void AutoLock::suspend()
{
    m_timer.stop();
    Q_EMIT lockRequested();
}

void AutoLock::expire()
{
    Q_EMIT lockRequested();
}

} // namespace carnet::core
