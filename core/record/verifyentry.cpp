// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/record/verifyentry.h"

#include <nlohmann/json.hpp>

namespace carnet::core::record {

namespace {

EntryRejection fromParse(ParseError error)
{
    switch (error) {
    case ParseError::TooLarge:
        return EntryRejection::TooLarge;
    case ParseError::TooShort:
        return EntryRejection::TooShort;
    case ParseError::UnsupportedVersion:
        return EntryRejection::UnsupportedVersion;
    case ParseError::UnknownFlags:
        break;
    }
    return EntryRejection::UnknownFlags;
}

// Reads the JSON without building it: tracks the depth and, at the top level, the resourceType member.
class ShapeReader : public nlohmann::json_sax<nlohmann::json>
{
public:
    bool null() override { return value(); }
    bool boolean(bool) override { return value(); }
    bool number_integer(number_integer_t) override { return value(); }
    bool number_unsigned(number_unsigned_t) override { return value(); }
    bool number_float(number_float_t, const string_t &) override { return value(); }
    bool string(string_t &text) override
    {
        if (m_depth == 1 && m_atResourceType)
            m_resourceTypeOk = !text.empty();
        return value();
    }
    bool binary(binary_t &) override { return value(); }
    bool start_object(std::size_t) override
    {
        if (m_depth == 0)
            m_topIsObject = true;
        m_atResourceType = false;
        ++m_depth;
        return true;
    }
    bool key(string_t &name) override
    {
        m_atResourceType = m_depth == 1 && name == "resourceType";
        if (m_atResourceType)
            ++m_resourceTypeCount;
        return true;
    }
    bool end_object() override { return leave(); }
    bool start_array(std::size_t) override
    {
        m_atResourceType = false;
        ++m_depth;
        return true;
    }
    bool end_array() override { return leave(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &) override
    {
        m_failed = true;
        return false;
    }

    bool topIsObject() const { return m_topIsObject && !m_failed; }
    bool resourceTypeOk() const { return m_resourceTypeCount == 1 && m_resourceTypeOk; }

private:
    bool value()
    {
        m_atResourceType = false;
        return true;
    }
    bool leave()
    {
        --m_depth;
        m_atResourceType = false;
        return true;
    }
    std::size_t m_depth = 0;
    std::size_t m_resourceTypeCount = 0;
    bool m_atResourceType = false;
    bool m_resourceTypeOk = false;
    bool m_topIsObject = false;
    bool m_failed = false;
};

} // namespace

const char *describe(EntryRejection rejection)
{
    switch (rejection) {
    case EntryRejection::TooLarge:
        return "sealed entry larger than 65,536 bytes";
    case EntryRejection::TooShort:
        return "sealed entry too short";
    case EntryRejection::UnsupportedVersion:
        return "sealed entry of an unsupported version";
    case EntryRejection::UnknownFlags:
        return "sealed entry with unknown flags";
    case EntryRejection::FlagMismatch:
        return "patient-reported flag differs from the log";
    case EntryRejection::EntryHashMismatch:
        return "entry hash differs from the contract's";
    case EntryRejection::KeyUnwrapFailed:
        return "entry key does not open with the record key at this position";
    case EntryRejection::ContentAuthFailed:
        return "entry content fails authentication";
    case EntryRejection::BadSignature:
        return "malformed author signature";
    case EntryRejection::WrongSigner:
        return "signed by another account than the log's author";
    case EntryRejection::ContentNotJson:
        return "content is not a JSON object";
    case EntryRejection::NoResourceType:
        return "content has no resourceType";
    }
    return "unknown";
}

bool isFhirResourceShape(crypto::ByteView content, EntryRejection *why)
{
    ShapeReader reader;
    // Strict: one JSON text and nothing after it; the lexer refuses invalid UTF-8.
    const bool parsed = nlohmann::json::sax_parse(content.begin(), content.end(), &reader,
                                                  nlohmann::json::input_format_t::json, true);
    if (!parsed || !reader.topIsObject()) {
        if (why)
            *why = EntryRejection::ContentNotJson;
        return false;
    }
    if (!reader.resourceTypeOk()) {
        if (why)
            *why = EntryRejection::NoResourceType;
        return false;
    }
    return true;
}

namespace {

/** Steps 1–3 and 5 with step 2 done by `open` (E_n or a content key). */
template <typename Open>
Result<VerifiedEntry, EntryRejection> verifyWith(const LoggedEntry &entry, const EntryDomain &domain, Open open)
{
    // 1. Parses, flag bit 0 = the log's patientReported, keccak(sealed) = RecordLog.entryHash.
    const auto parsed = parseSealedEntry(entry.sealed);
    if (!parsed)
        return fail(fromParse(parsed.error()));
    if (parsed->patientReported() != entry.patientReported)
        return fail(EntryRejection::FlagMismatch);
    if (entryHashOf(entry.sealed) != entry.entryHash)
        return fail(EntryRejection::EntryHashMismatch);
    // 2. Opens at this position.
    auto opened = open(*parsed);
    if (!opened)
        return fail(opened.error() == OpenError::KeyUnwrapFailed ? EntryRejection::KeyUnwrapFailed
                                                                  : EntryRejection::ContentAuthFailed);
    // 3. The EIP-712 signer is the log's author.
    const auto signer = entrySigner(*parsed, entry.recordId, entry.sequence, opened->contentHash, domain);
    if (!signer)
        return fail(EntryRejection::BadSignature);
    if (*signer != entry.author)
        return fail(EntryRejection::WrongSigner);
    // 5. A JSON object with a resourceType.
    EntryRejection why {};
    if (!isFhirResourceShape(opened->content, &why))
        return fail(why);
    return VerifiedEntry {std::move(opened->content), opened->contentHash, parsed->authoredAt, parsed->patientReported()};
}

} // namespace

Result<VerifiedEntry, EntryRejection> verifyEntry(const LoggedEntry &entry, const EntryDomain &domain,
                                                  const crypto::PrivateKey &recordKey)
{
    return verifyWith(entry, domain, [&](const ParsedEntry &parsed) {
        return openSealedEntry(parsed, entry.recordId, entry.sequence, recordKey);
    });
}

Result<VerifiedEntry, EntryRejection> verifyEntryWithContentKey(const LoggedEntry &entry, const EntryDomain &domain,
                                                                crypto::ByteView contentKey)
{
    return verifyWith(entry, domain, [&](const ParsedEntry &parsed) {
        return openWithContentKey(parsed, entry.recordId, entry.sequence, contentKey);
    });
}

} // namespace carnet::core::record
