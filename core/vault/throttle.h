// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Online throttle of failed unlocks (QUALITY.md §8.5): after 5 consecutive failures every new
// attempt waits 1, 2, 4 … up to 60 s after the last failure. A UX control, not a cryptographic
// one: an attacker with the files bypasses it, the KDF is the real cost. It never wipes anything.
//
// The record is vault.attempts in the vault directory: "CVT1", failures (u32 BE), time of the last
// failure in Unix seconds (u64 BE). Written to a temporary file and renamed. An unreadable record
// counts as 5 failures long ago: the next failure is throttled, nothing is locked out.
#include "core/vault/vaulterror.h"

#include <QString>

#include <chrono>
#include <functional>

namespace carnet::core {

/** The wall clock, injectable so tests never sleep. */
using VaultClock = std::function<std::chrono::system_clock::time_point()>;

class Throttle
{
public:
    static constexpr std::uint32_t kFreeAttempts = 5;
    static constexpr std::chrono::seconds kMaxDelay{60};

    /** Loads the record at `path` (missing → no failures). An empty clock means the system clock. */
    Throttle(QString path, VaultClock clock);

    /** The delay imposed after `failures` consecutive failures. */
    static std::chrono::seconds delayAfter(std::uint32_t failures) noexcept;

    /** Seconds left before the next attempt is allowed (0 = allowed now). A clock that went
     *  backwards past the last failure restarts the full delay rather than lifting it. */
    std::chrono::seconds remaining() const;
    std::uint32_t failures() const noexcept { return m_failures; }

    VaultResult<void> recordFailure();
    /** Resets the count; writes only when there was something to reset. */
    VaultResult<void> recordSuccess();

private:
    VaultResult<void> save();

    QString m_path;
    VaultClock m_clock;
    std::uint32_t m_failures = 0;
    std::int64_t m_lastFailure = 0; // Unix seconds
};

} // namespace carnet::core
