// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Calibration of Argon2id to the device (QUALITY.md §8.5): about `target` per unlock, never below
// the floor (m 64 MiB, t 3, p 1). Memory grows first (what an attacker's hardware pays for), up to
// a cap; passes grow only once memory is capped.
#include "crypto/kdf.h"

#include <chrono>
#include <functional>

namespace carnet::core {

/** Times one Argon2id run with the given parameters (injectable for tests). */
using Argon2Timer = std::function<std::chrono::nanoseconds(const crypto::Argon2Params &)>;

inline constexpr std::uint32_t kCalibrationMemoryCapKiB = 1024 * 1024; // 1 GiB

/** Measures the floor, scales memory toward `target` (up to `maxMemoryKiB`), measures again and
 *  scales passes if memory alone does not reach it. Costs about 1.2 × target on a fast device
 *  and one floor run on a slow one. The result always meets the floor; p stays 1 because the
 *  Argon2id implementation computes lanes on one thread. */
crypto::Argon2Params calibrateArgon2(std::chrono::milliseconds target = std::chrono::milliseconds(1000),
                                     std::uint32_t maxMemoryKiB = kCalibrationMemoryCapKiB,
                                     const Argon2Timer &timer = {});

/** The default timer: a real Argon2id run on a throw-away password and salt. */
std::chrono::nanoseconds timeArgon2(const crypto::Argon2Params &params);

} // namespace carnet::core
