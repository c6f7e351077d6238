// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: sealed entries (docs/PROTOCOL.md §3, §6). Any bytes go to parseSealedEntry, then to
// openSealedEntry and verifyEntry with a fixed record key (32 × 0x11) at record recordIdOf(its key),
// sequence 0, chain 31337, RecordLog 0x5FbDB2315678afecb367f032d93F642f64180aa3, author the key
// 32 × 0x22 (the seed corpus's valid entries are sealed with these); the same bytes also go to the
// content-shape reader (§6 step 5). Properties: a parsed entry has version 1, flags 0 or 1, a size in
// [198, 65536] and fields that tile the input; what opens has the parsed content size; what verifies
// is a JSON object with a resourceType; parse errors agree with the bytes.
#include "core/record/sealedentry.h"
#include "core/record/verifyentry.h"
#include "tests/fuzz/fuzz_check.h"

#include <cstddef>
#include <cstdint>

using namespace carnet::core::record;
using namespace carnet::crypto;

namespace {
struct Fixture
{
    PrivateKey recordKey = *PrivateKey::fromBytes(Bytes(32, 0x11));
    RecordId recordId = recordIdOf(recordKey.publicKey());
    Address author = addressOf(PrivateKey::fromBytes(Bytes(32, 0x22))->publicKey());
    EntryDomain domain {31337, *parseAddress("0x5FbDB2315678afecb367f032d93F642f64180aa3")};
};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const Fixture fixture;
    const ByteView input(data, size);

    EntryRejection why {};
    if (isFhirResourceShape(input, &why))
        FUZZ_CHECK(size >= 20); // at least {"resourceType":"X"}
    else
        FUZZ_CHECK(why == EntryRejection::ContentNotJson || why == EntryRejection::NoResourceType);

    const auto parsed = parseSealedEntry(input);
    if (!parsed) {
        switch (parsed.error()) {
        case ParseError::TooLarge:
            FUZZ_CHECK(size > kMaxEntryBytes);
            break;
        case ParseError::TooShort:
            FUZZ_CHECK(size < kMinEntryBytes && (size == 0 || data[0] == kEntryVersion));
            break;
        case ParseError::UnsupportedVersion:
            FUZZ_CHECK(size >= 1 && data[0] != kEntryVersion);
            break;
        case ParseError::UnknownFlags:
            FUZZ_CHECK(size >= kMinEntryBytes && (data[1] & 0xFE) != 0);
            break;
        }
        return 0;
    }
    FUZZ_CHECK(size >= kMinEntryBytes && size <= kMaxEntryBytes);
    FUZZ_CHECK(data[0] == kEntryVersion && (parsed->flags == 0 || parsed->flags == 1));
    FUZZ_CHECK(parsed->header.data() == data && parsed->header.size() == kHeaderSize);
    FUZZ_CHECK(parsed->signature.data() == data + kOffsetSignature && parsed->signature.size() == kSignatureSize);
    FUZZ_CHECK(parsed->wrappedKey.data() == data + kOffsetWrappedKey && parsed->wrappedKey.size() == kWrappedKeySize);
    FUZZ_CHECK(parsed->nonce.data() == data + kOffsetNonce && parsed->nonce.size() == kNonceSize);
    FUZZ_CHECK(parsed->ciphertext.data() == data + kOffsetCiphertext && kOffsetCiphertext + parsed->ciphertext.size() == size);
    FUZZ_CHECK(parsed->contentSize() >= 1 && parsed->contentSize() == size - kEntryOverhead);

    const auto opened = openSealedEntry(*parsed, fixture.recordId, 0, fixture.recordKey);
    if (opened) {
        FUZZ_CHECK(opened->content.size() == parsed->contentSize());
        const auto signer = entrySigner(*parsed, fixture.recordId, 0, opened->contentHash, fixture.domain);
        (void)signer;
    }
    const LoggedEntry logged {fixture.recordId, 0, input, fixture.author, parsed->patientReported(), entryHashOf(input)};
    const auto verified = verifyEntry(logged, fixture.domain, fixture.recordKey);
    if (verified) {
        FUZZ_CHECK(opened && verified->content == opened->content && verified->contentHash == opened->contentHash);
        FUZZ_CHECK(isFhirResourceShape(verified->content));
    }
    return 0;
}
