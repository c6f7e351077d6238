// SPDX-License-Identifier: GPL-3.0-or-later
// bench_research (docs/PROTOCOL.md §9.10): de-identifying the demo record and a 10,000-resource record
// into a dataset (time, memory) beside the floor of the same work — parsing each resource once, one
// HMAC per keyed id, the keccak of the dataset —; sealing it (raw DEFLATE + ECIES) and its floor; and a
// join end to end on a devnet of its own (preview, parts and join sent and confirmed by majority).
// Built, never run by ctest.
#include "bench/benchutil.h"
#include "core/demo/demorecord.h"
#include "core/fhir/json.h"
#include "core/ledger/contracts/registry.h"
#include "core/ledger/devnet.h"
#include "core/research/dataset.h"
#include "core/research/datasetseal.h"
#include "core/research/deid.h"
#include "core/service/researcher.h"
#include "core/service/wallet.h"
#include "crypto/ecies.h"
#include "crypto/hash.h"
#include "crypto/random.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

using namespace carnet;
using namespace carnet::core;
using bench::Timer;

namespace {

volatile std::uint8_t g_sink = 0;

[[noreturn]] void die(const char *what, const QString &why)
{
    std::fprintf(stderr, "bench_research: %s: %s\n", what, qPrintable(why));
    std::exit(1);
}

crypto::ByteView viewOf(const QByteArray &b)
{
    return {reinterpret_cast<const std::uint8_t *>(b.constData()), std::size_t(b.size())};
}

/** The demo record's resources repeated with fresh ids up to `count`. */
std::vector<QByteArray> resources(const demo::DemoRecord &record, std::size_t count)
{
    std::vector<QByteArray> out;
    for (std::size_t i = 0; out.size() < count; ++i) {
        const demo::DemoItem &item = record.items[qsizetype(i % std::size_t(record.items.size()))];
        QByteArray json = item.json;
        if (i >= std::size_t(record.items.size()))
            json.replace(QByteArray("\"id\":\"" + item.id.toUtf8() + '"'),
                         QByteArray("\"id\":\"" + item.id.toUtf8() + '-' + QByteArray::number(qulonglong(i)) + '"'));
        out.push_back(std::move(json));
    }
    return out;
}

struct DeidRun
{
    double wallMs = 0, cpuMs = 0, floorMs = 0;
    std::size_t resources = 0, kept = 0, datasetBytes = 0;
    QByteArray peak;
    QByteArray dataset;
};

DeidRun deidentifyAll(const std::vector<QByteArray> &input)
{
    research::DeidPolicy policy;
    policy.idSecret = crypto::SecureBuffer::copyOf(crypto::randomBytes(32));
    policy.asOf = QDate(2027, 6, 1);
    DeidRun run;
    run.resources = input.size();
    bench::resetPeakMemory();
    const Timer t;
    std::vector<QByteArray> lines;
    for (const QByteArray &r : input)
        if (auto outcome = research::deidentify(r, policy); outcome && !outcome->excluded)
            lines.push_back(std::move(outcome->json));
    run.kept = lines.size();
    auto dataset = research::buildDataset({31337, {}, {}, {}}, std::move(lines));
    if (!dataset)
        die("dataset", QLatin1String(research::datasetErrorName(dataset.error())));
    g_sink = g_sink ^ research::datasetHash(*dataset)[0];
    run.wallMs = t.wall();
    run.cpuMs = t.cpu();
    run.peak = bench::statusField("VmHWM:");
    run.datasetBytes = std::size_t(dataset->size());
    run.dataset = std::move(*dataset);
    // The floor: each resource parsed once, one keyed id (HMAC-SHA256) each, the dataset's keccak.
    const Timer f;
    for (const QByteArray &r : input) {
        auto tree = fhir::parseResource(r);
        g_sink = g_sink ^ std::uint8_t(tree ? tree->size() : 0);
        g_sink = g_sink ^ crypto::hmacSha256(policy.idSecret.view(), viewOf(r).first(std::min<std::size_t>(40, std::size_t(r.size()))))[0];
    }
    g_sink = g_sink ^ crypto::keccak256(viewOf(run.dataset))[0];
    run.floorMs = f.wall();
    return run;
}

void printDeid(const char *name, const DeidRun &r)
{
    std::printf("%-8s de-identify %6zu resources (%zu kept): %8.1f ms wall, %8.1f ms CPU, %5.1f µs each; dataset %zu bytes; "
                "floor %7.1f ms; ratio %.1f; VmHWM %s\n",
                name, r.resources, r.kept, r.wallMs, r.cpuMs, 1000 * r.wallMs / double(r.resources), r.datasetBytes, r.floorMs,
                r.wallMs / r.floorMs, r.peak.constData());
}

void sealRun(const char *name, const QByteArray &dataset)
{
    const auto researcher = crypto::PrivateKey::generate();
    const auto pub = researcher.publicKey().compressed();
    research::StudyKeys keys{crypto::PrivateKey::generate(), crypto::SecureBuffer::copyOf(crypto::randomBytes(32)), {}, {}};
    const research::StudyLocation where{31337, {}, {}};
    const Timer t;
    auto parts = research::sealDataset(dataset, pub, where, keys);
    const double sealMs = t.wall();
    if (!parts)
        die("seal", QStringLiteral("the dataset does not seal"));
    // Floor: the DEFLATE and one ECIES seal of the compressed bytes (the work sealing cannot avoid).
    const Timer f;
    const QByteArray compressed = research::deflateRaw(dataset);
    const auto box = crypto::eciesSeal(researcher.publicKey(), viewOf(compressed), {});
    const double floorMs = f.wall();
    g_sink = g_sink ^ (box.empty() ? 0 : box[0]);
    std::printf("%-8s seal %zu bytes → %lld compressed, %zu parts: %.1f ms; floor (deflate + ECIES) %.1f ms; ratio %.2f\n", name,
                std::size_t(dataset.size()), static_cast<long long>(compressed.size()), parts->size(), sealMs, floorMs, sealMs / floorMs);
}

crypto::SecureBuffer secret(const char *text)
{
    return crypto::SecureBuffer::copyOf(crypto::asBytes(std::string_view(text)));
}

/** A join of the demo record end to end on a devnet of its own. */
void joinRun()
{
    QTemporaryDir home;
    ledger::Devnet devnet(home.path());
    ledger::DevnetOptions options;
    options.nodes = 3;
    auto started = devnet.start(options);
    if (!started)
        die("devnet", started.error().message);
    struct Stop { ledger::Devnet &d; ~Stop() { (void)d.stop(); } } stop{devnet};
    const ledger::NetworkConfig network = std::move(*started);
    const auto net = service::NetworkSource::loaded(network);
    ledger::EthClient client(network);
    auto authority = ledger::loadKeyFile(network.authorityKeyFile);
    if (!authority)
        die("authority", QStringLiteral("no key"));
    QTemporaryDir wallets;
    auto created = service::Wallet::create(wallets.filePath(QStringLiteral("demo")), secret("bench passphrase"),
                                           service::Wallet::newRecoveryPhrase(), crypto::Argon2Params{65536, 3, 1});
    if (!created)
        die("wallet", QStringLiteral("cannot create"));
    auto &wallet = **created;
    if (!wallet.seedDemo(network, *authority).ok)
        die("demo seed", QStringLiteral("failed"));
    const auto researcher = crypto::PrivateKey::generate();
    const crypto::Address account = crypto::addressOf(researcher.publicKey());
    (void)client.request(QStringLiteral("anvil_setBalance"), {ledger::addressText(account), QStringLiteral("0x8ac7230489e80000")});
    if (!ledger::Registry(client, *network.contract(QStringLiteral("CarnetRegistry")))
             .registerAccount(*authority, account, ledger::Role::Researcher, QStringLiteral("Bench")))
        die("register", QStringLiteral("the researcher cannot be licensed"));
    service::StudyDraft draft;
    draft.title = QStringLiteral("Bench");
    draft.purpose = QStringLiteral("Every lab result and vital sign.");
    draft.data.categories = 0x0003; // lab, vital
    draft.data.demographics = true;
    draft.price = ledger::U256(1000);
    draft.places = 10;
    draft.deadline = std::uint64_t(QDateTime::currentSecsSinceEpoch()) + 86400 * 30;
    auto posted = service::postStudy(researcher, draft, net);
    if (!posted)
        die("post", QStringLiteral("refused"));
    const Timer p;
    auto preview = wallet.previewStudy(posted->studyId, false, net);
    const double previewMs = p.wall();
    if (!preview)
        die("preview", QStringLiteral("failed"));
    const Timer j;
    auto joined = wallet.joinStudy(posted->studyId, preview->datasetHash, false, secret("bench passphrase"), net);
    const double joinMs = j.wall();
    if (!joined)
        die("join", QStringLiteral("failed (research problem %1)").arg(int(joined.error().research.problem)));
    std::uint64_t gas = 0;
    for (const auto &tx : joined->transactions) {
        const auto r = client.request(QStringLiteral("eth_getTransactionReceipt"), {ledger::hexOf(tx)});
        gas += ledger::quantityOf(r.result.toObject().value(QLatin1String("gasUsed")))->toUint64().value_or(0);
    }
    const Timer f;
    auto received = service::fetchDatasets(researcher, posted->studyId, net);
    const double fetchMs = f.wall();
    const bool same = received && received->size() == 1 && received->front().dataset == preview->dataset;
    std::printf("join (demo record, %zu resources, %lld bytes, %u parts, 3 node URLs): preview %.0f ms, join %.0f ms "
                "(passphrase check, dataset made again, %zu transactions each confirmed by majority), %llu gas; "
                "researcher's fetch and check %.0f ms, delivered = previewed: %s\n",
                preview->resources.size(), static_cast<long long>(preview->dataset.size()), joined->parts, previewMs, joinMs,
                joined->transactions.size(), static_cast<unsigned long long>(gas), fetchMs, same ? "yes" : "NO");
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const bool withJoin = !app.arguments().contains(QStringLiteral("--no-join"));
    std::printf("bench_research: %d cores, load %s\n", QThread::idealThreadCount(), bench::loadAverage().constData());
    const demo::DemoRecord record = demo::generateDemoRecord();
    const auto demoRun = deidentifyAll(resources(record, std::size_t(record.items.size())));
    printDeid("demo", demoRun);
    const auto bigRun = deidentifyAll(resources(record, 10000));
    printDeid("10,000", bigRun);
    sealRun("demo", demoRun.dataset);
    sealRun("10,000", bigRun.dataset);
    if (withJoin)
        joinRun();
    return g_sink == 0xFF ? 1 : 0;
}
