// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to core/service: the publishing loop shared by the patient's own entries and a provider's.
#include "core/service/wallet.h"

namespace carnet::core::service::detail {

/** Publishes each of `resources` to the record `target`, signed by `author` (patientReported: P_n
 *  through publishOwn), after checking the nodes. NoRecordLog, Unreachable, PublishRefused,
 *  PublishFailed (with the count published before). */
ActionResult<PublishReport> publishEach(const ledger::NetworkConfig &network, const record::ConnectCode &target,
                                        const crypto::PrivateKey &author, bool patientReported,
                                        const QList<QByteArray> &resources);

} // namespace carnet::core::service::detail
