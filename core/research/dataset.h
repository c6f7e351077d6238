// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The research dataset bytes: what the patient previews, what the join commits to (its keccak) and
 * what the researcher receives (docs/DEID.md, "Dataset"):
 *   line 1       {"carnetDataset":1,"chainId":<n>,"market":"0x<40 hex>","pseudonym":"0x<64 hex>",
 *                 "resources":<k>,"study":"0x<64 hex>"}             (canonical JSON, lower-case hex)
 *   lines 2…k+1  one de-identified resource each (canonical JSON), sorted by resourceType then id
 *                (UTF-8 byte order), no two with the same resourceType and id
 * Every line ends with "\n" (0x0A); there is nothing else: no "\r", no empty line, no trailing bytes.
 * parseDataset() refuses anything that buildDataset() would not have written. */
#include "core/result.h"
#include "crypto/bytes.h"
#include "crypto/ethaddress.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstdint>
#include <map>
#include <vector>

namespace carnet::core::research {

inline constexpr std::size_t kMaxDatasetBytes = 8 * 1024 * 1024;
inline constexpr std::size_t kMaxDatasetLines = 100000; ///< the header included

struct DatasetHeader
{
    std::uint64_t chainId = 0;
    crypto::Address market {}; ///< the ResearchMarket contract
    crypto::Hash32 pseudonym {}; ///< the participant's per-study pseudonym
    crypto::Hash32 study {}; ///< the study's id
    bool operator==(const DatasetHeader &) const = default;
};

struct DatasetLimits
{
    std::size_t maxBytes = kMaxDatasetBytes;
    std::size_t maxLines = kMaxDatasetLines;
};

/** One resource line. */
struct DatasetResource
{
    QString resourceType;
    QString id;
    QByteArray json; ///< the line without its "\n"
};

struct ParsedDataset
{
    DatasetHeader header;
    std::vector<DatasetResource> resources; ///< in dataset order
};

enum class DatasetError {
    TooLarge, ///< more bytes than the limit (8 MiB)
    Empty, ///< no bytes
    TooManyLines, ///< more lines than the limit (100,000, the header included)
    NoFinalNewline, ///< the last line does not end with "\n" (trailing bytes)
    CarriageReturn, ///< a "\r" anywhere (CRLF line ends)
    EmptyLine, ///< two "\n" in a row
    HeaderNotJson, ///< line 1 is not a JSON object
    HeaderKeys, ///< line 1 lacks one of the six keys or has another
    HeaderTypes, ///< a header value of the wrong type or form (hex length, case, number form)
    UnsupportedVersion, ///< carnetDataset is not 1
    HeaderNotCanonical, ///< line 1 is not in canonical form
    WrongCount, ///< "resources" is not the number of resource lines
    LineNotJson, ///< a resource line is not JSON (syntax, UTF-8, depth)
    NotAResource, ///< a resource line is not an object with string resourceType and non-empty string id
    NotCanonical, ///< a resource line is not in canonical form
    Unsorted, ///< a resource line sorts before the one above it
    Duplicate, ///< two lines with the same resourceType and id
};

/** A stable ASCII name ("Unsorted"), for logs and tests. */
const char *datasetErrorName(DatasetError error) noexcept;

/** The dataset of `resources` (canonical de-identified resources, any order): sorted, counted, with its
 *  header. Errors: LineNotJson, NotAResource, NotCanonical, Duplicate, TooLarge, TooManyLines. */
[[nodiscard]] Result<QByteArray, DatasetError> buildDataset(const DatasetHeader &header, std::vector<QByteArray> resources,
                                                            const DatasetLimits &limits = {});

/** keccak256 of the dataset bytes: what the join commits to. */
[[nodiscard]] crypto::Hash32 datasetHash(QByteArrayView bytes);

/** Reads dataset bytes strictly (the checks in the order of DatasetError). */
[[nodiscard]] Result<ParsedDataset, DatasetError> parseDataset(QByteArrayView bytes, const DatasetLimits &limits = {});

/** The resources as FHIR Bulk Data NDJSON, one text per type ("Observation" → the contents of
 *  Observation.ndjson): the lines in dataset order, each ending with "\n". */
[[nodiscard]] std::map<QString, QByteArray> toNdjson(const ParsedDataset &dataset);

} // namespace carnet::core::research
