// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/crashpoint.h"

#include <atomic>
#include <cstdlib>
#include <unistd.h>

namespace carnet::core {
namespace {
std::atomic<int> g_count{0};

int crashTarget() noexcept
{
    static const int target = [] {
        const char *value = std::getenv("CARNET_VAULT_CRASH_POINT");
        return value ? std::atoi(value) : 0;
    }();
    return target;
}
} // namespace

void vaultCheckpoint() noexcept
{
    const int reached = ++g_count;
    const int target = crashTarget();
    if (target > 0 && reached == target)
        _exit(9);
}

int vaultCheckpointCount() noexcept
{
    return g_count.load();
}

} // namespace carnet::core
