// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/fhir's exports: a writer of compact JSON objects in the order of the calls (the
// export's own resources and the Bundle envelope; entry resources are inserted as their exact bytes).
#include <QByteArray>
#include <QList>
#include <QString>

namespace carnet::core::fhir::exportjson {

/** `text` as a JSON string literal (quotes included). */
QByteArray jsonString(const QString &text);

class JsonWriter
{
public:
    JsonWriter &str(const char *key, const QString &value);
    /** A member whose value is already JSON text. */
    JsonWriter &raw(const char *key, const QByteArray &json);
    JsonWriter &obj(const char *key, const JsonWriter &value) { return raw(key, value.json()); }
    JsonWriter &arr(const char *key, const QList<QByteArray> &items);
    QByteArray json() const { return '{' + m_body + '}'; }

private:
    QByteArray m_body;
};

/** {"reference": ref}. */
JsonWriter referenceTo(const QString &ref);
/** A CodeableConcept with one coding. */
JsonWriter codeableOf(const QString &system, const QString &code, const QString &display);
/** A Bundle of `type` with id, identifier, type, timestamp and entry[{fullUrl, resource}]. */
QByteArray bundleOf(const char *type, const QString &uuid, const QString &timestamp, const QStringList &fullUrls,
                    const QList<QByteArray> &resources);
/** The UUID (version 4 and variant bits set) derived from SHA-256(tag ‖ source). */
QString derivedUuid(const QByteArray &tag, const QString &source);

} // namespace carnet::core::fhir::exportjson
