// SPDX-License-Identifier: GPL-3.0-or-later
// SecureBuffer ownership (move leaves the source empty, clone copies, clear empties) and the CSPRNG
// helpers (lengths, and two draws differ).
#include "crypto/random.h"
#include "crypto/securebuffer.h"

#include <QTest>

#include <utility>

using namespace carnet::crypto;

namespace {

QByteArray toQt(ByteView bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

} // namespace

class SecureBufferTest : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emptyByDefault();
    void sizedIsZeroFilled();
    void copyOfRoundTrips_data();
    void copyOfRoundTrips();
    void moveConstructLeavesSourceEmpty();
    void moveAssignLeavesSourceEmpty();
    void selfMoveAssignKeepsContents();
    void cloneIsEqualAndIndependent();
    void clearEmpties();
    void asStringView();
    void secureWipeZeroes();
    void randomLengths_data();
    void randomLengths();
    void randomDrawsDiffer();
};

void SecureBufferTest::emptyByDefault()
{
    const SecureBuffer buffer;
    QVERIFY(buffer.empty());
    QCOMPARE(buffer.size(), std::size_t{0});
    QVERIFY(buffer.data() == nullptr);
    QVERIFY(SecureBuffer(0).empty());
}

void SecureBufferTest::sizedIsZeroFilled()
{
    const SecureBuffer buffer(100);
    QCOMPARE(buffer.size(), std::size_t{100});
    QCOMPARE(toQt(buffer.view()), QByteArray(100, '\0'));
}

void SecureBufferTest::copyOfRoundTrips_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("one byte") << QByteArray("\x7f", 1);
    QTest::newRow("with NULs") << QByteArray("a\0b\0c", 5);
    QTest::newRow("32 bytes") << QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    QTest::newRow("1 MiB") << QByteArray(1 << 20, '\xa5');
}

void SecureBufferTest::copyOfRoundTrips()
{
    QFETCH(QByteArray, bytes);
    const SecureBuffer buffer = SecureBuffer::copyOf(
        {reinterpret_cast<const std::uint8_t *>(bytes.constData()), static_cast<std::size_t>(bytes.size())});
    QCOMPARE(buffer.size(), static_cast<std::size_t>(bytes.size()));
    QCOMPARE(toQt(buffer.view()), bytes);
    // A copy, not a view: the buffer does not alias the source.
    QVERIFY(bytes.isEmpty() || buffer.data() != reinterpret_cast<const std::uint8_t *>(bytes.constData()));
}

void SecureBufferTest::moveConstructLeavesSourceEmpty()
{
    SecureBuffer source = SecureBuffer::copyOf(asBytes("secret key material"));
    const std::uint8_t *storage = source.data();
    SecureBuffer target(std::move(source));
    QVERIFY(source.empty()); // NOLINT(bugprone-use-after-move): the moved-from state is the contract
    QVERIFY(source.data() == nullptr);
    QCOMPARE(target.asStringView(), std::string_view("secret key material"));
    QVERIFY(target.data() == storage); // moved, not copied
}

void SecureBufferTest::moveAssignLeavesSourceEmpty()
{
    SecureBuffer source = SecureBuffer::copyOf(asBytes("new"));
    SecureBuffer target = SecureBuffer::copyOf(asBytes("old contents"));
    target = std::move(source);
    QVERIFY(source.empty()); // NOLINT(bugprone-use-after-move)
    QCOMPARE(target.asStringView(), std::string_view("new"));
}

void SecureBufferTest::selfMoveAssignKeepsContents()
{
    SecureBuffer buffer = SecureBuffer::copyOf(asBytes("self"));
    SecureBuffer &alias = buffer;
    buffer = std::move(alias);
    QCOMPARE(buffer.asStringView(), std::string_view("self"));
}

void SecureBufferTest::cloneIsEqualAndIndependent()
{
    SecureBuffer original = SecureBuffer::copyOf(asBytes("0123456789abcdef"));
    SecureBuffer copy = original.clone();
    QCOMPARE(toQt(copy.view()), toQt(original.view()));
    QVERIFY(copy.data() != original.data());
    copy.data()[0] = 'X';
    QCOMPARE(original.asStringView(), std::string_view("0123456789abcdef"));
    QVERIFY(SecureBuffer().clone().empty());
}

void SecureBufferTest::clearEmpties()
{
    SecureBuffer buffer = SecureBuffer::copyOf(asBytes("to be wiped"));
    buffer.clear();
    QVERIFY(buffer.empty());
    QVERIFY(buffer.data() == nullptr);
    buffer.clear(); // idempotent
    QVERIFY(buffer.empty());
}

void SecureBufferTest::asStringView()
{
    const SecureBuffer buffer = SecureBuffer::copyOf(asBytes("abandon about"));
    QCOMPARE(buffer.asStringView(), std::string_view("abandon about"));
    QCOMPARE(static_cast<const void *>(buffer.asStringView().data()), static_cast<const void *>(buffer.data()));
}

void SecureBufferTest::secureWipeZeroes()
{
    std::array<std::uint8_t, 48> bytes{};
    bytes.fill(0xee);
    secureWipe(bytes.data(), bytes.size());
    for (std::uint8_t b : bytes)
        QCOMPARE(b, std::uint8_t{0});
    secureWipe(nullptr, 10); // tolerated
}

void SecureBufferTest::randomLengths_data()
{
    QTest::addColumn<int>("length");
    for (int length : {0, 1, 12, 16, 32, 33, 64, 4096})
        QTest::addRow("%d", length) << length;
}

void SecureBufferTest::randomLengths()
{
    QFETCH(int, length);
    const auto size = static_cast<std::size_t>(length);
    QCOMPARE(randomBytes(size).size(), size);
    QCOMPARE(randomSecret(size).size(), size);
}

// 32 random bytes repeat with probability 2^-256; equal draws mean a broken generator.
void SecureBufferTest::randomDrawsDiffer()
{
    QVERIFY(randomBytes(32) != randomBytes(32));
    const SecureBuffer a = randomSecret(32);
    const SecureBuffer b = randomSecret(32);
    QVERIFY(toQt(a.view()) != toQt(b.view()));
    QVERIFY(toQt(a.view()) != QByteArray(32, '\0'));
    // Bytes drawn in one go are not constant either (at least 2 distinct values among 64 bytes).
    const Bytes many = randomBytes(64);
    QVERIFY(std::any_of(many.begin(), many.end(), [&](std::uint8_t byte) { return byte != many.front(); }));
}

QTEST_GUILESS_MAIN(SecureBufferTest)
#include "tst_securebuffer.moc"
