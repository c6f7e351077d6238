// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/calibrate.h"

#include "core/vault/header.h"

#include <algorithm>
#include <cmath>

namespace carnet::core {

std::chrono::nanoseconds timeArgon2(const crypto::Argon2Params &params)
{
    static constexpr std::uint8_t salt[16] = {};
    const auto start = std::chrono::steady_clock::now();
    const crypto::SecureBuffer out = crypto::argon2id(crypto::asBytes("calibration"), salt, params, 32);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    (void)out;
    return std::chrono::duration_cast<std::chrono::nanoseconds>(elapsed);
}

crypto::Argon2Params calibrateArgon2(std::chrono::milliseconds target, std::uint32_t maxMemoryKiB,
                                     const Argon2Timer &timer)
{
    const Argon2Timer measure = timer ? timer : Argon2Timer(timeArgon2);
    const double goal = std::chrono::duration<double>(target).count();
    const std::uint32_t cap = std::clamp(maxMemoryKiB, kArgon2Floor.memoryKiB, kArgon2Ceiling.memoryKiB);

    crypto::Argon2Params params = kArgon2Floor;
    const double floorTime = std::chrono::duration<double>(measure(params)).count();
    if (floorTime <= 0.0 || floorTime >= goal)
        return params;

    // Argon2 cost is close to linear in m·t: grow memory first, in whole MiB.
    const double wanted = static_cast<double>(params.memoryKiB) * goal / floorTime;
    const double capped = std::min(wanted, static_cast<double>(cap));
    params.memoryKiB = std::max(kArgon2Floor.memoryKiB, static_cast<std::uint32_t>(capped / 1024.0) * 1024u);

    const double memoryTime = std::chrono::duration<double>(measure(params)).count();
    if (memoryTime > 0.0 && memoryTime < goal * 0.9) {
        const double passes = static_cast<double>(params.iterations) * goal / memoryTime;
        params.iterations = std::clamp(static_cast<std::uint32_t>(std::floor(passes)), kArgon2Floor.iterations,
                                       kArgon2Ceiling.iterations);
    }
    return params;
}

} // namespace carnet::core
