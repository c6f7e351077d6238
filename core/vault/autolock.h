// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Idle auto-lock (QUALITY.md §8.6): lockRequested() after `timeout` without activity(), or at once
// on suspend() (app to background, OS screen lock). The owner locks the vault in response.
#include <QObject>
#include <QTimer>

#include <chrono>

namespace carnet::core {

class AutoLock : public QObject
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds kDefaultTimeout{5 * 60 * 1000};

    explicit AutoLock(QObject *parent = nullptr);

    std::chrono::milliseconds timeout() const noexcept { return m_timeout; }
    /** Changes the idle timeout and restarts the countdown if armed. */
    void setTimeout(std::chrono::milliseconds timeout);

    /** Arms the countdown (the vault was just unlocked). */
    void start();
    /** Disarms it (the vault is locked already). */
    void stop();
    bool isArmed() const { return m_timer.isActive(); }

    /** User activity: restarts the countdown when armed. */
    void activity();
    /** Lock now: emits lockRequested() at once and disarms. */
    void suspend();

Q_SIGNALS:
    void lockRequested();

private:
    void expire();

    QTimer m_timer;
    std::chrono::milliseconds m_timeout = kDefaultTimeout;
};

} // namespace carnet::core
