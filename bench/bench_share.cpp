// SPDX-License-Identifier: GPL-3.0-or-later
// Issuing a grant and opening it (docs/PROTOCOL.md §8, "8.12 Measured"), against the floor of the same
// work. On a devnet of its own (an anvil in a temporary CARNET home, --nodes K URLs of that one chain):
//   1. the demo record (Wallet::seedDemo, docs/DEMO.md; its providers licensed by the devnet's authority);
//   2. an N-entry record (~1 KB FHIR Observations) published in bulk by one licensed provider (automine
//      off, a block every 100 transactions) and synced into a second patient wallet.
// Each record is shared whole (every category bit) to a named clinician (mode 3) and by code (mode 1);
// a clinician wallet of its own (licensed from its identity code, encryption key in the registry)
// opens each grant. Timed, wall clock and CPU time of the whole process:
//   share        Wallet::share, up to the share code (the QR): bundle bytes, parts, transactions, gas;
//   share floor  the crypto the patient cannot avoid: per entry one ECIES unwrap of the content key
//                (unwrapContentKey on the parsed sealed entry), then the AES-256-GCM seal of the bundle
//                plaintext (+ one ECIES seal of the bundle key in mode 3);
//   I/O floors   the record's logs read once from one node (eth_getLogs, the sealed entries the share
//                re-reads), and as many plain transactions of the parts' sizes, each waited for;
//   open         Wallet::openGrant (§8.7: majority checks, the bundle, the records' logs, every entry
//                verified, then the access receipt sent and confirmed), and apart: the same receipt
//                transaction alone, and the grant checks alone (checkGrant, §8.7 steps 1–2);
//   open floor   the bundle open (one ECDH in mode 3, AES-GCM) and per entry the AES-GCM open with its
//                content key (openWithContentKey), one signature recovery (entrySigner) and the keccak
//                of the sealed entry; its I/O floor: the grant's logs and the record's, once, one node;
// and the memory of each open: VmRSS before, VmHWM during (the peak reset first through
// /proc/self/clear_refs). The load average is printed with each figure (2 shared cores: expect noise).
// Run: bench_share [--entries N (10000)] [--nodes K (3)]; the anvil: $CARNET_ANVIL or ledger/node_modules.
#include "bench/benchutil.h"
#include "core/identity.h"
#include "core/ledger/contracts/accessgrants.h"
#include "core/ledger/contracts/contractcall.h"
#include "core/ledger/contracts/recordlog.h"
#include "core/ledger/contracts/registry.h"
#include "core/ledger/devnet.h"
#include "core/record/connectcode.h"
#include "core/record/recordkeys.h"
#include "core/record/sealedentry.h"
#include "core/service/grantledger.h"
#include "core/service/wallet.h"
#include "core/share/clinicianid.h"
#include "core/share/grantkeys.h"
#include "core/share/grantscope.h"
#include "core/share/keybundle.h"
#include "core/share/sealedbundle.h"
#include "core/share/sharecode.h"
#include "core/vault/header.h"
#include "crypto/bip39.h"
#include "crypto/hash.h"
#include "crypto/random.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <set>
#include <vector>

using namespace carnet;
using namespace carnet::core;
using service::ShareRequest;
using service::Wallet;
using bench::Timer;
using bench::loadAverage;
using bench::resetPeakMemory;
using bench::statusField;
using bench::cpuMs;

namespace {

// What die() cleans up: exit() skips main's destructors, and the anvil is detached.
ledger::Devnet *g_devnet = nullptr;
QTemporaryDir *g_home = nullptr;
QTemporaryDir *g_wallets = nullptr;
volatile std::uint8_t g_sink = 0; // keeps the floor's keccaks from being optimised away

[[noreturn]] void die(const char *what, const QString &why)
{
    std::fprintf(stderr, "bench_share: %s: %s\n", what, qPrintable(why));
    if (g_devnet)
        (void)g_devnet->stop();
    for (QTemporaryDir *dir : {g_home, g_wallets})
        if (dir)
            dir->remove();
    std::exit(1);
}

QString failureText(const service::ActionFailure &f)
{
    return QStringLiteral("action error %1, grant problem %2, vault %3, rpc: %4")
        .arg(int(f.error))
        .arg(int(f.grant.problem))
        .arg(int(f.vault))
        .arg(f.rpc.message);
}

crypto::SecureBuffer secret(const char *text)
{
    return crypto::SecureBuffer::copyOf(crypto::asBytes(std::string_view(text)));
}

/** A realistic lab Observation (~1 KB, compact JSON), different for each `i` (as bench_sync). */
QByteArray observation(int i)
{
    const QDateTime when = QDateTime(QDate(2020, 1, 1), QTime(7, 30), Qt::UTC).addSecs(qint64(i) * 3 * 3600);
    const QByteArray date = when.toString(Qt::ISODate).toUtf8();
    const QByteArray value = QByteArray::number(4.2 + (i % 37) * 0.05, 'f', 2);
    return "{\"resourceType\":\"Observation\",\"id\":\"lab-" + QByteArray::number(i)
           + "\",\"meta\":{\"tag\":[{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ActReason\",\"code\":\"HTEST\","
             "\"display\":\"test health data\"}]},\"status\":\"final\",\"category\":[{\"coding\":[{\"system\":"
             "\"http://terminology.hl7.org/CodeSystem/observation-category\",\"code\":\"laboratory\",\"display\":\"Laboratory\"}]}],"
             "\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"2345-7\",\"display\":\"Glucose [Mass/volume] in "
             "Serum or Plasma\"}],\"text\":\"Glyc\xc3\xa9mie \xc3\xa0 jeun\"},\"subject\":{\"reference\":\"Patient/demo-patient\"},"
             "\"effectiveDateTime\":\"" + date + "\",\"issued\":\"" + date + "\",\"performer\":[{\"reference\":\"Organization/"
             "demo-org-2\",\"display\":\"Laboratoire Bio-Sant\xc3\xa9\"}],\"valueQuantity\":{\"value\":" + value
           + ",\"unit\":\"mmol/L\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mmol/L\"},\"interpretation\":[{\"coding\":"
             "[{\"system\":\"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation\",\"code\":\"N\",\"display\":"
             "\"Normal\"}]}],\"referenceRange\":[{\"low\":{\"value\":3.9,\"unit\":\"mmol/L\"},\"high\":{\"value\":5.5,\"unit\":"
             "\"mmol/L\"},\"text\":\"3,9 - 5,5 mmol/L\"}],\"note\":[{\"text\":\"Pr\xc3\xa9l\xc3\xa8vement \xc3\xa0 jeun, "
             "centrifug\xc3\xa9 sous 30 min.\"}]}";
}

ledger::RpcAnswer rpc(ledger::EthClient &client, const char *method, const QJsonArray &params = {})
{
    ledger::RpcAnswer answer = client.request(QLatin1String(method), params);
    if (!answer.error.ok())
        die(method, answer.error.toString());
    return answer;
}

/** A patient wallet and what the bench knows of it beside the wallet (its phrase's record keys). */
struct Patient
{
    QString name;
    std::unique_ptr<Wallet> wallet;
    std::optional<record::RecordKeyring> keyring;
};

Patient newPatient(const QString &dir, const QString &name)
{
    const crypto::SecureBuffer phrase = Wallet::newRecoveryPhrase();
    auto created = Wallet::create(dir, secret("bench passphrase"), phrase.clone(), kArgon2Floor);
    if (!created)
        die("wallet", QStringLiteral("cannot create a wallet in %1").arg(dir));
    auto keyring = record::RecordKeyring::fromPhrase(phrase.asStringView());
    if (!keyring)
        die("keyring", QStringLiteral("cannot derive the record keys"));
    return Patient{name, std::move(*created), std::move(*keyring)};
}

/** One sealed entry of a record as the nodes hold it, and where it belongs. */
struct SealedOnChain
{
    record::RecordId recordId{};
    std::uint64_t sequence = 0;
    std::uint32_t recordIndex = 0;
    crypto::Address author{};
    crypto::Bytes bytes;
};

/** The patient's verified entries, read from the nodes once (the I/O floor of the share). */
struct RecordSnapshot
{
    std::vector<SealedOnChain> entries; ///< by (recordId, sequence)
    std::size_t records = 0;
    double getLogsMs = 0;
    qint64 getLogsBytes = 0;
    int getLogsRequests = 0;
};

RecordSnapshot snapshot(Wallet &wallet, const ledger::NetworkConfig &network, const crypto::Address &recordLog)
{
    sync::EntryQuery query;
    query.withContent = false;
    query.verifiedOnly = true;
    auto view = wallet.read(query);
    if (!view)
        die("read", failureText(view.error()));
    std::set<std::pair<crypto::Hash32, std::uint64_t>> verified;
    std::map<crypto::Hash32, std::uint32_t> indexes;
    for (const sync::StoredEntry &e : view->entries)
        verified.emplace(e.recordId, e.sequence);
    for (const sync::StoredRecord &r : view->records)
        indexes[r.recordId] = r.index;
    std::set<crypto::Hash32> withEntries;
    for (const auto &[id, sequence] : verified)
        withEntries.insert(id);

    RecordSnapshot out;
    out.records = withEntries.size();
    ledger::EthClient one(network.chainId, QList<QUrl>{network.nodes.front()}, ledger::RpcOptions{}, network.gas);
    const std::uint64_t head = one.blockNumber().value();
    const Timer t;
    for (const crypto::Hash32 &id : withEntries) {
        ledger::LogQueryStats stats;
        auto logs = one.getLogs(ledger::RecordLog(one, recordLog).entryFilter(id), 0, head, {}, &stats);
        if (!logs)
            die("getLogs", logs.error().toString());
        out.getLogsBytes += stats.bytes;
        out.getLogsRequests += stats.requests;
        for (const ledger::LogEntry &log : *logs) {
            auto e = ledger::decodeEntryPublished(log);
            if (!e || !verified.count({e->recordId, e->sequence}))
                continue;
            out.entries.push_back(SealedOnChain{e->recordId, e->sequence, indexes.at(e->recordId), e->author, std::move(e->sealedEntry)});
        }
    }
    out.getLogsMs = t.wall();
    std::sort(out.entries.begin(), out.entries.end(), [](const SealedOnChain &a, const SealedOnChain &b) {
        return std::tie(a.recordId, a.sequence) < std::tie(b.recordId, b.sequence);
    });
    if (out.entries.size() != verified.size())
        die("getLogs", QStringLiteral("%1 of the wallet's %2 verified entries found on the node").arg(out.entries.size()).arg(verified.size()));
    return out;
}

/** The patient's crypto floor: the unwraps, then each mode's seal of the same plaintext. */
struct ShareFloor
{
    double unwrapMs = 0, unwrapCpuMs = 0;
    double sealCodeMs = 0, sealCodeCpuMs = 0;
    double sealNamedMs = 0, sealNamedCpuMs = 0;
    std::size_t plaintextBytes = 0;
};

ShareFloor shareFloor(const RecordSnapshot &records, const record::RecordKeyring &keyring, const ledger::NetworkConfig &network,
                      const crypto::Address &grantsAddress, const crypto::PublicKey &clinicianKey)
{
    std::vector<record::ParsedEntry> parsed;
    parsed.reserve(records.entries.size());
    std::map<std::uint32_t, crypto::PrivateKey> keys;
    for (const SealedOnChain &e : records.entries) {
        auto p = record::parseSealedEntry(e.bytes);
        if (!p)
            die("floor", QStringLiteral("a sealed entry does not parse"));
        parsed.push_back(*p);
        if (!keys.count(e.recordIndex)) {
            auto key = keyring.recordKey(e.recordIndex);
            if (!key)
                die("floor", QStringLiteral("no record key"));
            keys.emplace(e.recordIndex, key->clone());
        }
    }
    ShareFloor floor;
    std::vector<crypto::SecureBuffer> contentKeys;
    contentKeys.reserve(parsed.size());
    {
        const Timer t;
        for (std::size_t i = 0; i < parsed.size(); ++i) {
            const SealedOnChain &e = records.entries[i];
            auto key = record::unwrapContentKey(parsed[i], e.recordId, e.sequence, keys.at(e.recordIndex));
            if (!key)
                die("floor", QStringLiteral("a content key does not unwrap"));
            contentKeys.push_back(std::move(*key));
        }
        floor.unwrapMs = t.wall();
        floor.unwrapCpuMs = t.cpu();
    }
    // The plaintext of the same grant (not timed: serialisation, not crypto).
    share::GrantScope scope;
    scope.categories = share::kCategoryMask;
    share::KeyBundle bundle;
    crypto::randomFill(std::span<std::uint8_t>(bundle.grantId.data(), bundle.grantId.size()));
    bundle.scope = *share::encodeScope(scope);
    for (std::size_t i = 0; i < records.entries.size(); ++i) {
        const SealedOnChain &e = records.entries[i];
        if (bundle.records.empty() || bundle.records.back().recordId != e.recordId)
            bundle.records.push_back(share::BundleRecord{e.recordId, *keyring.patientAddress(e.recordIndex), {}});
        bundle.records.back().entries.push_back(share::BundleEntry{static_cast<std::uint32_t>(e.sequence), std::move(contentKeys[i])});
    }
    auto plaintext = share::encodeKeyBundle(bundle);
    if (!plaintext)
        die("floor", QStringLiteral("the key bundle does not encode"));
    floor.plaintextBytes = plaintext->size();
    const share::BundleContext context{network.chainId, grantsAddress, bundle.grantId};
    const crypto::Bytes shareSecret = crypto::randomBytes(share::kShareSecretSize);
    {
        const Timer t;
        auto sealed = share::sealCodeBundle(share::BundleMode::Code, plaintext->view(), context, shareSecret);
        floor.sealCodeMs = t.wall();
        floor.sealCodeCpuMs = t.cpu();
        if (!sealed)
            die("floor", QStringLiteral("the bundle does not seal (code)"));
    }
    {
        const Timer t;
        auto sealed = share::sealNamedBundle(plaintext->view(), context, clinicianKey);
        floor.sealNamedMs = t.wall();
        floor.sealNamedCpuMs = t.cpu();
        if (!sealed)
            die("floor", QStringLiteral("the bundle does not seal (named)"));
    }
    return floor;
}

/** Plain transactions of the parts' sizes (random calldata to an account without code), each sent and
 *  waited for like a part (its receipt polled every 2 ms): what sending the bundle costs at least. */
double sendingFloorMs(ledger::EthClient &client, const ledger::NetworkConfig &network, std::size_t bundleBytes)
{
    const crypto::PrivateKey sender = crypto::PrivateKey::generate();
    const crypto::Address sink = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
    std::vector<ledger::TxRequest> requests;
    for (std::size_t offset = 0; offset < bundleBytes; offset += share::kPartBytes) {
        ledger::TxRequest r;
        r.to = sink;
        r.data = crypto::randomBytes(std::min(share::kPartBytes, bundleBytes - offset));
        auto gas = client.estimateGas(crypto::addressOf(sender.publicKey()), r);
        if (!gas)
            die("estimateGas", gas.error().toString());
        r.gasLimit = *gas;
        requests.push_back(std::move(r));
    }
    const Timer t;
    for (const ledger::TxRequest &r : requests) {
        auto hash = client.sendTransaction(sender, r);
        if (!hash)
            die("send", hash.error().toString());
        // Polled every 2 ms (the service polls every 100 ms): the node's own latency, not the poll's.
        auto receipt = client.waitForReceipt(*hash, std::max(network.confirmations, 1), std::chrono::seconds(60),
                                             std::chrono::milliseconds(2));
        if (!receipt || !receipt->success)
            die("send", QStringLiteral("a plain transaction did not go through"));
    }
    return t.wall();
}

/** The clinician's crypto floor for one grant and its I/O floor (the grant's logs, once, one node). */
struct OpenFloor
{
    double grantLogsMs = 0;
    double bundleOpenMs = 0, bundleOpenCpuMs = 0;
    double entriesMs = 0, entriesCpuMs = 0;
    std::size_t entries = 0;
};

OpenFloor openFloor(const ledger::NetworkConfig &network, const crypto::Address &grantsAddress, const crypto::Address &recordLog,
                    const share::ShareCode &code, const share::GrantKeys &clinician, const RecordSnapshot &records)
{
    OpenFloor floor;
    ledger::EthClient one(network.chainId, QList<QUrl>{network.nodes.front()}, ledger::RpcOptions{}, network.gas);
    const std::uint64_t head = one.blockNumber().value();
    std::map<std::uint16_t, crypto::Bytes> parts;
    {
        const Timer t;
        auto logs = one.getLogs(ledger::AccessGrants(one, grantsAddress).grantFilter(code.grantId), 0, head);
        if (!logs)
            die("getLogs", logs.error().toString());
        for (const ledger::LogEntry &log : *logs) {
            if (auto issued = ledger::decodeGrantIssued(log))
                parts[0] = std::move(issued->firstPart);
            else if (auto part = ledger::decodeKeyBundlePart(log))
                parts[part->index] = std::move(part->part);
        }
        floor.grantLogsMs = t.wall();
    }
    std::vector<crypto::Bytes> joined;
    for (auto &[index, part] : parts)
        joined.push_back(std::move(part));
    auto bundle = share::joinParts(joined);
    if (!bundle)
        die("floor", QStringLiteral("the bundle's parts do not join"));

    Result<crypto::SecureBuffer, share::BundleError> plain = fail(share::BundleError::Damaged);
    {
        const Timer t;
        if (code.mode == share::BundleMode::Named)
            plain = share::openNamedBundle(*bundle, code.context(), clinician.clinicianEncryption());
        else
            plain = share::openCodeBundle(code.mode, *bundle, code.context(), code.shareSecret.view());
        floor.bundleOpenMs = t.wall();
        floor.bundleOpenCpuMs = t.cpu();
    }
    if (!plain)
        die("floor", QStringLiteral("the bundle does not open"));
    auto keyBundle = share::decodeKeyBundle(plain->view());
    if (!keyBundle)
        die("floor", QStringLiteral("the bundle does not decode"));

    // The sealed entries as the clinician reads them (parsing is not timed: it is not crypto).
    std::map<std::pair<crypto::Hash32, std::uint64_t>, std::size_t> where;
    std::vector<record::ParsedEntry> parsed;
    parsed.reserve(records.entries.size());
    for (std::size_t i = 0; i < records.entries.size(); ++i) {
        where[{records.entries[i].recordId, records.entries[i].sequence}] = i;
        parsed.push_back(*record::parseSealedEntry(records.entries[i].bytes));
    }
    struct Job
    {
        std::size_t at;
        const crypto::SecureBuffer *key;
    };
    std::vector<Job> jobs;
    for (const share::BundleRecord &r : keyBundle->records)
        for (const share::BundleEntry &e : r.entries)
            jobs.push_back(Job{where.at({r.recordId, e.sequence}), &e.contentKey});
    const record::EntryDomain domain{network.chainId, recordLog};
    crypto::Hash32 fold{}; // keeps the keccaks from being optimised away
    {
        const Timer t;
        for (const Job &job : jobs) {
            const SealedOnChain &e = records.entries[job.at];
            auto opened = record::openWithContentKey(parsed[job.at], e.recordId, e.sequence, job.key->view());
            if (!opened)
                die("floor", QStringLiteral("an entry does not open with its content key"));
            auto signer = record::entrySigner(parsed[job.at], e.recordId, e.sequence, opened->contentHash, domain);
            if (!signer || *signer != e.author)
                die("floor", QStringLiteral("an entry has another signer"));
            const crypto::Hash32 h = record::entryHashOf(e.bytes);
            fold[h[0] % 32] ^= h[1];
        }
        floor.entriesMs = t.wall();
        floor.entriesCpuMs = t.cpu();
    }
    g_sink = fold[0];
    floor.entries = jobs.size();
    return floor;
}

struct Row
{
    QString scenario;
    const char *mode;
    std::size_t entries = 0, records = 0;
    std::uint32_t bundleBytes = 0;
    std::uint16_t parts = 0;
    std::size_t transactions = 0;
    std::uint64_t gas = 0;
    double shareMs = 0, shareCpuMs = 0, shareFloorMs = 0, shareFloorCpuMs = 0, getLogsMs = 0, sendingMs = 0;
    double openMs = 0, openCpuMs = 0, receiptMs = 0, checkMs = 0, openFloorMs = 0, openFloorCpuMs = 0, openIoMs = 0, nameMs = 0;
    QByteArray rssBefore, peak, loadShare, loadOpen;
};

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    int entries = 10000, nodes = 3;
    const QStringList args = app.arguments();
    for (qsizetype i = 1; i + 1 < args.size(); i += 2) {
        if (args[i] == QLatin1String("--entries"))
            entries = args[i + 1].toInt();
        else if (args[i] == QLatin1String("--nodes"))
            nodes = args[i + 1].toInt();
    }
    if (entries < 1 || nodes < 1 || nodes > 8 || args.size() % 2 == 0)
        die("usage", QStringLiteral("bench_share [--entries N] [--nodes K (1-8)]"));

    // A devnet of its own.
    QTemporaryDir home;
    ledger::Devnet devnet(home.path());
    ledger::DevnetOptions devnetOptions;
    devnetOptions.nodes = nodes;
    g_home = &home;
    auto started = devnet.start(devnetOptions);
    if (!started)
        die("devnet", started.error().message);
    g_devnet = &devnet;
    struct Stop { ledger::Devnet &d; ~Stop() { g_devnet = nullptr; (void)d.stop(); } } stop{devnet};
    const ledger::NetworkConfig network = std::move(*started);
    const service::NetworkSource net = service::NetworkSource::loaded(network);
    ledger::EthClient client(network);
    if (!client.checkNodes())
        die("devnet", QStringLiteral("no node answers"));
    const crypto::Address recordLog = *network.contract(QStringLiteral("RecordLog"));
    const crypto::Address registryAddress = *network.contract(QStringLiteral("CarnetRegistry"));
    const crypto::Address grantsAddress = *network.contract(QStringLiteral("AccessGrants"));
    auto authority = ledger::loadKeyFile(network.authorityKeyFile);
    if (!authority)
        die("authority key", QLatin1String(ledger::describe(authority.error())));
    ledger::Registry registry(client, registryAddress);
    std::printf("bench_share: entries %d, nodes %d (URLs of one anvil), confirmations %d, %d cores\n", entries, nodes,
                network.confirmations, QThread::idealThreadCount());

    QTemporaryDir wallets;
    g_wallets = &wallets;

    // The clinician: a wallet of its own, licensed from its identity code, its encryption key set. The
    // bench derives the same keys from the phrase to open bundles for the floor and to time a receipt.
    const crypto::SecureBuffer doctorPhrase = Wallet::newRecoveryPhrase();
    auto doctorCreated = Wallet::create(wallets.filePath(QStringLiteral("doctor")), secret("bench passphrase"), doctorPhrase.clone(), kArgon2Floor);
    if (!doctorCreated)
        die("wallet", QStringLiteral("cannot create the clinician's wallet"));
    std::unique_ptr<Wallet> doctor = std::move(*doctorCreated);
    auto identity = doctor->clinicianIdentity();
    if (!identity)
        die("clinician", failureText(identity.error()));
    auto doctorCode = share::decodeClinicianCode(identity->code);
    if (!doctorCode)
        die("clinician", QStringLiteral("the identity code does not decode"));
    if (auto r = registry.registerAccount(*authority, doctorCode->account, ledger::Role::Clinician, QStringLiteral("Dr. Bench")); !r)
        die("register clinician", r.error().toString());
    if (auto r = registry.setEncryptionKey(*authority, doctorCode->account, doctorCode->encryptionKey.compressed()); !r)
        die("clinician key", r.error().toString());
    auto doctorMaster = core::masterKeyFromParse(crypto::parseMnemonic(doctorPhrase.asStringView()));
    if (!doctorMaster)
        die("clinician", QStringLiteral("the phrase gives no master key"));
    auto doctorKeys = share::GrantKeys::fromMaster(*doctorMaster);
    if (!doctorKeys || doctorKeys->clinicianAddress() != doctorCode->account)
        die("clinician", QStringLiteral("the phrase's clinician keys are not the wallet's"));

    std::vector<Patient> patients;

    // 1. The demo record.
    {
        Patient demo = newPatient(wallets.filePath(QStringLiteral("demo")), QStringLiteral("demo record"));
        const Timer t;
        const sync::DemoSeedResult seeded = demo.wallet->seedDemo(network, *authority);
        if (!seeded.ok)
            die("demo seed", seeded.problem);
        std::printf("demo record: %d entries published by %lld providers and synced in %.1f s\n", seeded.published,
                    static_cast<long long>(seeded.providers.size()), t.wall() / 1000);
        patients.push_back(std::move(demo));
    }

    // 2. An N-entry record published in bulk by a licensed provider, synced into a second wallet.
    {
        Patient bulk = newPatient(wallets.filePath(QStringLiteral("bulk")), QStringLiteral("%1-entry record").arg(entries));
        auto connection = bulk.wallet->connectProvider(QStringLiteral("Bench Lab"), net);
        if (!connection)
            die("connect", failureText(connection.error()));
        auto code = record::decodeConnectCode(connection->code);
        if (!code)
            die("connect", QStringLiteral("the connect code does not decode"));
        const crypto::PrivateKey provider = crypto::PrivateKey::generate();
        const crypto::Address providerAddress = crypto::addressOf(provider.publicKey());
        if (auto reg = registry.registerAccount(*authority, providerAddress, ledger::Role::Provider, QStringLiteral("Bench Lab")); !reg)
            die("register", reg.error().toString());
        const record::EntryDomain domain{network.chainId, recordLog};
        std::vector<crypto::Bytes> sealed;
        sealed.reserve(std::size_t(entries));
        Timer t;
        for (int i = 0; i < entries; ++i) {
            const QByteArray content = observation(i);
            const record::EntryToSeal toSeal{code->recordId, std::uint64_t(i), code->recordKey,
                                             crypto::ByteView(reinterpret_cast<const std::uint8_t *>(content.constData()), std::size_t(content.size())),
                                             std::uint64_t(1700000000 + i), false, provider, domain};
            auto entry = record::sealEntry(toSeal);
            if (!entry)
                die("seal", QLatin1String(record::describe(entry.error())));
            sealed.push_back(std::move(*entry));
        }
        const ledger::AbiSignature publish = ledger::functionSignature(carnet::contracts::recordLog::contract(),
                                                                       carnet::contracts::recordLog::fnPublish);
        auto callData = [&](int i) {
            auto data = ledger::abiEncodeCall(publish, {ledger::bytes32Value(code->recordId), ledger::U256(std::uint64_t(i)), sealed[std::size_t(i)]});
            if (!data)
                die("encode", QLatin1String(ledger::describe(data.error())));
            return std::move(*data);
        };
        ledger::TxRequest request;
        request.to = recordLog;
        request.data = callData(0);
        auto gas = client.estimateGas(providerAddress, request);
        if (!gas)
            die("estimateGas", gas.error().toString());
        const std::uint64_t gasLimit = *gas * 3 / 2;
        rpc(client, "evm_setAutomine", {false});
        crypto::Hash32 last{};
        for (int i = 0; i < entries; ++i) {
            request.data = callData(i);
            request.gasLimit = gasLimit;
            auto hash = client.sendTransaction(provider, request);
            if (!hash)
                die("send", hash.error().toString());
            last = *hash;
            if (i % 100 == 99)
                rpc(client, "evm_mine");
        }
        rpc(client, "evm_mine");
        rpc(client, "evm_setAutomine", {true});
        auto receipt = client.waitForReceipt(last, 1, std::chrono::seconds(120));
        if (!receipt || !receipt->success)
            die("publish", QStringLiteral("the last entry did not go through"));
        sealed.clear();
        sealed.shrink_to_fit();
        const double publishedMs = t.wall();
        t = Timer();
        auto synced = bulk.wallet->sync({}, net);
        if (!synced || !synced->round.ok || synced->round.newEntries != entries)
            die("sync", synced ? QStringLiteral("%1 new entries of %2").arg(synced->round.newEntries).arg(entries) : failureText(synced.error()));
        std::printf("%d-entry record: sealed and published in %.1f s, synced into the wallet in %.1f s\n", entries,
                    publishedMs / 1000, t.wall() / 1000);
        patients.push_back(std::move(bulk));
    }

    std::vector<Row> rows;
    ledger::EthClient sender(network);
    for (Patient &patient : patients) {
        const RecordSnapshot records = snapshot(*patient.wallet, network, recordLog);
        std::size_t providerEntries = 0;
        std::vector<crypto::Address> providerAuthors;
        for (const SealedOnChain &e : records.entries) {
            auto own = patient.keyring->patientAddress(e.recordIndex);
            if (own && *own == e.author)
                continue;
            ++providerEntries;
            if (std::find(providerAuthors.begin(), providerAuthors.end(), e.author) == providerAuthors.end())
                providerAuthors.push_back(e.author);
        }
        const ShareFloor floor = shareFloor(records, *patient.keyring, network, grantsAddress, doctorCode->encryptionKey);
        std::printf("\n== %s: %zu verified entries in %zu records (%zu by %zu providers); load average %s\n",
                    qPrintable(patient.name), records.entries.size(), records.records, providerEntries, providerAuthors.size(),
                    loadAverage().constData());
        std::printf("  I/O floor: the records' logs once from one node (eth_getLogs): %.1f ms, %d requests, %.1f MB\n",
                    records.getLogsMs, records.getLogsRequests, double(records.getLogsBytes) / 1e6);
        std::printf("  crypto floor (patient): %zu ECIES unwraps %.1f ms (CPU %.1f); AES-256-GCM seal of the %zu-byte plaintext"
                    " %.2f ms (mode 1), ECIES + AES-GCM %.2f ms (mode 3)\n",
                    records.entries.size(), floor.unwrapMs, floor.unwrapCpuMs, floor.plaintextBytes, floor.sealCodeMs, floor.sealNamedMs);

        for (const share::BundleMode mode : {share::BundleMode::Named, share::BundleMode::Code}) {
            const bool named = mode == share::BundleMode::Named;
            Row row;
            row.scenario = patient.name;
            row.mode = named ? "named (3)" : "code (1)";
            ShareRequest request;
            request.scope.categories = share::kCategoryMask;
            if (named)
                request.clinicianCode = identity->code;
            row.loadShare = loadAverage();
            const Timer t;
            auto issued = patient.wallet->share(request, net);
            row.shareMs = t.wall();
            row.shareCpuMs = t.cpu();
            if (!issued)
                die("share", failureText(issued.error()));
            row.entries = issued->grant.entryCount;
            row.records = issued->grant.recordCount;
            row.bundleBytes = issued->grant.bundleBytes;
            row.parts = issued->grant.parts;
            row.transactions = issued->transactions.size();
            row.gas = issued->gasUsed;
            if (row.entries != records.entries.size())
                die("share", QStringLiteral("the grant holds %1 entries of %2").arg(row.entries).arg(records.entries.size()));
            row.shareFloorMs = floor.unwrapMs + (named ? floor.sealNamedMs : floor.sealCodeMs);
            row.shareFloorCpuMs = floor.unwrapCpuMs + (named ? floor.sealNamedCpuMs : floor.sealCodeCpuMs);
            row.getLogsMs = records.getLogsMs;
            row.sendingMs = sendingFloorMs(sender, network, row.bundleBytes);
            std::printf("  share %-9s time to QR %8.1f ms wall, %8.1f ms CPU; %zu entries, bundle %u bytes, %u parts, %zu transactions,"
                        " gas %llu; code %lld characters (load %s)\n",
                        row.mode, row.shareMs, row.shareCpuMs, row.entries, row.bundleBytes, row.parts, row.transactions,
                        static_cast<unsigned long long>(row.gas), static_cast<long long>(issued->shareCode.size()), row.loadShare.constData());
            std::printf("      crypto floor %.1f ms (CPU %.1f): ratio %.1f wall, %.1f CPU\n", row.shareFloorMs, row.shareFloorCpuMs,
                        row.shareMs / row.shareFloorMs, row.shareCpuMs / row.shareFloorCpuMs);
            std::printf("      of the wall time: crypto floor %.1f ms, logs read once %.1f ms, %u plain transactions of the parts' sizes"
                        " each waited for %.1f ms, the rest %.1f ms (majority reads, the vault, gas estimates, 100 ms receipt polls)\n",
                        row.shareFloorMs, row.getLogsMs, row.parts, row.sendingMs,
                        row.shareMs - row.shareFloorMs - row.getLogsMs - row.sendingMs);

            // The clinician opens it.
            auto code = share::decodeShareCode(issued->shareCode);
            if (!code)
                die("share code", QStringLiteral("does not decode"));
            row.rssBefore = statusField("VmRSS:");
            row.loadOpen = loadAverage();
            resetPeakMemory();
            {
                const Timer o;
                auto opened = doctor->openGrant(issued->shareCode, {}, net);
                row.openMs = o.wall();
                row.openCpuMs = o.cpu();
                row.peak = statusField("VmHWM:");
                if (!opened)
                    die("open", failureText(opened.error()));
                const auto refused = std::count_if(opened->entries.begin(), opened->entries.end(),
                                                   [](const sync::StoredEntry &e) { return e.state != sync::EntryState::Verified; });
                if (opened->entries.size() != row.entries || refused != 0)
                    die("open", QStringLiteral("%1 entries shown, %2 refused, of %3").arg(opened->entries.size()).arg(refused).arg(row.entries));
            } // the view dropped

            // Apart: the receipt transaction alone (as openGrant sends it, waited for), the grant checks alone.
            {
                crypto::Hash32 receiptHash{};
                crypto::randomFill(std::span<std::uint8_t>(receiptHash.data(), receiptHash.size()));
                ledger::EthClient receiptClient(network);
                const Timer r;
                auto sent = ledger::AccessGrants(receiptClient, grantsAddress)
                                .recordAccess(doctorKeys->clinicianAccount(), code->grantId, receiptHash, network.confirmations);
                row.receiptMs = r.wall();
                if (!sent)
                    die("receipt", sent.error().toString());
            }
            {
                const Timer c;
                auto checked = doctor->checkGrant(issued->shareCode, net);
                row.checkMs = c.wall();
                if (!checked)
                    die("checkGrant", failureText(checked.error()));
            }
            const OpenFloor of = openFloor(network, grantsAddress, recordLog, *code, *doctorKeys, records);
            row.openFloorMs = of.bundleOpenMs + of.entriesMs;
            row.openFloorCpuMs = of.bundleOpenCpuMs + of.entriesCpuMs;
            row.openIoMs = of.grantLogsMs + records.getLogsMs;
            // openGrant asks the registry name of each provider entry's author (a majority round each):
            // the time of such rounds, measured here on this grant's authors.
            {
                service::GrantLedger ledger(network);
                if (!ledger.assess().ok)
                    die("GrantLedger", QStringLiteral("no round"));
                const std::size_t rounds = std::min<std::size_t>(providerEntries, 200);
                const Timer n;
                for (std::size_t i = 0; i < rounds; ++i)
                    (void)ledger.nameOf(providerAuthors[i % providerAuthors.size()]);
                row.nameMs = rounds ? n.wall() / double(rounds) * double(providerEntries) : 0;
                std::printf("  open  %-9s %8.1f ms wall, %8.1f ms CPU; %zu entries verified; VmRSS %s before, VmHWM %s during"
                            " (load %s)\n",
                            row.mode, row.openMs, row.openCpuMs, row.entries, row.rssBefore.constData(), row.peak.constData(),
                            row.loadOpen.constData());
                std::printf("      crypto floor %.1f ms (CPU %.1f): bundle open %.2f ms, %zu x (AES-GCM open + ecrecover + keccak)"
                            " %.1f ms; ratio %.1f wall, %.1f CPU\n",
                            row.openFloorMs, row.openFloorCpuMs, of.bundleOpenMs, of.entries, of.entriesMs, row.openMs / row.openFloorMs,
                            row.openCpuMs / row.openFloorCpuMs);
                std::printf("      the receipt transaction alone %.1f ms, so to the entries about %.1f ms; checkGrant (steps 1-2) alone"
                            " %.1f ms\n",
                            row.receiptMs, row.openMs - row.receiptMs, row.checkMs);
                std::printf("      I/O floor: the grant's logs %.1f ms + the records' logs %.1f ms, once, one node;"
                            " registry name rounds, one per provider entry: %.3f ms each over %zu rounds, %.1f ms for %zu\n",
                            of.grantLogsMs, records.getLogsMs, rounds ? n.wall() / double(rounds) : 0.0, rounds, row.nameMs,
                            providerEntries);
            }
            rows.push_back(std::move(row));
        }
    }

    std::printf("\n| record | mode | entries | records | bundle bytes | parts | txs | gas | share wall ms | share CPU ms | floor ms | ratio |"
                " open wall ms | open CPU ms | receipt ms | floor ms | ratio | VmHWM (open) |\n");
    std::printf("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|\n");
    for (const Row &r : rows)
        std::printf("| %s | %s | %zu | %zu | %u | %u | %zu | %llu | %.0f | %.0f | %.1f | %.1f | %.0f | %.0f | %.0f | %.1f | %.1f | %s |\n",
                    qPrintable(r.scenario), r.mode, r.entries, r.records, r.bundleBytes, r.parts, r.transactions,
                    static_cast<unsigned long long>(r.gas), r.shareMs, r.shareCpuMs, r.shareFloorMs, r.shareMs / r.shareFloorMs,
                    r.openMs, r.openCpuMs, r.receiptMs, r.openFloorMs, r.openMs / r.openFloorMs, r.peak.constData());
    std::printf("load average at the end: %s (%d cores)\n", loadAverage().constData(), QThread::idealThreadCount());
    return 0;
}
