// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/research/datasetseal.h"
#include "core/codec/deflate.h"

#include "crypto/ecies.h"
#include "crypto/hash.h"


namespace carnet::core::research {

namespace {

constexpr std::string_view kContextTag = "carnet/dataset/v1";
constexpr std::string_view kSealTag = "carnet/dataset-seal/v1";

crypto::ByteView viewOf(QByteArrayView bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.data()), std::size_t(bytes.size())};
}

void append(crypto::Bytes &out, crypto::ByteView bytes)
{
    out.insert(out.end(), bytes.begin(), bytes.end());
}

} // namespace

crypto::Bytes datasetContext(const StudyLocation &where, const Pseudonym &pseudonym)
{
    crypto::Bytes context;
    append(context, crypto::asBytes(kContextTag));
    for (int shift = 56; shift >= 0; shift -= 8)
        context.push_back(static_cast<std::uint8_t>(where.chainId >> shift));
    append(context, where.market);
    append(context, where.studyId);
    append(context, pseudonym);
    return context;
}

QByteArray deflateRaw(QByteArrayView data)
{
    return codec::deflateRaw(data);
}

std::optional<QByteArray> inflateRaw(QByteArrayView data, std::size_t limit)
{
    QByteArray out;
    if (codec::inflateRaw(data, limit, out) != codec::InflateStatus::Ok)
        return std::nullopt;
    return out;
}

Result<std::vector<QByteArray>, SealError> sealDataset(QByteArrayView dataset, crypto::ByteView encryptionKey,
                                                       const StudyLocation &where, const StudyKeys &keys)
{
    if (std::size_t(dataset.size()) > kMaxDatasetBytes)
        return fail(SealError::TooLarge);
    const auto recipient = crypto::PublicKey::parse(encryptionKey);
    if (encryptionKey.size() != 33 || !recipient)
        return fail(SealError::BadKey);
    const crypto::Hash32 datasetHash = crypto::keccak256(viewOf(dataset));
    crypto::Bytes data;
    append(data, crypto::asBytes(kSealTag));
    append(data, datasetHash);
    const crypto::SecureBuffer mac = crypto::hmacSha512(keys.idSecret.view(), data);
    const auto ephemeral = crypto::PrivateKey::fromBytes(mac.view().first(32));
    if (!ephemeral)
        return fail(SealError::SealFailed);
    const QByteArray compressed = deflateRaw(dataset);
    const crypto::Bytes sealed = crypto::eciesSealWith(*recipient, viewOf(compressed), datasetContext(where, keys.pseudonym),
                                                       *ephemeral, mac.view().subspan(32, 12));
    if (sealed.empty() || compressed.isEmpty())
        return fail(SealError::SealFailed);
    if ((sealed.size() + kPartBytes - 1) / kPartBytes > kMaxParts)
        return fail(SealError::TooLarge);
    std::vector<QByteArray> parts;
    for (std::size_t at = 0; at < sealed.size(); at += kPartBytes) {
        const std::size_t n = std::min(kPartBytes, sealed.size() - at);
        parts.emplace_back(reinterpret_cast<const char *>(sealed.data() + at), qsizetype(n));
    }
    return parts;
}

crypto::Hash32 deliveryHashOf(const std::vector<QByteArray> &parts)
{
    crypto::Hash32 h{};
    for (const QByteArray &part : parts) {
        crypto::Bytes preimage(h.begin(), h.end());
        append(preimage, viewOf(part));
        h = crypto::keccak256(preimage);
    }
    return h;
}

const char *describe(OpenError error)
{
    switch (error) {
    case OpenError::NoParts:
        return "the dataset's parts are missing or malformed";
    case OpenError::WrongDelivery:
        return "the parts do not chain to the delivery hash on the ledger";
    case OpenError::DoesNotOpen:
        return "the dataset does not open with the study's key under this pseudonym";
    case OpenError::BadDeflate:
        return "the dataset does not inflate, or is larger than 8 MiB";
    case OpenError::WrongHash:
        return "the dataset is not the one the join committed";
    }
    return "the dataset does not open";
}

Result<QByteArray, OpenError> openDataset(const std::vector<QByteArray> &parts, const crypto::Hash32 &deliveryHash,
                                          const crypto::Hash32 &datasetHash, const crypto::PrivateKey &datasetKey,
                                          const StudyLocation &where, const Pseudonym &pseudonym)
{
    if (parts.empty() || parts.size() > kMaxParts)
        return fail(OpenError::NoParts);
    crypto::Bytes sealed;
    for (const QByteArray &part : parts) {
        if (part.isEmpty() || std::size_t(part.size()) > kPartBytes)
            return fail(OpenError::NoParts);
        append(sealed, viewOf(part));
    }
    if (deliveryHashOf(parts) != deliveryHash)
        return fail(OpenError::WrongDelivery);
    const auto compressed = crypto::eciesOpen(datasetKey, sealed, datasetContext(where, pseudonym));
    if (!compressed)
        return fail(OpenError::DoesNotOpen);
    auto dataset = inflateRaw(QByteArrayView(reinterpret_cast<const char *>(compressed->data()), qsizetype(compressed->size())));
    if (!dataset)
        return fail(OpenError::BadDeflate);
    if (crypto::keccak256(viewOf(*dataset)) != datasetHash)
        return fail(OpenError::WrongHash);
    return std::move(*dataset);
}

} // namespace carnet::core::research
