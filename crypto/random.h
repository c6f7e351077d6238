// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The one CSPRNG of Carnet: the operating system's generator (getrandom on Linux) through Botan's
 * System_RNG. Nothing else in the project draws random numbers for security. A failure of the OS
 * generator is unrecoverable and aborts the process. */
#include "crypto/securebuffer.h"

namespace carnet::crypto {

/** Fills `out` with random bytes. */
void randomFill(std::span<std::uint8_t> out);

/** Returns `size` random public bytes (nonces, salts, ids). */
[[nodiscard]] Bytes randomBytes(std::size_t size);

/** Returns `size` random secret bytes (keys). */
[[nodiscard]] SecureBuffer randomSecret(std::size_t size);

} // namespace carnet::crypto
