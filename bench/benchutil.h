// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the benchmarks share: wall and CPU timers, the process's memory figures from /proc, the load
// average printed beside each run (wall times on a busy machine are noisy).
#include <QFile>

#include <chrono>
#include <cstring>
#include <ctime>

namespace carnet::bench {

using Clock = std::chrono::steady_clock;

/** CPU time of the whole process (every thread), in ms. */
inline double cpuMs()
{
    timespec t{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return static_cast<double>(t.tv_sec) * 1e3 + static_cast<double>(t.tv_nsec) / 1e6;
}

/** Wall and CPU time since construction, in ms. */
struct Timer
{
    Clock::time_point wall0 = Clock::now();
    double cpu0 = cpuMs();
    double wall() const { return std::chrono::duration<double, std::milli>(Clock::now() - wall0).count(); }
    double cpu() const { return cpuMs() - cpu0; }
};

/** A field of /proc/self/status ("VmHWM:"), as written ("158 MB" style units kB). */
inline QByteArray statusField(const char *name)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return "?";
    for (const QByteArray &line : file.readAll().split('\n'))
        if (line.startsWith(name))
            return line.mid(qsizetype(std::strlen(name))).trimmed();
    return "?";
}

/** Resets VmHWM to the current RSS, so the next peak is the next step's. */
inline void resetPeakMemory()
{
    if (QFile clear(QStringLiteral("/proc/self/clear_refs")); clear.open(QIODevice::WriteOnly))
        clear.write("5");
}

inline QByteArray loadAverage()
{
    if (QFile loadavg(QStringLiteral("/proc/loadavg")); loadavg.open(QIODevice::ReadOnly))
        return loadavg.readAll().split(' ').mid(0, 3).join(' ');
    return "?";
}

} // namespace carnet::bench
