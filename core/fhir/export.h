// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The FHIR exports of the wallet's decrypted entries (docs/FHIR.md, "Exports"): a scoped Bundle of
 * type collection holding exactly the entries given, and an International Patient Summary (HL7 IPS,
 * Bundle type document with a Composition first). Each entry's resource is written as its exact
 * bytes (number lexemes and member order kept); only the envelope and the IPS's own resources
 * (Composition, Device, and a placeholder Patient when the record has none) are written here. */
#include "core/fhir/entry.h"
#include "core/fhir/fhirerror.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace carnet::core::fhir {

/** One decrypted entry to export. */
struct ExportEntry
{
    QByteArray content; ///< the exact bytes of one FHIR R4 resource
    /** Where it comes from, stable across exports ("<record id hex>/<sequence>"): the source of the
     *  entry's urn:uuid when it cannot have a RESTful fullUrl. */
    QString source;
};

/** The export's own values: when it is made and its identifier (a UUID without braces). */
struct ExportStamp
{
    QDateTime timestamp; ///< UTC; written with second precision and "Z"
    QString uuid;        ///< Bundle.identifier is urn:uuid:<uuid>; Bundle.id is <uuid>
};

/** The base of the RESTful fullUrls ("https://carnet.invalid/fhir/<type>/<id>"): a reserved
 *  domain (RFC 2606) that names nothing, so relative references inside the resources resolve
 *  within the Bundle (FHIR R4 §2.36.0.4) without pointing at any server. */
inline constexpr const char *kExportBase = "https://carnet.invalid/fhir/";

/** The fullUrl of each entry, in order: kExportBase + "<resourceType>/<id>" when the resource has a
 *  FHIR id and no earlier entry took the same type and id; else "urn:uuid:" + a UUID derived from
 *  SHA-256("carnet/export-entry/v1" ‖ source) (version 4 and variant bits set). Errors: those of
 *  parseResource() for an entry that is not a resource. */
FhirResult<QStringList> exportFullUrls(const QList<ExportEntry> &entries);

/** A Bundle of type collection holding exactly `entries`, in order: id, identifier
 *  (urn:ietf:rfc:3986, urn:uuid:…), type, timestamp, entry[{fullUrl, resource}]. Compact JSON.
 *  Errors: those of parseResource() for an entry; EmptyBundle when `entries` is empty. */
FhirResult<QByteArray> collectionBundle(const QList<ExportEntry> &entries, const ExportStamp &stamp);

/** The International Patient Summary of `entries` (docs/FHIR.md, "The patient summary"). An empty
 *  list gives a summary with the three required sections empty (emptyReason unavailable). Errors:
 *  those of parseResource() for an entry. */
FhirResult<QByteArray> patientSummary(const QList<ExportEntry> &entries, const ExportStamp &stamp);

} // namespace carnet::core::fhir
