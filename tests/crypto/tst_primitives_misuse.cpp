// SPDX-License-Identifier: GPL-3.0-or-later
// Misuse of the symmetric primitives (wrong key or nonce sizes, impossible KDF costs) is reported to
// the illegal-argument handler exactly once per call, and the call then returns its failure value.
#include "crypto/aead.h"
#include "crypto/kdf.h"
#include "crypto/misuse.h"

#include <QTest>

#include <functional>
#include <string>

using namespace carnet::crypto;

namespace {

int g_reports = 0;
std::string g_lastReport;

void countingHandler(const char *what)
{
    ++g_reports;
    g_lastReport = what;
}

const Bytes kKey(kAeadKeySize, 0x11);
const Bytes kNonce(kAeadNonceSize, 0x22);
const Bytes kSalt(16, 0x33);

// One misuse case: `call` makes the call and returns true when the result is the failure value.
struct Misuse
{
    std::function<bool()> call;
    const char *function;
};

} // namespace

Q_DECLARE_METATYPE(Misuse)

class PrimitivesMisuseTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { m_previous = setIllegalArgumentHandler(&countingHandler); }
    void cleanupTestCase() { setIllegalArgumentHandler(m_previous); }
    void init()
    {
        g_reports = 0;
        g_lastReport.clear();
    }
    void illegalArgument_data();
    void illegalArgument();
    void legalEdgesReportNothing();

private:
    IllegalArgumentHandler m_previous = nullptr;
};

void PrimitivesMisuseTest::illegalArgument_data()
{
    QTest::addColumn<Misuse>("misuse");
    const Bytes sealed(32, 0x44);
    for (std::size_t size : {0, 1, 16, 24, 31, 33, 64}) {
        const Bytes key(size, 0x11);
        QTest::addRow("aeadSeal key %zu", size) << Misuse{[key] { return aeadSeal(key, kNonce, asBytes("x"), {}).empty(); },
                                                          "aeadSeal"};
        QTest::addRow("aeadOpen key %zu", size)
            << Misuse{[key, sealed] { return !aeadOpen(key, kNonce, sealed, {}).has_value(); }, "aeadOpen"};
    }
    for (std::size_t size : {0, 1, 8, 11, 13, 16, 64}) {
        const Bytes nonce(size, 0x22);
        QTest::addRow("aeadSeal nonce %zu", size)
            << Misuse{[nonce] { return aeadSeal(kKey, nonce, asBytes("x"), {}).empty(); }, "aeadSeal"};
        QTest::addRow("aeadOpen nonce %zu", size)
            << Misuse{[nonce, sealed] { return !aeadOpen(kKey, nonce, sealed, {}).has_value(); }, "aeadOpen"};
    }
    QTest::newRow("pbkdf2 zero iterations")
        << Misuse{[] { return pbkdf2Sha512(asBytes("pw"), kSalt, 0, 64).empty(); }, "pbkdf2Sha512"};
    QTest::newRow("pbkdf2 zero length")
        << Misuse{[] { return pbkdf2Sha512(asBytes("pw"), kSalt, 1, 0).empty(); }, "pbkdf2Sha512"};
    QTest::newRow("hkdf 255*32+1 bytes")
        << Misuse{[] { return hkdfSha256(asBytes("ikm"), {}, {}, 255 * 32 + 1).empty(); }, "hkdfSha256"};
    QTest::newRow("hkdf huge") << Misuse{[] { return hkdfSha256(asBytes("ikm"), {}, {}, SIZE_MAX).empty(); },
                                         "hkdfSha256"};
    QTest::newRow("hkdf zero length")
        << Misuse{[] { return hkdfSha256(asBytes("ikm"), {}, {}, 0).empty(); }, "hkdfSha256"};
    const auto argon = [](Argon2Params params, std::size_t saltSize = 16, std::size_t outLength = 32) {
        return Misuse{[=] { return argon2id(asBytes("pw"), Bytes(saltSize, 0x33), params, outLength).empty(); },
                      "argon2id"};
    };
    QTest::newRow("argon2id zero memory") << argon({0, 3, 1});
    QTest::newRow("argon2id memory below 8*p") << argon({31, 1, 4});
    QTest::newRow("argon2id memory above 8 GiB") << argon({8U * 1024 * 1024 + 1, 1, 1});
    QTest::newRow("argon2id zero iterations") << argon({64, 0, 1});
    QTest::newRow("argon2id zero parallelism") << argon({64, 1, 0});
    QTest::newRow("argon2id parallelism 129") << argon({2048, 1, 129});
    QTest::newRow("argon2id salt 7 bytes") << argon({64, 1, 1}, 7);
    QTest::newRow("argon2id empty salt") << argon({64, 1, 1}, 0);
    QTest::newRow("argon2id output 3 bytes") << argon({64, 1, 1}, 16, 3);
}

void PrimitivesMisuseTest::illegalArgument()
{
    QFETCH(Misuse, misuse);
    QVERIFY2(misuse.call(), "the call did not return its failure value");
    QCOMPARE(g_reports, 1);
    // The report names the function and nothing else of the caller's (never a key or password).
    QVERIFY2(g_lastReport.rfind(misuse.function, 0) == 0, g_lastReport.c_str());
}

// The legal extremes next to each illegal case are accepted silently.
void PrimitivesMisuseTest::legalEdgesReportNothing()
{
    QVERIFY(!aeadSeal(kKey, kNonce, {}, {}).empty());
    QVERIFY(aeadOpen(kKey, kNonce, aeadSeal(kKey, kNonce, {}, {}), {}).has_value());
    QCOMPARE(pbkdf2Sha512({}, {}, 1, 1).size(), std::size_t{1});
    QCOMPARE(hkdfSha256({}, {}, {}, 255 * 32).size(), std::size_t{255 * 32});
    QCOMPARE(hkdfSha256({}, {}, {}, 1).size(), std::size_t{1});
    QCOMPARE(argon2id({}, Bytes(8, 0x33), {8, 1, 1}, 4).size(), std::size_t{4});
    QCOMPARE(argon2id(asBytes("pw"), kSalt, {1024, 1, 128}, 32).size(), std::size_t{32});
    // A damaged box is an expected failure, not a misuse.
    QVERIFY(!aeadOpen(kKey, kNonce, Bytes(16, 0), {}).has_value());
    QVERIFY(!aeadOpen(kKey, kNonce, Bytes(15, 0), {}).has_value());
    QCOMPARE(g_reports, 0);
}

QTEST_GUILESS_MAIN(PrimitivesMisuseTest)
#include "tst_primitives_misuse.moc"
