// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Ethereum addresses with the EIP-55 mixed-case checksum. */
#include "crypto/secp256k1.h"

namespace carnet::crypto {

using Address = std::array<std::uint8_t, 20>;

/** The address of a public key: the last 20 bytes of Keccak-256(x ‖ y). */
[[nodiscard]] Address addressOf(const PublicKey &key);

/** "0x" followed by 40 hex digits in EIP-55 mixed case. */
[[nodiscard]] std::string toChecksumAddress(const Address &address);

/** Parses "0x" + 40 hex digits.
 *  Returns: nullopt when the text is malformed, or when it is mixed-case and the EIP-55 checksum does
 *           not match (all-lower and all-upper input carry no checksum and are accepted). */
[[nodiscard]] std::optional<Address> parseAddress(std::string_view text);

} // namespace carnet::crypto
