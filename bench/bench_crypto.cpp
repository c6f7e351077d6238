// SPDX-License-Identifier: GPL-3.0-or-later
// Throughput of the crypto layer: hashes, AES-256-GCM, Argon2id at the vault floor, secp256k1 and
// ECIES. Prints one line per figure; Argon2id also prints its ratio to the 1 s desktop KDF target
// (docs QUALITY.md section 8.5). Run: bench_crypto [seconds per figure, default 1].
#include "crypto/aead.h"
#include "crypto/ecies.h"
#include "crypto/hash.h"
#include "crypto/kdf.h"
#include "crypto/random.h"
#include "crypto/secp256k1.h"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <functional>

using namespace carnet::crypto;

namespace {

using Clock = std::chrono::steady_clock;

double g_budgetSeconds = 1.0;
volatile std::uint8_t g_sink = 0; // keeps results observable so no call is optimised away

void consume(std::uint8_t byte)
{
    g_sink = static_cast<std::uint8_t>(g_sink ^ byte);
}

struct Measure
{
    double seconds = 0;
    long runs = 0;
};

// Runs `op` until the budget is spent (at least `minRuns` times) and returns the elapsed time.
Measure run(const std::function<void()> &op, long minRuns = 3)
{
    Measure m;
    const auto start = Clock::now();
    do {
        op();
        ++m.runs;
        m.seconds = std::chrono::duration<double>(Clock::now() - start).count();
    } while (m.seconds < g_budgetSeconds || m.runs < minRuns);
    return m;
}

void printRate(const char *name, const Measure &m, std::size_t bytesPerRun)
{
    const double mbPerSecond = static_cast<double>(bytesPerRun) * static_cast<double>(m.runs) / m.seconds / 1e6;
    std::printf("%-34s %10.1f MB/s\n", name, mbPerSecond);
}

void printOps(const char *name, const Measure &m)
{
    std::printf("%-34s %10.0f /s    (%.1f us each)\n", name, static_cast<double>(m.runs) / m.seconds,
                m.seconds / static_cast<double>(m.runs) * 1e6);
}

} // namespace

int main(int argc, char **argv)
{
    if (argc > 1)
        g_budgetSeconds = std::atof(argv[1]);
    if (g_budgetSeconds <= 0)
        g_budgetSeconds = 1.0;

    const std::size_t bulk = 1 << 20;
    const Bytes data = randomBytes(bulk);

    printRate("keccak256 (1 MiB messages)", run([&] { consume(keccak256(data)[0]); }), bulk);
    printRate("sha256 (1 MiB messages)", run([&] { consume(sha256(data)[0]); }), bulk);

    const SecureBuffer key = randomSecret(kAeadKeySize);
    const Bytes nonce = randomBytes(kAeadNonceSize);
    const Bytes sealed = aeadSeal(key.view(), nonce, data, {});
    printRate("AES-256-GCM seal (1 MiB)", run([&] { consume(aeadSeal(key.view(), nonce, data, {})[0]); }),
              bulk);
    printRate("AES-256-GCM open (1 MiB)", run([&] {
                  const auto opened = aeadOpen(key.view(), nonce, sealed, {});
                  consume(opened ? opened->data()[0] : std::uint8_t{1});
              }),
              bulk);

    const Bytes salt = randomBytes(16);
    const Argon2Params floorCost{65536, 3, 1};
    const Measure argon = run([&] { consume(argon2id(asBytes("passphrase"), salt, floorCost, 32).data()[0]); });
    const double argonMs = argon.seconds / static_cast<double>(argon.runs) * 1e3;
    std::printf("%-34s %10.1f ms    (ratio to the 1 s desktop target: %.2f)\n", "Argon2id m=64MiB t=3 p=1", argonMs,
                argonMs / 1000.0);

    const PrivateKey signer = PrivateKey::generate();
    const PublicKey signerPub = signer.publicKey();
    const Hash32 digest = sha256(asBytes("carnet benchmark digest"));
    const Signature signature = sign(signer, digest);
    const RecoverableSignature recoverable = signRecoverable(signer, digest);
    const PublicKey peer = PrivateKey::generate().publicKey();
    printOps("secp256k1 sign", run([&] { consume(sign(signer, digest).rs[0]); }));
    printOps("secp256k1 verify", run([&] { consume(verify(signerPub, digest, signature) ? 1 : 0); }));
    printOps("secp256k1 recover", run([&] { consume(recover(digest, recoverable).has_value() ? 1 : 0); }));
    printOps("secp256k1 ECDH", run([&] { consume(ecdhSharedX(signer, peer).data()[0]); }));

    const Bytes note = randomBytes(256);
    const Bytes box = eciesSeal(signerPub, note, asBytes("record/1"));
    printOps("ECIES seal (256 B)", run([&] { consume(eciesSeal(signerPub, note, asBytes("record/1"))[0]); }));
    printOps("ECIES open (256 B)", run([&] {
                 const auto opened = eciesOpen(signer, box, asBytes("record/1"));
                 consume(opened ? opened->data()[0] : std::uint8_t{1});
             }));
    return 0;
}
