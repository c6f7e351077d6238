// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A sync scenario on the ctest fixture "devnet": a licensed provider (fresh key, funded, registered
// by the devnet's authority), a wallet (floor KDF, a fresh recovery phrase so every test has records
// of its own), records connected to it, entries published, and network files whose nodes are the
// fixture's two addresses plus whatever the test adds (a LyingProxy).
#include "core/ledger/contracts/registry.h"
#include "core/sync/publisher.h"
#include "core/sync/syncengine.h"
#include "core/sync/walletrecords.h"
#include "crypto/bip39.h"
#include "tests/core/devnettestutil.h"
#include "tests/core/vaulttestutil.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QTemporaryDir>

namespace carnet::test {

namespace sync = core::sync;

/** One FHIR resource, different each call. */
inline QByteArray observation(int value)
{
    return QStringLiteral(R"({"resourceType":"Observation","id":"obs-%1-%2","status":"final","code":{"text":"Heart rate"},)"
                          R"("effectiveDateTime":"2026-03-0%3T08:00:00Z","valueQuantity":{"value":%4,"unit":"/min"}})")
        .arg(QRandomGenerator::global()->generate64(), 0, 16)
        .arg(value)
        .arg(1 + value % 9)
        .arg(50 + value)
        .toUtf8();
}

struct PublishedEntry
{
    crypto::Hash32 recordId{};
    std::uint64_t sequence = 0;
    QByteArray content;
};

class SyncScenario
{
public:
    core::ledger::NetworkConfig network;
    std::unique_ptr<core::ledger::EthClient> client; ///< the fixture's first node
    crypto::Address recordLog{};
    crypto::Address registry{};
    std::optional<crypto::PrivateKey> authority;
    QTemporaryDir dir;
    std::string phrase;
    std::unique_ptr<core::Vault> vault;
    std::unique_ptr<sync::RecordStore> store;
    std::optional<core::record::RecordKeyring> keyring;
    std::vector<PublishedEntry> published;
    QString lastError; ///< of the last failed publishMany

    /** Loads the devnet and creates the wallet; false (with `why`) when anything fails. */
    bool setUp(QString *why)
    {
        auto config = devnetConfig();
        if (!config) {
            *why = QStringLiteral("no devnet network file: run through ctest (fixture devnet)");
            return false;
        }
        network = *config;
        auto key = core::ledger::loadKeyFile(network.authorityKeyFile);
        const auto log = network.contract(QStringLiteral("RecordLog"));
        const auto reg = network.contract(QStringLiteral("CarnetRegistry"));
        if (!key || !log || !reg) {
            *why = QStringLiteral("the devnet has no authority key or contracts");
            return false;
        }
        authority.emplace(std::move(*key));
        recordLog = *log;
        registry = *reg;
        client = std::make_unique<core::ledger::EthClient>(network.chainId, QList<QUrl>{network.nodes.front()},
                                                           core::ledger::RpcOptions{}, network.gas); // the devnet's free gas
        const crypto::SecureBuffer words = crypto::generateMnemonic();
        phrase.assign(reinterpret_cast<const char *>(words.data()), words.size());
        return openWallet(dir.path() + QStringLiteral("/wallet"), why);
    }

    /** A new vault in `path` from this scenario's phrase (a restore when one already exists elsewhere). */
    bool openWallet(const QString &path, QString *why)
    {
        store.reset();
        vault.reset();
        auto created = core::Vault::create(path, core::test::secret("correct horse battery"), core::test::secret(phrase),
                                           core::test::kFloor);
        if (!created) {
            *why = QStringLiteral("vault: ") + QLatin1String(core::vaultErrorName(created.error()));
            return false;
        }
        vault = std::move(*created);
        store = std::make_unique<sync::RecordStore>(*vault->database());
        auto k = sync::keyringOf(*vault);
        if (!k) {
            *why = QStringLiteral("no keyring");
            return false;
        }
        keyring.emplace(std::move(*k));
        return true;
    }

    /** A fresh key with funds (not licensed). */
    std::optional<crypto::PrivateKey> fundedKey()
    {
        crypto::PrivateKey key = crypto::PrivateKey::generate();
        if (!carnet::test::fundFromDevAccount(*client, crypto::addressOf(key.publicKey()), core::ledger::U256(1'000'000'000'000'000'000ULL)))
            return std::nullopt;
        return key;
    }

    /** A fresh, funded key registered as a provider by the devnet's authority. */
    std::optional<crypto::PrivateKey> licensedProvider(const QString &name = QStringLiteral("Dr. Test"))
    {
        auto key = fundedKey();
        if (!key)
            return std::nullopt;
        core::ledger::Registry reg(*client, registry);
        if (!reg.registerAccount(*authority, crypto::addressOf(key->publicKey()), core::ledger::Role::Provider, name))
            return std::nullopt;
        return key;
    }

    bool revoke(const crypto::PrivateKey &provider)
    {
        core::ledger::Registry reg(*client, registry);
        return reg.revoke(*authority, crypto::addressOf(provider.publicKey()), core::ledger::Role::Provider).ok();
    }

    /** Connects a provider record (its index reserved through the fixture's nodes); its connect code decoded. */
    std::optional<core::record::ConnectCode> connect(const QString &label = QStringLiteral("Clinic"))
    {
        auto connection = sync::connectProvider(network, *store, *keyring, label, QDateTime::currentSecsSinceEpoch());
        if (!connection)
            return std::nullopt;
        auto code = core::record::decodeConnectCode(connection->code);
        if (!code)
            return std::nullopt;
        return *code;
    }

    /** Publishes `content` and remembers it; the error text on failure. */
    core::Result<sync::Published, sync::PublishError> publish(const core::record::ConnectCode &code, const crypto::PrivateKey &author,
                                                        const QByteArray &content, bool patientReported = false)
    {
        sync::PublishRequest request{code, author, content, patientReported, 1'770'000'000, 1};
        auto done = sync::publishEntry(*client, recordLog, request);
        if (done)
            published.push_back({code.recordId, done->sequence, content});
        return done;
    }

    /** Publishes `count` observations; false on the first failure. */
    bool publishMany(const core::record::ConnectCode &code, const crypto::PrivateKey &author, int count)
    {
        for (int i = 0; i < count; ++i) {
            auto done = publish(code, author, observation(i));
            if (!done) {
                lastError = done.error().toString();
                return false;
            }
        }
        return true;
    }

    /** The fixture's two node addresses (or the first twice) plus `extra`. */
    core::ledger::NetworkConfig withNodes(const QList<QUrl> &extra, bool honestPair = true) const
    {
        core::ledger::NetworkConfig n = network;
        n.nodes.clear();
        if (honestPair) {
            n.nodes << network.nodes.front() << (network.nodes.size() > 1 ? network.nodes.at(1) : network.nodes.front());
        }
        n.nodes << extra;
        return n;
    }

    static sync::SyncOptions quickOptions()
    {
        sync::SyncOptions o;
        o.rpc.timeout = std::chrono::seconds(1);
        o.rpc.maxRetries = 0;
        return o;
    }

    sync::SyncResult syncWith(const core::ledger::NetworkConfig &net, sync::SyncOptions options = quickOptions())
    {
        return sync::syncRecords(net, *keyring, *store, options);
    }

    /** (record id, sequence, state, content) of everything stored, in order. */
    std::vector<sync::StoredEntry> stored()
    {
        auto all = store->entries();
        if (!all)
            return {};
        std::sort(all->begin(), all->end(), [](const sync::StoredEntry &a, const sync::StoredEntry &b) {
            return std::tie(a.recordId, a.sequence) < std::tie(b.recordId, b.sequence);
        });
        return std::move(*all);
    }

    /** True when the stored verified entries are exactly the published ones (same bytes, same places). */
    bool storedEqualsPublished(QString *why)
    {
        auto expected = published;
        std::sort(expected.begin(), expected.end(), [](const PublishedEntry &a, const PublishedEntry &b) {
            return std::tie(a.recordId, a.sequence) < std::tie(b.recordId, b.sequence);
        });
        const auto have = stored();
        if (have.size() != expected.size()) {
            *why = QStringLiteral("stored %1 entries, published %2").arg(have.size()).arg(expected.size());
            return false;
        }
        for (std::size_t i = 0; i < have.size(); ++i) {
            const auto &h = have[i];
            const auto &e = expected[i];
            if (h.recordId != e.recordId || h.sequence != e.sequence || h.state != sync::EntryState::Verified
                || h.content != e.content) {
                *why = QStringLiteral("entry %1 differs (sequence %2 vs %3)").arg(i).arg(h.sequence).arg(e.sequence);
                return false;
            }
        }
        return true;
    }

    /** The verdict of the node labelled like `url` in a result, and in the vault's nodes table. */
    static std::optional<sync::NodeVerdict> verdictOf(const sync::SyncResult &result, const QUrl &url)
    {
        const QString label = QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(80));
        for (const auto &n : result.nodes)
            if (n.label == label)
                return n.verdict;
        return std::nullopt;
    }
    std::optional<QString> storedVerdictOf(const QUrl &url)
    {
        const QString label = QStringLiteral("%1://%2:%3").arg(url.scheme(), url.host()).arg(url.port(80));
        if (auto nodes = store->nodes())
            for (const auto &n : *nodes)
                if (n.url == label)
                    return n.verdict;
        return std::nullopt;
    }
};

} // namespace carnet::test
