// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: paid research's readers of outside bytes (docs/PROTOCOL.md §9, docs/DEID.md). Any bytes
// go to parseTerms (study terms from the ledger), parseDataset (what a researcher receives), inflateRaw
// (the sealed dataset's DEFLATE) and deidentify (a record's resource). Properties: accepted terms
// re-encode to exactly the input; an accepted dataset is at most 8 MiB, its header counts its lines
// and its NDJSON holds every resource line once; inflation never exceeds its limit; de-identified
// output is canonical JSON that parses again and has a keyed id, or the resource is excluded.
#include "core/fhir/json.h"
#include "core/research/canonjson.h"
#include "core/research/datasetseal.h"
#include "core/research/deid.h"
#include "core/research/studyterms.h"
#include "tests/fuzz/fuzz_check.h"

#include <cstddef>
#include <cstdint>

using namespace carnet::core::research;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    if (const auto terms = parseTerms(bytes))
        FUZZ_CHECK(encodeTerms(*terms) == bytes);
    if (const auto dataset = parseDataset(bytes)) {
        FUZZ_CHECK(size <= kMaxDatasetBytes);
        std::size_t lines = 0;
        for (const auto &[type, ndjson] : toNdjson(*dataset))
            lines += std::size_t(ndjson.count('\n'));
        FUZZ_CHECK(lines == dataset->resources.size());
    }
    if (const auto inflated = inflateRaw(bytes, 1 << 20))
        FUZZ_CHECK(inflated->size() <= (1 << 20));
    DeidPolicy policy;
    policy.idSecret = carnet::crypto::SecureBuffer(32);
    policy.asOf = QDate(2026, 12, 1);
    if (const auto outcome = deidentify(bytes, policy); outcome && !outcome->excluded) {
        const auto again = carnet::core::fhir::parseJson(outcome->json, {kMaxDatasetBytes, 64});
        FUZZ_CHECK(bool(again));
        FUZZ_CHECK(canonicalJson(*again) == outcome->json);
        FUZZ_CHECK(!outcome->id.isEmpty());
    }
    return 0;
}
