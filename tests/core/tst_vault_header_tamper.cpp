// SPDX-License-Identifier: GPL-3.0-or-later
// V2, C4, C5 on vault.header: every byte flipped, every truncation, and deliberate edits with the
// checksum recomputed (so only the floor check or the AEAD can catch them).
#include "vaulttestutil.h"
#include "crypto/hash.h"

#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
namespace crypto = carnet::crypto;

namespace {

QByteArray withChecksum(QByteArray body)
{
    body.chop(32);
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(body.constData());
    const crypto::Hash32 sum = crypto::sha256({bytes, static_cast<std::size_t>(body.size())});
    body.append(reinterpret_cast<const char *>(sum.data()), 32);
    return body;
}

void putU32(QByteArray &header, int at, quint32 value)
{
    for (int i = 0; i < 4; ++i)
        header[at + i] = static_cast<char>(value >> (24 - 8 * i));
}

} // namespace

class TestVaultHeaderTamper : public QObject
{
    Q_OBJECT

    QTemporaryDir m_tmp;
    QString m_dir;
    QByteArray m_header;

    void install(const QByteArray &header) { QVERIFY(writeAll(headerFile(m_dir), header)); }

private Q_SLOTS:
    void initTestCase()
    {
        m_dir = m_tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(m_dir, "pw"));
        m_header = readAll(headerFile(m_dir));
        QCOMPARE(m_header.size(), qsizetype(kVaultHeaderSize));
    }

    void cleanup()
    {
        install(m_header);
    }

    void everyByteFlipped()
    {
        // A flipped byte anywhere (checksum included) breaks the checksum: Damaged before any KDF,
        // whatever the passphrase. The right passphrase is used so success would be possible.
        const QByteArray db = readAll(dbFile(m_dir));
        for (int i = 0; i < m_header.size(); ++i) {
            for (const char mask : {'\x01', '\x80', '\xff'}) {
                QByteArray bad = m_header;
                bad[i] = static_cast<char>(bad[i] ^ mask);
                install(bad);
                auto vault = Vault::open(m_dir, secret("pw"));
                QVERIFY2(!vault.ok(), qPrintable(QStringLiteral("byte %1 accepted").arg(i)));
                QCOMPARE(vault.error(), VaultError::Damaged);
                QCOMPARE(readAll(headerFile(m_dir)), bad); // nothing rewritten
            }
        }
        QCOMPARE(readAll(dbFile(m_dir)), db);
    }

    void truncatedAtEveryOffset()
    {
        for (int size = 0; size < m_header.size(); ++size) {
            install(m_header.left(size));
            QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::Damaged);
        }
    }

    void extended()
    {
        install(m_header + QByteArray(1, '\0'));
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::Damaged);
        install(m_header + m_header);
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::Damaged);
        install(QByteArray(1 << 20, 'A'));
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::Damaged);
    }

    // Deliberate edits that keep the checksum valid.
    void forged_data()
    {
        QTest::addColumn<int>("offset");
        QTest::addColumn<quint32>("value");
        QTest::addColumn<VaultError>("expected");
        QTest::newRow("m below floor") << 14 << 65535u << VaultError::WeakParameters;
        QTest::newRow("m 8 MiB") << 14 << 8192u << VaultError::WeakParameters;
        QTest::newRow("t 1") << 18 << 1u << VaultError::WeakParameters;
        QTest::newRow("t 0") << 18 << 0u << VaultError::WeakParameters;
        QTest::newRow("p 0") << 22 << 0u << VaultError::WeakParameters;
        QTest::newRow("m above ceiling") << 14 << 0xffffffffu << VaultError::Damaged;
        QTest::newRow("t above ceiling") << 18 << 1000u << VaultError::Damaged;
        // Stronger parameters pass the floor but are bound to the wrap as associated data.
        QTest::newRow("t 4 (authenticated)") << 18 << 4u << VaultError::WrongPassphrase;
        QTest::newRow("m 65537 (authenticated)") << 14 << 65537u << VaultError::WrongPassphrase;
        QTest::newRow("vault id") << 26 << 0x01020304u << VaultError::WrongPassphrase;
        QTest::newRow("salt") << 42 << 0u << VaultError::WrongPassphrase;
        QTest::newRow("nonce") << 74 << 0u << VaultError::WrongPassphrase;
        QTest::newRow("wrapped key") << 86 << 0u << VaultError::WrongPassphrase;
        QTest::newRow("tag") << 130 << 0u << VaultError::WrongPassphrase;
    }

    void forged()
    {
        QFETCH(int, offset);
        QFETCH(quint32, value);
        QFETCH(VaultError, expected);
        QByteArray bad = m_header;
        putU32(bad, offset, value);
        QVERIFY(bad != m_header);
        install(withChecksum(bad));
        FakeClock clock; // a fresh clock each row; the throttle record is removed below
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw"), clock.clock()), expected);
        QFile::remove(m_dir + QStringLiteral("/vault.attempts"));
    }

    void otherVersion()
    {
        QByteArray future = m_header;
        future[13] = 2;
        install(withChecksum(future));
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::UnsupportedVersion);
        // A future version may be longer: the checksum framing still holds.
        install(withChecksum(future + QByteArray(64, '\x07') + QByteArray(32, '\0')));
        QCOMPARE_ERROR(Vault::open(m_dir, secret("pw")), VaultError::UnsupportedVersion);
    }

    void untouchedStillOpens()
    {
        QVERIFY(Vault::open(m_dir, secret("pw")).ok());
    }
};

QTEST_GUILESS_MAIN(TestVaultHeaderTamper)
#include "tst_vault_header_tamper.moc"
