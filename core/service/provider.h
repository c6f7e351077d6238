// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// The provider's action (docs/PROTOCOL.md §5): publishing sealed entries into a patient's record with
// the connect code the patient gave, signed by the provider's licensed key. One call, like the
// patient's actions in wallet.h.
#include "core/record/connectcode.h"
#include "core/service/wallet.h"

namespace carnet::core::service {

/** Seals each of `resources` (the exact bytes of one FHIR resource) to the record of `code` and
 *  publishes it, signed by `providerKey`, at the record's next sequence. Failures: NetworkFile,
 *  NoRecordLog, Unreachable, PublishRefused (not licensed, …) and PublishFailed, with the count of
 *  entries published before. */
ActionResult<PublishReport> publishForPatient(const record::ConnectCode &code, const crypto::PrivateKey &providerKey,
                                              const QList<QByteArray> &resources, const NetworkSource &network = {});

} // namespace carnet::core::service
