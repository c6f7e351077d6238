// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A study's terms (docs/PROTOCOL.md §9.2): one canonical JSON object, posted with the study and kept
// on the ledger by its keccak (termsHash). A reader accepts only the canonical bytes of valid terms
// and then checks them against what the contract keeps of the study.
#include "core/ledger/contracts/researchmarket.h"
#include "core/research/studykeys.h"
#include "core/result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QStringList>

#include <cstdint>

namespace carnet::core::research {

inline constexpr std::size_t kMaxTermsBytes = 16384;
inline constexpr qsizetype kMaxTitleChars = 120;
inline constexpr qsizetype kMaxPurposeChars = 4000;
inline constexpr qsizetype kMaxLoincCodes = 200;

/** What a study asks of a record (§9.3). */
struct DataRequest
{
    std::uint16_t categories = 0; ///< bit i = fhir::EntryCategory(i), as a grant's scope
    QStringList loinc;            ///< sorted, distinct LOINC codes
    QStringList require;          ///< a sorted, distinct subset of loinc
    QDate from;                   ///< invalid: no lower bound
    QDate to;                     ///< invalid: no upper bound
    bool demographics = false;
    bool freeText = false;
    friend bool operator==(const DataRequest &, const DataRequest &) = default;
};

struct StudyTerms
{
    std::uint64_t chainId = 0;
    crypto::Address market{};
    crypto::Address researcher{};
    crypto::Hash32 salt{};
    QString title;
    QString purpose;
    DataRequest data;
    ledger::U256 price;
    std::uint32_t places = 0;
    std::uint64_t deadline = 0;
    crypto::Bytes encryptionKey; ///< compressed secp256k1 public key, 33 bytes

    StudyId studyId() const { return studyIdOf(researcher, salt); }
    friend bool operator==(const StudyTerms &, const StudyTerms &) = default;
};

/** Why bytes are not valid terms, in the order the reader checks. */
enum class TermsError {
    TooLong,          ///< more than 16,384 bytes
    NotJson,          ///< not one strict JSON object
    WrongVersion,     ///< carnetStudy is not 1
    BadMember,        ///< a member missing, unknown or of the wrong type
    BadHex,           ///< market, researcher, salt or encryptionKey not lower-case hex of its size
    BadKey,           ///< encryptionKey not a compressed secp256k1 point
    BadNumber,        ///< chainId, places or deadline not an integer in range, price not a decimal wei amount
    BadTitle,         ///< title or purpose empty, too long, or holding control characters
    BadCategory,      ///< a category key unknown, unsorted or repeated
    BadLoinc,         ///< a LOINC code malformed, unsorted, repeated, or more than 200
    BadRequire,       ///< require not a sorted, distinct subset of loinc
    BadDay,           ///< from or to neither "" nor a calendar day YYYY-MM-DD, or from after to
    NothingRequested, ///< no category and no LOINC code
    NotCanonical,     ///< valid, but not written canonically (member order, white space, escapes)
};

const char *describe(TermsError error);

/** Why valid terms do not belong to the study the contract keeps. */
enum class TermsMismatch {
    None,
    Network,    ///< chainId or market is not the reader's network
    Study,      ///< studyIdOf(researcher, salt) is not the study's id, or the researcher differs
    Escrow,     ///< price or places differ
    Deadline,   ///< deadline differs
    Key,        ///< encryptionKey differs from the posted one
};

/** The canonical bytes of `terms` (what a researcher posts). Does not check the rules: parse them back. */
[[nodiscard]] QByteArray encodeTerms(const StudyTerms &terms);
/** Reads terms strictly: valid and canonical, or the first rule broken. */
[[nodiscard]] Result<StudyTerms, TermsError> parseTerms(QByteArrayView bytes);

/** The checks of §9.2 between terms and the study as the contract keeps it (the key from StudyPosted). */
[[nodiscard]] TermsMismatch compareWithStudy(const StudyTerms &terms, const StudyLocation &where,
                                             const ledger::StudyRecord &study, crypto::ByteView postedKey);

} // namespace carnet::core::research
