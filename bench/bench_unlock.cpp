// SPDX-License-Identifier: GPL-3.0-or-later
// Vault unlock time (QUALITY.md: "Argon2id at the calibrated cost (~1 s) + ≤ 100 ms"), split into
// the KDF and the rest. For the floor parameters and the calibrated ones it prints the median of
// several runs of:
//   kdf    Argon2id alone with the vault's parameters;
//   rest   openWithKeyStore: everything an unlock does except the KDF (lock, header, file checks,
//          SQLCipher open and key check, quick_check of every page, schema, reading the account);
//   total  Vault::open with the passphrase;
// and the rest again once the database holds 10,000 rows of 1 KiB (the sync target's size).
// Run: bench_unlock [runs, default 5]
#include "core/vault/calibrate.h"
#include "core/vault/vault.h"

#include <QTemporaryDir>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>

using namespace carnet::core;
namespace crypto = carnet::crypto;

namespace {

using Clock = std::chrono::steady_clock;

constexpr char kPhrase[] = "test test test test test test test test test test test junk";

class MemoryKeyStore : public KeyStore
{
public:
    Result<void, KeyStoreError> store(const QString &id, crypto::ByteView secret) override
    {
        m_entries.insert_or_assign(id, crypto::SecureBuffer::copyOf(secret));
        return {};
    }
    Result<crypto::SecureBuffer, KeyStoreError> load(const QString &id) override
    {
        const auto it = m_entries.find(id);
        if (it == m_entries.end())
            return fail(KeyStoreError::NotFound);
        return it->second.clone();
    }
    Result<void, KeyStoreError> remove(const QString &id) override
    {
        m_entries.erase(id);
        return {};
    }

private:
    std::map<QString, crypto::SecureBuffer> m_entries;
};

crypto::SecureBuffer secret(std::string_view text)
{
    return crypto::SecureBuffer::copyOf(crypto::asBytes(text));
}

template <typename F>
double medianMs(int runs, F &&op)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const auto start = Clock::now();
        op();
        times.push_back(std::chrono::duration<double, std::milli>(Clock::now() - start).count());
    }
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

void fill(Database &db)
{
    (void)db.exec("CREATE TABLE bench (id INTEGER PRIMARY KEY, body BLOB NOT NULL)");
    (void)db.exec("BEGIN");
    auto insert = db.prepare("INSERT INTO bench (body) VALUES (?1)");
    const crypto::Bytes body(1024, 0x5a);
    for (int i = 0; i < 10000; ++i) {
        insert->bindBlob(1, body);
        (void)insert->run();
        insert->reset();
    }
    (void)db.exec("COMMIT");
}

bool measure(const char *label, const crypto::Argon2Params &params, int runs)
{
    QTemporaryDir tmp;
    const QString dir = tmp.filePath(QStringLiteral("w"));
    MemoryKeyStore keys;
    {
        auto vault = Vault::create(dir, secret("bench passphrase"), secret(kPhrase), params);
        if (!vault || !(*vault)->enableQuickUnlock(keys)) {
            std::fprintf(stderr, "create failed\n");
            return false;
        }
    }
    const std::uint8_t salt[32] = {};
    const double kdf = medianMs(runs, [&] { (void)crypto::argon2id(crypto::asBytes("bench passphrase"), salt, params, 32); });
    bool ok = true;
    const double rest = medianMs(runs, [&] { ok = ok && Vault::openWithKeyStore(dir, keys).ok(); });
    const double total = medianMs(runs, [&] { ok = ok && Vault::open(dir, secret("bench passphrase")).ok(); });
    {
        auto vault = Vault::openWithKeyStore(dir, keys);
        fill(*(*vault)->database());
    }
    const double restFull = medianMs(runs, [&] { ok = ok && Vault::openWithKeyStore(dir, keys).ok(); });

    std::printf("%-10s m=%u KiB t=%u p=%u  kdf %7.1f ms  rest %5.1f ms  total %7.1f ms  (total/kdf %.3f)  "
                "rest with 10k x 1 KiB rows %6.1f ms  [target: rest <= 100 ms]%s\n",
                label, params.memoryKiB, params.iterations, params.parallelism, kdf, rest, total, total / kdf,
                restFull, ok ? "" : "  OPEN FAILED");
    return ok;
}

} // namespace

int main(int argc, char **argv)
{
    const int runs = argc > 1 ? std::max(1, std::atoi(argv[1])) : 5;
    const auto start = Clock::now();
    const crypto::Argon2Params calibrated = calibrateArgon2(std::chrono::milliseconds(1000));
    const double calibration = std::chrono::duration<double, std::milli>(Clock::now() - start).count();
    std::printf("calibration to 1000 ms: m=%u KiB t=%u p=%u, took %.0f ms\n", calibrated.memoryKiB,
                calibrated.iterations, calibrated.parallelism, calibration);
    std::printf("median of %d runs each\n", runs);
    bool ok = measure("floor", kArgon2Floor, runs);
    ok = measure("calibrated", calibrated, runs) && ok;
    return ok ? 0 : 1;
}
