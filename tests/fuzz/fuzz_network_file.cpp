// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the network file (docs/LEDGER-NETWORK.md, "The network file"). Any bytes go to
// NetworkConfig::fromJson. Properties: it fails only as Malformed (with a reason) or Refused (with a
// NetworkRefusal that agrees with the policy: fewer than 3 nodes, or a node on plain http, named by
// scheme://host:port only); a refused file marked "devnet": true is accepted (the policy was its only
// problem); an accepted file keeps every rule (chain id, nodes, confirmations, the policy) and written
// back with toJson() reads to the same configuration and the same bytes.
#include "core/ledger/networkconfig.h"
#include "tests/fuzz/fuzz_check.h"

#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace carnet::core::ledger;

namespace {

void checkAccepted(const NetworkConfig &c)
{
    FUZZ_CHECK(c.chainId >= 1 && c.chainId <= 9007199254740991ULL);
    FUZZ_CHECK(!c.nodes.isEmpty());
    for (const QUrl &url : c.nodes) {
        FUZZ_CHECK(url.isValid() && !url.host().isEmpty());
        FUZZ_CHECK(url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"));
        FUZZ_CHECK(c.devnet || url.scheme() == QLatin1String("https"));
    }
    FUZZ_CHECK(c.devnet || c.nodes.size() >= NetworkConfig::kMinNodes);
    FUZZ_CHECK(!c.refusal());
    FUZZ_CHECK(c.confirmations >= 1 && c.confirmations <= 1000);
    FUZZ_CHECK(c.gas == GasPricing::Market || c.gas == GasPricing::Free);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    QString why;
    NetworkRefusal refusal;
    refusal.kind = NetworkRefusal::NotHttps;
    refusal.node = -7; // so that a Refused without a refusal shows
    const auto config = NetworkConfig::fromJson(json, &why, &refusal);
    if (!config) {
        const NetworkFileError error = config.error();
        FUZZ_CHECK(error == NetworkFileError::Malformed || error == NetworkFileError::Refused);
        FUZZ_CHECK(!why.isEmpty());
        if (error == NetworkFileError::Refused) {
            FUZZ_CHECK(why == describe(refusal));
            if (refusal.kind == NetworkRefusal::TooFewNodes) {
                FUZZ_CHECK(refusal.need == NetworkConfig::kMinNodes);
                FUZZ_CHECK(refusal.have >= 1 && refusal.have < refusal.need);
            } else {
                FUZZ_CHECK(refusal.kind == NetworkRefusal::NotHttps);
                FUZZ_CHECK(refusal.node >= 0);
                FUZZ_CHECK(refusal.label.startsWith(QLatin1String("http://")));
                FUZZ_CHECK(!refusal.label.mid(7).contains(QLatin1Char('/'))); // no path: it may hold an API key
            }
            // The same file as a devnet passes: the policy was its only problem.
            QJsonObject o = QJsonDocument::fromJson(json).object();
            o.insert(QStringLiteral("devnet"), true);
            const auto asDevnet = NetworkConfig::fromJson(QJsonDocument(o).toJson());
            FUZZ_CHECK(asDevnet.ok());
            checkAccepted(*asDevnet);
        }
        return 0;
    }
    checkAccepted(*config);
    const QByteArray written = config->toJson();
    const auto again = NetworkConfig::fromJson(written);
    FUZZ_CHECK(again.ok());
    checkAccepted(*again);
    FUZZ_CHECK(again->name == config->name);
    FUZZ_CHECK(again->chainId == config->chainId);
    FUZZ_CHECK(again->devnet == config->devnet);
    FUZZ_CHECK(again->gas == config->gas);
    FUZZ_CHECK(again->nodes.size() == config->nodes.size());
    FUZZ_CHECK(again->contracts == config->contracts);
    FUZZ_CHECK(again->authorityKeyFile == config->authorityKeyFile);
    FUZZ_CHECK(again->confirmations == config->confirmations);
    FUZZ_CHECK(again->toJson() == written);
    return 0;
}
