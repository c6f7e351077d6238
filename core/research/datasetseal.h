// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The dataset on its way to the researcher (docs/PROTOCOL.md §9.5):
//   sealed  = eciesSealWith(encryptionKey, deflateRaw(dataset), context, e, nonce)
//   e ‖ nonce = HMAC-SHA512(x_s, "carnet/dataset-seal/v1" ‖ datasetHash)[0..44)
//   context = "carnet/dataset/v1" ‖ uint64(chainId) ‖ market (20) ‖ studyId (32) ‖ pseudonym (32)
//   parts of 32,768 bytes (at most 256), deliveryHash h_{i+1} = keccak(h_i ‖ part_i), h_0 = 0^32
#include "core/research/dataset.h"
#include "core/research/studykeys.h"
#include "core/result.h"
#include "crypto/secp256k1.h"

#include <QByteArray>

#include <vector>

namespace carnet::core::research {

inline constexpr std::size_t kPartBytes = 32768;
inline constexpr std::size_t kMaxParts = 256;

/** The ECIES context of a study's dataset under one pseudonym. */
[[nodiscard]] crypto::Bytes datasetContext(const StudyLocation &where, const Pseudonym &pseudonym);

/** RFC 1951 raw DEFLATE (zlib level 9, window bits −15, memory level 8, default strategy). */
[[nodiscard]] QByteArray deflateRaw(QByteArrayView data);
/** Inflates raw DEFLATE; nullopt when damaged, truncated, followed by other bytes, or longer than `limit`. */
[[nodiscard]] std::optional<QByteArray> inflateRaw(QByteArrayView data, std::size_t limit = kMaxDatasetBytes);

enum class SealError {
    TooLarge,      ///< the dataset is over 8 MiB, or its sealed form needs more than 256 parts
    BadKey,        ///< the encryption key is not a compressed point
    SealFailed,    ///< the deterministic ephemeral key is invalid (probability < 2^-127)
};

/** The sealed dataset in its parts: deterministic in (dataset, keys, where). */
[[nodiscard]] Result<std::vector<QByteArray>, SealError> sealDataset(QByteArrayView dataset, crypto::ByteView encryptionKey,
                                                                     const StudyLocation &where, const StudyKeys &keys);

/** keccak chain of the parts as the contract keeps it. */
[[nodiscard]] crypto::Hash32 deliveryHashOf(const std::vector<QByteArray> &parts);

enum class OpenError {
    NoParts,        ///< no part, or more than 256, or a part empty or over 32,768 bytes
    WrongDelivery,  ///< the parts do not chain to the deliveryHash
    DoesNotOpen,    ///< the ECIES box does not open with D under this pseudonym's context
    BadDeflate,     ///< the plaintext does not inflate, or inflates to more than 8 MiB
    WrongHash,      ///< keccak of the dataset is not the committed datasetHash
};

const char *describe(OpenError error);

/** The researcher's side: checks the parts against deliveryHash, opens with D, inflates, checks the
 *  datasetHash. The dataset's own rules (§9.4) are the caller's next check. */
[[nodiscard]] Result<QByteArray, OpenError> openDataset(const std::vector<QByteArray> &parts, const crypto::Hash32 &deliveryHash,
                                                        const crypto::Hash32 &datasetHash, const crypto::PrivateKey &datasetKey,
                                                        const StudyLocation &where, const Pseudonym &pseudonym);

} // namespace carnet::core::research
