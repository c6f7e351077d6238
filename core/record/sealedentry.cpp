// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/sealedentry.h"
#include "core/ledger/eip712.h"
#include "crypto/aead.h"
#include "crypto/hash.h"
#include "crypto/random.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace carnet::core::record {

using crypto::ByteView;
using crypto::Bytes;

namespace {

void appendUint64(Bytes &out, std::uint64_t value)
{
    for (int shift = 56; shift >= 0; shift -= 8)
        out.push_back(static_cast<std::uint8_t>(value >> shift));
}

std::uint64_t readUint64(ByteView bytes)
{
    std::uint64_t value = 0;
    for (std::size_t i = 0; i < 8; ++i)
        value = (value << 8) | bytes[i];
    return value;
}

// "carnet/entry-key/v1" ‖ recordId ‖ uint64(sequence): binds a wrapped key to its position.
Bytes keyContext(const RecordId &recordId, std::uint64_t sequence)
{
    Bytes context(kEntryKeyTag.begin(), kEntryKeyTag.end());
    context.insert(context.end(), recordId.begin(), recordId.end());
    appendUint64(context, sequence);
    return context;
}

// bytes 0–9 ‖ wrappedKey ‖ nonce ‖ recordId ‖ uint64(sequence).
Bytes associatedData(ByteView header, ByteView wrappedKey, ByteView nonce, const RecordId &recordId,
                     std::uint64_t sequence)
{
    Bytes ad(header.begin(), header.end());
    ad.insert(ad.end(), wrappedKey.begin(), wrappedKey.end());
    ad.insert(ad.end(), nonce.begin(), nonce.end());
    ad.insert(ad.end(), recordId.begin(), recordId.end());
    appendUint64(ad, sequence);
    return ad;
}

QString hex32(const crypto::Hash32 &value)
{
    return QStringLiteral("0x") + QString::fromStdString(crypto::toHex(value));
}

QJsonArray fields(std::initializer_list<std::pair<const char *, const char *>> list)
{
    QJsonArray out;
    for (const auto &[name, type] : list)
        out.append(QJsonObject {{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}});
    return out;
}

} // namespace

crypto::Hash32 contentHashOf(ByteView contentKey, ByteView content)
{
    // The preimage holds the content key: secure memory, wiped when done.
    crypto::SecureBuffer preimage(kContentHashTag.size() + contentKey.size() + content.size());
    auto out = std::copy(kContentHashTag.begin(), kContentHashTag.end(), preimage.data());
    out = std::copy(contentKey.begin(), contentKey.end(), out);
    std::copy(content.begin(), content.end(), out);
    return crypto::keccak256(preimage.view());
}

crypto::Hash32 entryDigest(const EntryMessage &message, const EntryDomain &domain)
{
    const QJsonObject types {
        {QStringLiteral("EIP712Domain"),
         fields({{"name", "string"}, {"version", "string"}, {"chainId", "uint256"}, {"verifyingContract", "address"}})},
        {QStringLiteral("SealedEntry"),
         fields({{"recordId", "bytes32"},
                 {"sequence", "uint64"},
                 {"contentHash", "bytes32"},
                 {"wrappedKeyHash", "bytes32"},
                 {"authoredAt", "uint64"},
                 {"patientReported", "bool"}})},
    };
    const QJsonObject json {
        {QStringLiteral("types"), types},
        {QStringLiteral("primaryType"), QStringLiteral("SealedEntry")},
        {QStringLiteral("domain"),
         QJsonObject {{QStringLiteral("name"), QLatin1String(kEip712Name)},
                      {QStringLiteral("version"), QLatin1String(kEip712Version)},
                      {QStringLiteral("chainId"), QString::number(domain.chainId)},
                      {QStringLiteral("verifyingContract"),
                       QString::fromStdString(crypto::toChecksumAddress(domain.recordLog))}}},
        {QStringLiteral("message"),
         QJsonObject {{QStringLiteral("recordId"), hex32(message.recordId)},
                      {QStringLiteral("sequence"), QString::number(message.sequence)},
                      {QStringLiteral("contentHash"), hex32(message.contentHash)},
                      {QStringLiteral("wrappedKeyHash"), hex32(message.wrappedKeyHash)},
                      {QStringLiteral("authoredAt"), QString::number(message.authoredAt)},
                      {QStringLiteral("patientReported"), message.patientReported}}},
    };
    const auto typed = ledger::TypedData::fromJson(json);
    assert(typed.ok()); // fixed, well-formed types and values
    return typed->digest();
}

const char *describe(SealError error)
{
    switch (error) {
    case SealError::EmptyContent:
        return "the entry has no content";
    case SealError::ContentTooLarge:
        return "the entry's content is larger than 65,339 bytes";
    }
    return "unknown";
}

Result<Bytes, SealError> sealEntry(const EntryToSeal &entry)
{
    if (entry.content.empty())
        return fail(SealError::EmptyContent);
    if (entry.content.size() > kMaxContentBytes)
        return fail(SealError::ContentTooLarge);

    Bytes sealed;
    sealed.reserve(kEntryOverhead + entry.content.size());
    sealed.push_back(kEntryVersion);
    sealed.push_back(entry.patientReported ? kFlagPatientReported : 0);
    appendUint64(sealed, entry.authoredAt);
    const ByteView header(sealed.data(), kHeaderSize);

    const crypto::SecureBuffer contentKey = crypto::randomSecret(kContentKeySize);
    const Bytes wrappedKey = crypto::eciesSeal(entry.recordKey, contentKey.view(), keyContext(entry.recordId, entry.sequence));
    assert(wrappedKey.size() == kWrappedKeySize);
    const Bytes nonce = crypto::randomBytes(kNonceSize);
    const Bytes ciphertext = crypto::aeadSeal(contentKey.view(), nonce, entry.content,
                                              associatedData(header, wrappedKey, nonce, entry.recordId, entry.sequence));

    const EntryMessage message {entry.recordId,
                                entry.sequence,
                                contentHashOf(contentKey.view(), entry.content),
                                crypto::keccak256(wrappedKey),
                                entry.authoredAt,
                                entry.patientReported};
    const auto signature = crypto::signRecoverable(entry.author, entryDigest(message, entry.domain)).toRsv();

    sealed.insert(sealed.end(), signature.begin(), signature.end());
    sealed.insert(sealed.end(), wrappedKey.begin(), wrappedKey.end());
    sealed.insert(sealed.end(), nonce.begin(), nonce.end());
    sealed.insert(sealed.end(), ciphertext.begin(), ciphertext.end());
    assert(sealed.size() == kEntryOverhead + entry.content.size());
    return sealed;
}

const char *describe(ParseError error)
{
    switch (error) {
    case ParseError::TooLarge:
        return "sealed entry larger than 65,536 bytes";
    case ParseError::TooShort:
        return "sealed entry too short";
    case ParseError::UnsupportedVersion:
        return "sealed entry of an unsupported version";
    case ParseError::UnknownFlags:
        return "sealed entry with unknown flags";
    }
    return "unknown";
}

Result<ParsedEntry, ParseError> parseSealedEntry(ByteView sealed)
{
    if (sealed.size() > kMaxEntryBytes)
        return fail(ParseError::TooLarge);
    if (sealed.empty())
        return fail(ParseError::TooShort);
    if (sealed[kOffsetVersion] != kEntryVersion)
        return fail(ParseError::UnsupportedVersion);
    if (sealed.size() < kMinEntryBytes)
        return fail(ParseError::TooShort);
    if ((sealed[kOffsetFlags] & ~kFlagPatientReported) != 0)
        return fail(ParseError::UnknownFlags);
    ParsedEntry entry;
    entry.bytes = sealed;
    entry.flags = sealed[kOffsetFlags];
    entry.authoredAt = readUint64(sealed.subspan(kOffsetAuthoredAt, 8));
    entry.header = sealed.subspan(0, kHeaderSize);
    entry.signature = sealed.subspan(kOffsetSignature, kSignatureSize);
    entry.wrappedKey = sealed.subspan(kOffsetWrappedKey, kWrappedKeySize);
    entry.nonce = sealed.subspan(kOffsetNonce, kNonceSize);
    entry.ciphertext = sealed.subspan(kOffsetCiphertext);
    return entry;
}

const char *describe(OpenError error)
{
    switch (error) {
    case OpenError::KeyUnwrapFailed:
        return "the entry's key does not open with this record's key at this position";
    case OpenError::ContentAuthFailed:
        return "the entry's content fails authentication";
    }
    return "unknown";
}

Result<OpenedEntry, OpenError> openSealedEntry(const ParsedEntry &entry, const RecordId &recordId, std::uint64_t sequence,
                                         const crypto::PrivateKey &recordKey)
{
    const auto contentKey = crypto::eciesOpen(recordKey, entry.wrappedKey, keyContext(recordId, sequence));
    if (!contentKey || contentKey->size() != kContentKeySize)
        return fail(OpenError::KeyUnwrapFailed);
    const auto content = crypto::aeadOpen(contentKey->view(), entry.nonce, entry.ciphertext,
                                          associatedData(entry.header, entry.wrappedKey, entry.nonce, recordId, sequence));
    if (!content)
        return fail(OpenError::ContentAuthFailed);
    return OpenedEntry {Bytes(content->view().begin(), content->view().end()),
                        contentHashOf(contentKey->view(), content->view())};
}

std::optional<crypto::SecureBuffer> unwrapContentKey(const ParsedEntry &entry, const RecordId &recordId,
                                                     std::uint64_t sequence, const crypto::PrivateKey &recordKey)
{
    auto contentKey = crypto::eciesOpen(recordKey, entry.wrappedKey, keyContext(recordId, sequence));
    if (!contentKey || contentKey->size() != kContentKeySize)
        return std::nullopt;
    return contentKey;
}

Result<OpenedEntry, OpenError> openWithContentKey(const ParsedEntry &entry, const RecordId &recordId, std::uint64_t sequence,
                                                  ByteView contentKey)
{
    if (contentKey.size() != kContentKeySize)
        return fail(OpenError::ContentAuthFailed);
    const auto content = crypto::aeadOpen(contentKey, entry.nonce, entry.ciphertext,
                                          associatedData(entry.header, entry.wrappedKey, entry.nonce, recordId, sequence));
    if (!content)
        return fail(OpenError::ContentAuthFailed);
    return OpenedEntry {Bytes(content->view().begin(), content->view().end()), contentHashOf(contentKey, content->view())};
}

const char *describe(SignerError error)
{
    switch (error) {
    case SignerError::BadSignature:
        return "the entry's signature is malformed";
    }
    return "unknown";
}

Result<crypto::Address, SignerError> entrySigner(const ParsedEntry &entry, const RecordId &recordId,
                                                 std::uint64_t sequence, const crypto::Hash32 &contentHash,
                                                 const EntryDomain &domain)
{
    const std::uint8_t v = entry.signature[kSignatureSize - 1];
    if (v != 27 && v != 28)
        return fail(SignerError::BadSignature);
    const auto signature = crypto::RecoverableSignature::fromRsv(entry.signature);
    if (!signature)
        return fail(SignerError::BadSignature);
    const EntryMessage message {recordId, sequence, contentHash, crypto::keccak256(entry.wrappedKey), entry.authoredAt,
                                entry.patientReported()};
    const auto key = crypto::recover(entryDigest(message, domain), *signature);
    if (!key)
        return fail(SignerError::BadSignature);
    return crypto::addressOf(*key);
}

crypto::Hash32 entryHashOf(ByteView sealed)
{
    return crypto::keccak256(sealed);
}

} // namespace carnet::core::record
