// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/share/keybundle.h"
#include "core/record/recordkeys.h"
#include "core/share/bytesio.h"
#include "core/share/grantscope.h"

namespace carnet::core::share {

namespace {
std::size_t entryCount(const KeyBundle &bundle)
{
    std::size_t n = 0;
    for (const BundleRecord &record : bundle.records)
        n += record.entries.size();
    return n;
}

// The rules a writer and a reader share, on a bundle already in memory.
Result<void, KeyBundleError> checkBundle(const KeyBundle &bundle)
{
    if (bundle.scope.size() > 0xFFFF || !decodeScope(bundle.scope))
        return fail(KeyBundleError::BadScope);
    if (bundle.records.empty() || bundle.records.size() > kMaxBundleRecords)
        return fail(KeyBundleError::BadRecordCount);
    for (std::size_t i = 0; i < bundle.records.size(); ++i) {
        const BundleRecord &record = bundle.records[i];
        if (record.entries.empty())
            return fail(KeyBundleError::EmptyRecord);
        if (i > 0 && !(bundle.records[i - 1].recordId < record.recordId))
            return fail(KeyBundleError::RecordsNotSorted);
        for (std::size_t j = 0; j < record.entries.size(); ++j) {
            if (j > 0 && record.entries[j - 1].sequence >= record.entries[j].sequence)
                return fail(KeyBundleError::SequencesNotIncreasing);
            if (record.entries[j].contentKey.size() != kContentKeySize)
                return fail(KeyBundleError::BadContentKey);
        }
    }
    if (bundle.writeBack && record::recordIdOf(bundle.writeBack->recordKey) != bundle.writeBack->recordId)
        return fail(KeyBundleError::WriteBackMismatch);
    return {};
}
} // namespace

const char *describe(KeyBundleError error)
{
    switch (error) {
    case KeyBundleError::TooShort:
        return "the grant's key bundle is cut short";
    case KeyBundleError::UnsupportedVersion:
        return "the grant's key bundle is of an unsupported version";
    case KeyBundleError::BadScope:
        return "the grant's key bundle carries an invalid scope";
    case KeyBundleError::UnknownFlags:
        return "the grant's key bundle has unknown flags";
    case KeyBundleError::BadRecordCount:
        return "the grant's key bundle has no record or more than 1,000";
    case KeyBundleError::EmptyRecord:
        return "the grant's key bundle has a record without entries";
    case KeyBundleError::RecordsNotSorted:
        return "the grant's key bundle lists its records out of order or twice";
    case KeyBundleError::SequencesNotIncreasing:
        return "the grant's key bundle lists a record's entries out of order or twice";
    case KeyBundleError::BadContentKey:
        return "the grant's key bundle has a content key of the wrong size";
    case KeyBundleError::InvalidWriteBackKey:
        return "the grant's write-back key is not a valid public key";
    case KeyBundleError::WriteBackMismatch:
        return "the grant's write-back record id does not belong to its key";
    case KeyBundleError::TrailingBytes:
        return "the grant's key bundle has bytes after its end";
    }
    return "unknown";
}

std::size_t plaintextSize(const KeyBundle &bundle)
{
    return plaintextSize(bundle.scope.size(), bundle.records.size(), entryCount(bundle), bundle.writeBack.has_value());
}

Result<crypto::SecureBuffer, KeyBundleError> encodeKeyBundle(const KeyBundle &bundle)
{
    if (const auto checked = checkBundle(bundle); !checked)
        return fail(checked.error());
    crypto::SecureBuffer plaintext(plaintextSize(bundle));
    detail::Writer out(plaintext.span());
    out.u8(kKeyBundleVersion);
    out.bytes(bundle.grantId);
    out.u16(static_cast<std::uint16_t>(bundle.scope.size()));
    out.bytes(bundle.scope);
    out.u8(bundle.writeBack ? kWriteBackFlag : 0);
    out.u16(static_cast<std::uint16_t>(bundle.records.size()));
    for (const BundleRecord &record : bundle.records) {
        out.bytes(record.recordId);
        out.bytes(record.patientAuthor);
        out.u32(static_cast<std::uint32_t>(record.entries.size()));
        for (const BundleEntry &entry : record.entries) {
            out.u32(entry.sequence);
            out.bytes(entry.contentKey.view());
        }
    }
    if (bundle.writeBack) {
        out.bytes(bundle.writeBack->recordId);
        out.bytes(bundle.writeBack->recordKey.compressed());
    }
    assert(out.full());
    return plaintext;
}

Result<KeyBundle, KeyBundleError> decodeKeyBundle(crypto::ByteView plaintext)
{
    if (plaintext.empty())
        return fail(KeyBundleError::TooShort);
    if (plaintext[0] != kKeyBundleVersion)
        return fail(KeyBundleError::UnsupportedVersion);
    if (plaintext.size() < kKeyBundleFixedSize)
        return fail(KeyBundleError::TooShort);
    detail::Reader in(plaintext.subspan(1));
    KeyBundle bundle;
    in.bytes(bundle.grantId);
    const std::size_t scopeLength = in.u16();
    if (in.remaining() < scopeLength + 3)
        return fail(KeyBundleError::TooShort);
    const crypto::ByteView scope = in.view(scopeLength);
    if (!decodeScope(scope))
        return fail(KeyBundleError::BadScope);
    bundle.scope.assign(scope.begin(), scope.end());
    const std::uint8_t flags = in.u8();
    if ((flags & ~kWriteBackFlag) != 0)
        return fail(KeyBundleError::UnknownFlags);
    const std::size_t r = in.u16();
    if (r == 0 || r > kMaxBundleRecords)
        return fail(KeyBundleError::BadRecordCount);
    bundle.records.reserve(r);
    for (std::size_t i = 0; i < r; ++i) {
        if (in.remaining() < kBundleRecordSize)
            return fail(KeyBundleError::TooShort);
        BundleRecord record;
        in.bytes(record.recordId);
        in.bytes(record.patientAuthor);
        const std::size_t m = in.u32();
        if (m == 0)
            return fail(KeyBundleError::EmptyRecord);
        if (!bundle.records.empty() && !(bundle.records.back().recordId < record.recordId))
            return fail(KeyBundleError::RecordsNotSorted);
        if (in.remaining() / kBundleEntrySize < m)
            return fail(KeyBundleError::TooShort);
        record.entries.reserve(m);
        for (std::size_t j = 0; j < m; ++j) {
            BundleEntry entry {in.u32(), crypto::SecureBuffer::copyOf(in.view(kContentKeySize))};
            if (!record.entries.empty() && record.entries.back().sequence >= entry.sequence)
                return fail(KeyBundleError::SequencesNotIncreasing);
            record.entries.push_back(std::move(entry));
        }
        bundle.records.push_back(std::move(record));
    }
    if ((flags & kWriteBackFlag) != 0) {
        if (in.remaining() < kWriteBackSize)
            return fail(KeyBundleError::TooShort);
        crypto::Hash32 recordId {};
        in.bytes(recordId);
        const crypto::ByteView key = in.view(33);
        const auto parsed = (key[0] == 0x02 || key[0] == 0x03) ? crypto::PublicKey::parse(key) : std::nullopt;
        if (!parsed)
            return fail(KeyBundleError::InvalidWriteBackKey);
        if (record::recordIdOf(*parsed) != recordId)
            return fail(KeyBundleError::WriteBackMismatch);
        bundle.writeBack = WriteBack {recordId, *parsed};
    }
    if (in.remaining() != 0)
        return fail(KeyBundleError::TrailingBytes);
    return bundle;
}

} // namespace carnet::core::share
