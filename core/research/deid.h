// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* HIPAA Safe Harbor de-identification of one FHIR R4 resource (45 CFR 164.514(b)(2); docs/DEID.md).
 *
 * Deny by default: a resource type that is not on the list is excluded whole, and of an allowed type
 * only the elements on its allow-list survive (deidallow.cpp, one table per type). What survives is
 * transformed by its data type: dates to the year, ages over 89 to one "90 or older" value, the ZIP
 * code to its first three digits (or 000), references and ids to keyed ids, free text (narratives,
 * notes, displays, strings) only with `keepFreeText`. Every element removed is named in `dropped`.
 *
 * The output is canonical JSON (canonjson.h). Nothing here logs, and errors carry no content. */
#include "core/result.h"
#include "crypto/securebuffer.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDate>
#include <QString>
#include <QStringList>

#include <map>
#include <string_view>

namespace carnet::core::research {

/** The tag that keyed ids are derived under (keyedId). */
inline constexpr std::string_view kDeidIdTag = "carnet/deid-id/v1";
/** Carnet's extension saying "this patient is 90 or older" where the birth date was removed. */
inline constexpr const char *kAge90OrOlderUrl = "https://carnet.example/fhir/StructureDefinition/age-90-or-older";
inline constexpr std::size_t kDeidSecretSize = 32;

struct DeidPolicy
{
    crypto::SecureBuffer idSecret; ///< 32 bytes, the per-study secret of keyed ids (never disclosed)
    bool keepFreeText = false; ///< the study asks for free text AND the patient agreed (outside Safe Harbor)
    QDate asOf; ///< the day the dataset is made: ages are computed at it
    /** Optional: a Bundle's fullUrl ("urn:uuid:…", "https://…/Patient/1") → "Type/id", so that a
     *  reference written as a fullUrl gets the keyed id of the resource it names. */
    std::map<QString, QString> fullUrls;
};

enum class DeidError {
    BadPolicy, ///< the secret is not 32 bytes, or asOf is not a valid date
    NotJson, ///< not a JSON document within the FHIR parser's limits (size, depth, UTF-8, syntax)
    NotAResource, ///< not an object with a string resourceType
    NoId, ///< an allowed resource without a non-empty string id (a dataset line needs one)
};

/** A stable ASCII name ("NotJson"), for logs and tests. */
const char *deidErrorName(DeidError error) noexcept;

struct DeidOutcome
{
    QByteArray json; ///< the de-identified resource, canonical JSON (empty when excluded)
    QString resourceType;
    QString id; ///< the keyed id (empty when excluded)
    /** Element paths removed, in document order ("Patient.name", "Observation.code.coding[0].display");
     *  an excluded resource lists its type alone. */
    QStringList dropped;
    bool excluded = false; ///< the whole resource is left out (a type not on the list)
};

/** De-identifies one resource. Returns: the outcome (possibly `excluded`), or why the input is refused. */
[[nodiscard]] Result<DeidOutcome, DeidError> deidentify(QByteArrayView resourceJson, const DeidPolicy &policy);

/** The keyed id: lower-case hex of the first 16 bytes of
 *  HMAC-SHA256(secret, "carnet/deid-id/v1" ‖ 0x00 ‖ resourceType ‖ 0x00 ‖ id), UTF-8. */
[[nodiscard]] QString keyedId(const crypto::SecureBuffer &secret, const QString &resourceType, const QString &id);

/** The ZIP code rule of (B): the first three digits of a US ZIP ("10027", "10027-1234") or "000" for the
 *  restricted three-digit areas; empty (drop it) for anything else. */
[[nodiscard]] QString zip3(const QString &postalCode);
/** True for the 17 three-digit ZIP areas of 20,000 people or fewer (2000 Census, HHS guidance). */
[[nodiscard]] bool isRestrictedZip3(QStringView zip3);

} // namespace carnet::core::research
