// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/sync/publisher.h"

#include "core/record/verifyentry.h"

namespace carnet::core::sync {

QString PublishError::toString() const
{
    switch (kind) {
    case PublishErrorKind::EmptyContent:
        return QStringLiteral("the file is empty");
    case PublishErrorKind::ContentTooLarge:
        return QStringLiteral("the resource is larger than %1 bytes").arg(record::kMaxContentBytes);
    case PublishErrorKind::NotFhir:
        return QStringLiteral("not a FHIR resource (a JSON object with a resourceType)");
    case PublishErrorKind::Refused:
        return QStringLiteral("the record log refused it: %1").arg(rpc.message);
    case PublishErrorKind::Node:
        return rpc.toString();
    }
    return {};
}

Result<Published, PublishError> publishEntry(ledger::EthClient &client, const crypto::Address &recordLog,
                                             const PublishRequest &request)
{
    const crypto::ByteView content(reinterpret_cast<const std::uint8_t *>(request.content.constData()),
                                   static_cast<std::size_t>(request.content.size()));
    if (content.empty())
        return fail(PublishError{PublishErrorKind::EmptyContent, {}});
    if (content.size() > record::kMaxContentBytes)
        return fail(PublishError{PublishErrorKind::ContentTooLarge, {}});
    if (!record::isFhirResourceShape(content))
        return fail(PublishError{PublishErrorKind::NotFhir, {}});

    ledger::RecordLog log(client, recordLog);
    const record::EntryDomain domain{client.chainId(), recordLog};
    for (int attempt = 0;; ++attempt) {
        auto sequence = log.entryCount(request.target.recordId, ledger::BlockTag::pending());
        if (!sequence)
            return fail(PublishError{PublishErrorKind::Node, sequence.error()});
        const record::EntryToSeal toSeal{request.target.recordId, *sequence, request.target.recordKey, content,
                                         request.authoredAt, request.patientReported, request.author, domain};
        auto sealed = record::sealEntry(toSeal);
        if (!sealed)
            return fail(PublishError{PublishErrorKind::ContentTooLarge, {}});
        auto receipt = request.patientReported
                           ? log.publishOwn(request.author, request.target.recordId, *sequence, *sealed, request.confirmations)
                           : log.publish(request.author, request.target.recordId, *sequence, *sealed, request.confirmations);
        if (receipt) {
            Published p;
            p.sequence = *sequence;
            p.blockNumber = receipt->blockNumber;
            p.txHash = receipt->transactionHash;
            p.sealedBytes = sealed->size();
            return p;
        }
        const ledger::RpcError error = receipt.error();
        if (error.kind == ledger::RpcErrorKind::Reverted) {
            if (ledger::decodeRevert(error.data).name == QLatin1String("BadSequence") && attempt < 2)
                continue; // someone published first: reseal at the next sequence
            return fail(PublishError{PublishErrorKind::Refused, error});
        }
        return fail(PublishError{PublishErrorKind::Node, error});
    }
}

} // namespace carnet::core::sync
