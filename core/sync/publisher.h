// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Publishing sealed entries to a record (docs/PROTOCOL.md §5): read the record's next sequence,
 * seal the exact content bytes for it, send, and reseal at the next sequence when someone else
 * published first (BadSequence). Used by `carnet-cli provider publish`, the patient's own entries
 * (publishOwn from P_n) and the demo. */
#include "core/ledger/contracts/recordlog.h"
#include "core/record/connectcode.h"
#include "core/record/sealedentry.h"

#include <QByteArray>

namespace carnet::core::sync {

enum class PublishErrorKind {
    EmptyContent,    ///< nothing to publish
    ContentTooLarge, ///< more than record::kMaxContentBytes
    NotFhir,         ///< not a JSON object with a resourceType (refused before anything is sent)
    Refused,         ///< the contract reverted (not licensed, …): see rpc.message for the decoded error
    Node,            ///< the node failed or lied (see rpc)
};

struct PublishError
{
    PublishErrorKind kind = PublishErrorKind::Node;
    ledger::RpcError rpc; ///< Refused and Node
    QString toString() const;
};

struct Published
{
    std::uint64_t sequence = 0;
    std::uint64_t blockNumber = 0;
    crypto::Hash32 txHash{};
    std::size_t sealedBytes = 0;
};

struct PublishRequest
{
    const record::ConnectCode &target;   ///< the record: its id and its record key E_n.pub
    const crypto::PrivateKey &author;    ///< a licensed provider's key, or the patient's P_n
    QByteArray content;                  ///< one FHIR resource, exactly the bytes to seal
    bool patientReported = false;        ///< publishOwn (P_n) instead of publish
    std::uint64_t authoredAt = 0;        ///< Unix seconds
    int confirmations = 1;
};

/** Seals and publishes one entry at the record's next sequence (up to three tries when the
 *  sequence is taken in between). */
Result<Published, PublishError> publishEntry(ledger::EthClient &client, const crypto::Address &recordLog,
                                             const PublishRequest &request);

} // namespace carnet::core::sync
