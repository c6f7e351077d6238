// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The note a clinician adds to a patient's record under a grant that allows write back
// (docs/PROTOCOL.md §8.8): a FHIR R4 DocumentReference, status current, type LOINC 11488-4
// "Consult note", the text as a text/plain attachment (UTF-8, base64), dated now. Its exact bytes
// are what Wallet::writeBack publishes.
#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace carnet::qml {

/** The DocumentReference of `text` (trimmed; must not be empty) written at `now`, as compact JSON. */
QByteArray consultNote(const QString &text, const QDateTime &now);

} // namespace carnet::qml
