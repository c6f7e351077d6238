// SPDX-License-Identifier: GPL-3.0-or-later
// The shared libsecp256k1 context: first use from several threads at once, then concurrent
// signing, verification, recovery and ECDH (run under TSan in the sanitizer presets).
#include "crypto/random.h"
#include "crypto/secp256k1.h"

#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace carnet::crypto;

class Secp256k1Threads : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // Must stay the first test: nothing in this process has touched the context before.
    void concurrentFirstUse()
    {
        constexpr int kThreads = 4;
        constexpr int kRounds = 50;
        std::atomic<int> failures{0};
        std::atomic<bool> go{false};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                while (!go.load())
                    std::this_thread::yield();
                for (int i = 0; i < kRounds; ++i) {
                    const PrivateKey key = PrivateKey::generate();
                    const PrivateKey peer = PrivateKey::generate();
                    Hash32 digest{};
                    randomFill(digest);
                    const RecoverableSignature sig = signRecoverable(key, digest);
                    const auto recovered = recover(digest, sig);
                    const bool ok = verify(key.publicKey(), digest, sig.signature()) && recovered
                                    && *recovered == key.publicKey()
                                    && constantTimeEqual(ecdhSharedX(key, peer.publicKey()).view(),
                                                         ecdhSharedX(peer, key.publicKey()).view());
                    if (!ok)
                        failures.fetch_add(1);
                }
            });
        }
        go.store(true);
        for (auto &thread : threads)
            thread.join();
        QCOMPARE(failures.load(), 0);
    }
};

QTEST_GUILESS_MAIN(Secp256k1Threads)
#include "tst_secp256k1_threads.moc"
