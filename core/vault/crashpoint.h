// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Deterministic crash injection for the crash-consistency tests (QUALITY.md C1).
//
// Every durable step of the vault calls vaultCheckpoint(). When the environment variable
// CARNET_VAULT_CRASH_POINT=N is set (read once per process), the N-th checkpoint ends the process
// at once with _exit(9), as a SIGKILL would: no destructors, no buffered writes flushed. When the
// variable is unset the hook only increments a counter.

namespace carnet::core {

void vaultCheckpoint() noexcept;

/** Checkpoints passed so far in this process (tests use it to size their crash loops). */
int vaultCheckpointCount() noexcept;

} // namespace carnet::core
