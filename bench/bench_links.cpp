// SPDX-License-Identifier: GPL-3.0-or-later
// bench_links (docs/SHL.md, "Measured"): making a SMART Health Link of the demo record end to end —
// the passphrase checked again, the export made from the vault, sealed (raw DEFLATE + AES-256-GCM) and
// sent to a real carnet-share-host over loopback — beside its floor measured in the same run: one
// Argon2id at the vault's parameters plus the sealing of the same bytes. Needs anvil (CARNET_ANVIL) and
// the built carnet-share-host (a devnet of its own starts both).
#include "bench/benchutil.h"
#include "core/ledger/devnet.h"
#include "core/service/wallet.h"
#include "core/shl/jwe.h"
#include "crypto/kdf.h"
#include "crypto/random.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <vector>

using namespace carnet;
using namespace carnet::core;
using carnet::bench::Timer;

namespace {

[[noreturn]] void die(const char *what, const QString &why)
{
    std::fprintf(stderr, "bench_links: %s: %s\n", what, qPrintable(why));
    std::exit(1);
}

crypto::SecureBuffer secret(const char *text)
{
    return crypto::SecureBuffer::copyOf(crypto::asBytes(std::string_view(text)));
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v[v.size() / 2];
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    constexpr int kRuns = 7;
    const crypto::Argon2Params params{65536, 3, 1}; // the vault's floor parameters (VAULT.md), as the bench wallet uses
    std::printf("bench_links: %d cores, load %s, %d runs each (median)\n", QThread::idealThreadCount(),
                bench::loadAverage().constData(), kRuns);
    QTemporaryDir home;
    ledger::Devnet devnet(home.path());
    auto started = devnet.start();
    if (!started)
        die("devnet", started.error().message);
    struct Stop { ledger::Devnet &d; ~Stop() { (void)d.stop(); } } stop{devnet};
    const ledger::NetworkConfig network = std::move(*started);
    if (network.shareHost.isEmpty())
        die("devnet", QStringLiteral("no share host (build carnet-share-host, or set CARNET_SHARE_HOST)"));
    auto authority = ledger::loadKeyFile(network.authorityKeyFile);
    if (!authority)
        die("authority", QStringLiteral("no key"));
    QTemporaryDir wallets;
    auto created = service::Wallet::create(wallets.filePath(QStringLiteral("demo")), secret("bench passphrase"),
                                           service::Wallet::newRecoveryPhrase(), params);
    if (!created)
        die("wallet", QStringLiteral("cannot create"));
    service::Wallet &wallet = **created;
    if (!wallet.seedDemo(network, *authority).ok)
        die("demo seed", QStringLiteral("failed"));

    struct Kind { const char *name; service::LinkKind kind; };
    for (const Kind &k : {Kind{"summary (IPS)", service::LinkKind::Summary}, Kind{"bundle (every lab result)", service::LinkKind::Bundle}}) {
        service::LinkRequest request;
        request.host = network.shareHost;
        request.kind = k.kind;
        request.scope.categories = 0x0001; // lab
        request.label = QStringLiteral("Bench");
        std::vector<double> total, floor;
        std::uint32_t entries = 0, bytes = 0;
        qsizetype plain = 0;
        for (int i = 0; i < kRuns; ++i) {
            const Timer t;
            auto issued = wallet.createLink(request, secret("bench passphrase"));
            total.push_back(t.wall());
            if (!issued)
                die("createLink", QStringLiteral("link problem %1").arg(int(issued.error().link.problem)));
            entries = issued->link.entryCount;
            bytes = issued->link.fileBytes;
            // The floor: what no implementation avoids — one Argon2id at the vault's parameters (the
            // re-authentication) and the sealing of the same export.
            auto json = k.kind == service::LinkKind::Bundle ? wallet.exportBundle(request.scope) : wallet.exportIps();
            if (!json)
                die("export", QStringLiteral("failed"));
            plain = json->size();
            const crypto::SecureBuffer salt = crypto::randomSecret(16);
            const crypto::SecureBuffer key = crypto::randomSecret(32);
            const Timer f;
            const crypto::SecureBuffer derived = crypto::argon2id(crypto::asBytes(std::string_view("bench passphrase")), salt.view(), params, 32);
            const QByteArray sealed = shl::encryptJwe(key.view(), *json, "application/fhir+json", true);
            floor.push_back(f.wall());
            if (derived.size() != 32 || sealed.isEmpty())
                die("floor", QStringLiteral("failed"));
        }
        const double m = median(total), fl = median(floor);
        std::printf("create link, %s: %u resources, %lld bytes of FHIR JSON -> %u bytes of JWE: %.0f ms; floor (Argon2id "
                    "m=64 MiB t=3 + DEFLATE + AES-GCM) %.0f ms; ratio %.2f\n",
                    k.name, entries, static_cast<long long>(plain), bytes, m, fl, m / fl);
    }
    std::printf("peak memory (VmHWM): %s\n", bench::statusField("VmHWM:").constData());
    return 0;
}
