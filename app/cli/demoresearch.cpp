// SPDX-License-Identifier: GPL-3.0-or-later
// The demo researcher of `carnet-cli demo seed` (docs/DEMO.md): a key of its own, funded on the devnet,
// licensed as researcher by the devnet's authority, and two studies posted through the service: one
// the demo record satisfies (HbA1c), one it cannot (vitamin D, which the demo record has no test of).
#include "demoresearch.h"
#include "command.h"
#include "ledgercli.h"
#include "researchcli.h"
#include "walletio.h"

#include "core/ledger/contracts/registry.h"
#include "core/ledger/devnet.h"
#include "core/service/researcher.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

constexpr char kDemoResearcherName[] = "Institut de recherche clinique (démo)";

service::StudyDraft demoStudy(bool satisfiable)
{
    service::StudyDraft d;
    if (satisfiable) {
        d.title = QStringLiteral("Glycaemic control over the years (demo)");
        d.purpose = QStringLiteral("How HbA1c and fasting glucose change over several years of treatment for type 2 "
                                   "diabetes. Each participant shares their lab results and demographics, de-identified.");
        d.data.categories = 0;
        d.data.loinc = {QStringLiteral("2345-7"), QStringLiteral("4548-4")};
        d.data.require = {QStringLiteral("4548-4")};
        d.data.demographics = true;
        d.price = ledger::U256(2'000'000'000'000'000ULL); // 0.002 ETH
        d.places = 50;
    } else {
        d.title = QStringLiteral("Vitamin D and bone health (demo)");
        d.purpose = QStringLiteral("Whether vitamin D levels over time relate to fractures. Needs at least one "
                                   "25-hydroxyvitamin D test.");
        d.data.categories = 0;
        d.data.loinc = {QStringLiteral("1989-3")};
        d.data.require = {QStringLiteral("1989-3")};
        d.data.demographics = true;
        d.price = ledger::U256(1'000'000'000'000'000ULL); // 0.001 ETH
        d.places = 20;
    }
    d.deadline = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()) + 180ULL * 86400;
    return d;
}

} // namespace

int demoResearcher(const ledger::NetworkConfig &network, const crypto::PrivateKey &authority)
{
    const QString what = QStringLiteral("demo seed");
    const QString keyPath = QDir(ledger::NetworkConfig::homeDirectory()).filePath(QStringLiteral("demo-researcher.key"));
    std::optional<crypto::PrivateKey> key;
    if (QFileInfo::exists(keyPath)) {
        auto loaded = ledger::loadKeyFile(keyPath);
        if (!loaded)
            return ledgerError(what, ExitKeyFile, QStringLiteral("demo researcher key: %1").arg(QLatin1String(ledger::describe(loaded.error()))));
        key.emplace(std::move(*loaded));
    } else {
        key.emplace(crypto::PrivateKey::generate());
        if (!ledger::saveKeyFile(keyPath, *key))
            return reportError("demo seed", ExitVaultIo, QStringLiteral("cannot write %1").arg(keyPath));
    }
    const crypto::Address account = crypto::addressOf(key->publicKey());
    ledger::EthClient client(network);
    // A devnet only (the caller checked): the researcher's escrow comes from anvil's own faucet.
    const auto funded = client.request(QStringLiteral("anvil_setBalance"),
                                       {ledger::addressText(account), QStringLiteral("0x8ac7230489e80000")}); // 10 ETH
    if (!funded.error.ok())
        return ledgerError(what, statusFor(funded.error), funded.error.toString());
    ledger::Registry registry(client, *network.contract(QStringLiteral("CarnetRegistry")));
    auto licensed = registry.isLicensed(account, ledger::Role::Researcher);
    if (!licensed)
        return ledgerError(what, statusFor(licensed.error()), licensed.error().toString());
    if (!*licensed) {
        auto registered = registry.registerAccount(authority, account, ledger::Role::Researcher, QString::fromUtf8(kDemoResearcherName));
        if (!registered)
            return ledgerError(what, statusFor(registered.error()), registered.error().toString());
    }
    const auto source = service::NetworkSource::loaded(network);
    auto existing = service::researcherStudies(account, source);
    if (!existing)
        return reportResearchFailure(what, existing.error());
    if (existing->empty()) {
        for (const bool satisfiable : {true, false}) {
            auto posted = service::postStudy(*key, demoStudy(satisfiable), source);
            if (!posted)
                return reportResearchFailure(what, posted.error());
            std::printf("study: %s (%s)\n", qPrintable(ledger::hexOf(posted->studyId)), qPrintable(demoStudy(satisfiable).title));
        }
    }
    std::printf("researcher: %s (%s)\nresearcher-key: %s\n", kDemoResearcherName, qPrintable(ledger::addressText(account)),
                qPrintable(keyPath));
    return ExitOk;
}

} // namespace carnet::cli
