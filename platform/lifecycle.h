// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Lock the vault the moment the app leaves the screen (QUALITY.md §8.6, U6).
//
// LifecycleWatcher follows QGuiApplication::applicationStateChanged. When the app becomes
// Qt::ApplicationSuspended (mobile: sent to the background, about to be frozen) or
// Qt::ApplicationHidden (all windows hidden or minimised, or the OS hides the app), it calls the
// injected callback and emits backgrounded(); the composition root connects that to
// core::AutoLock::suspend() (or locks the vault directly), so keys are wiped before the OS takes
// an app-switcher snapshot or the process is frozen. Qt::ApplicationInactive does not lock: on the
// desktop it only means another window has the focus, and on mobile it is the transient state of
// a pulled-down notification shade or an incoming-call banner.
//
// Not covered: locking when the desktop session is locked (screen saver/lock screen). Qt 6.4 has no
// portable signal for it: it would take D-Bus glue on Linux (org.freedesktop.login1 Session "Lock",
// org.freedesktop.ScreenSaver "ActiveChanged"), WTSRegisterSessionNotification on Windows and the
// "com.apple.screenIsLocked" distributed notification on macOS. Until then the idle timeout of
// core::AutoLock (5 minutes by default) is what locks a desktop vault left open behind a locked
// screen. (On a desktop a locked screen does not change the Qt application state.)
#include <QObject>

#include <functional>

namespace carnet::platform {

class LifecycleWatcher : public QObject
{
    Q_OBJECT
public:
    using Callback = std::function<void()>;

    /** Watches the QGuiApplication (if one exists; else only handleApplicationState() drives it).
     *  `onBackground` (optional) is called before backgrounded() is emitted. */
    explicit LifecycleWatcher(Callback onBackground = {}, QObject *parent = nullptr);

    /** True for the states in which the vault must be locked at once (Suspended, Hidden). */
    static bool locksIn(Qt::ApplicationState state) noexcept;

    /** Reacts to a new application state (connected to applicationStateChanged). Every entry into
     *  a locking state fires, even Hidden → Suspended: locking twice is harmless, missing one is not. */
    void handleApplicationState(Qt::ApplicationState state);

    /** The number of times the watcher fired (diagnostics and tests). */
    int firedCount() const noexcept { return m_fired; }

Q_SIGNALS:
    void backgrounded();

private:
    Callback m_onBackground;
    int m_fired = 0;
};

} // namespace carnet::platform
