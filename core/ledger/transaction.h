// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Ethereum transactions: EIP-1559 (type 2, EIP-2718 envelope, empty EIP-2930 access list) and legacy
 * with EIP-155 replay protection. Signing, the transaction hash, and decoding a signed raw
 * transaction back with its sender recovered.
 *
 *   type 2:  0x02 ‖ rlp([chainId, nonce, maxPriorityFeePerGas, maxFeePerGas, gasLimit, to, value, data,
 *                        accessList, yParity, r, s]),  signed over keccak256(0x02 ‖ rlp([… accessList]))
 *   legacy:  rlp([nonce, gasPrice, gasLimit, to, value, data, v, r, s]), v = recid + 2·chainId + 35,
 *            signed over keccak256(rlp([nonce, gasPrice, gasLimit, to, value, data, chainId, 0, 0]))
 *
 * `to` empty means contract creation. Decoding is strict: canonical RLP, canonical integers, exactly
 * the expected fields, a 20-byte or empty `to`, yParity 0/1, low-S, and no pre-EIP-155 legacy
 * signatures (v = 27/28 is replayable on every chain and is refused). Non-empty access lists are not
 * supported and are refused. */
#include "core/ledger/rlp.h"
#include "crypto/ethaddress.h"
#include "crypto/secp256k1.h"

#include <optional>

namespace carnet::core::ledger {

enum class TxType { Legacy, Eip1559 };

struct Transaction
{
    TxType type = TxType::Eip1559;
    std::uint64_t chainId = 0;
    std::uint64_t nonce = 0;
    U256 maxPriorityFeePerGas; // EIP-1559 only
    U256 maxFeePerGas; // EIP-1559 only
    U256 gasPrice; // legacy only
    std::uint64_t gasLimit = 0;
    std::optional<crypto::Address> to; // nullopt: contract creation
    U256 value;
    crypto::Bytes data;

    friend bool operator==(const Transaction &, const Transaction &) = default;
};

struct SignedTransaction
{
    Transaction tx;
    crypto::RecoverableSignature signature;
    crypto::Bytes raw; // what eth_sendRawTransaction takes
    crypto::Hash32 hash {}; // keccak256(raw): the transaction hash nodes report
    crypto::Address sender {};
};

enum class TxError {
    BadRlp, // not canonical RLP, or not a list of the expected fields
    UnknownType, // an EIP-2718 type other than 2, or a byte that is neither a type nor a list
    BadField, // a field of the wrong shape (integer not canonical or too wide, `to` length)
    AccessListNotEmpty, // unsupported
    NotReplayProtected, // legacy v = 27/28, or a v that gives no valid chain id
    BadSignature, // r/s out of range, high-S, or no key recovers
};

const char *describe(TxError error);

/** The bytes whose keccak256 is signed. */
crypto::Bytes signingPayload(const Transaction &tx);
/** keccak256(signingPayload(tx)). */
crypto::Hash32 signingHash(const Transaction &tx);

/** Signs `tx` (RFC 6979, low-S) and returns the raw encoding, hash and sender. */
SignedTransaction signTransaction(const Transaction &tx, const crypto::PrivateKey &key);

/** Decodes a signed raw transaction and recovers its sender. */
Result<SignedTransaction, TxError> decodeSignedTransaction(crypto::ByteView raw);

} // namespace carnet::core::ledger
