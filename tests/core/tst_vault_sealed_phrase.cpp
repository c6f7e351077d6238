// SPDX-License-Identifier: GPL-3.0-or-later
// The recovery phrase is sealed under the passphrase, not under the data key (docs/VAULT.md, "Which key
// seals what"). A vault opened through the keystore (the data key alone) derives the record and patient
// keys a sync needs but cannot read the phrase: the API says NeedsPassphrase, and the file, decrypted
// page by page with the data key by an independent script (vault_plaintext_scan.py), holds no copy of it.
// The passphrase reads it, a passphrase change re-seals it, an old vault (tests/data/vault-legacy) is
// migrated by the next passphrase unlock, and a damaged sealed phrase is Damaged, never WrongPassphrase.
#include "fakekeystore.h"
#include "vaulttestutil.h"
#include "core/identity.h"
#include "core/record/recordkeys.h"
#include "core/vault/vaultdb.h"
#include "core/vault/vaultfiles.h"

#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
namespace crypto = carnet::crypto;

namespace {

constexpr char kLegacyPassphrase[] = "legacy passphrase 2";

QByteArray raw(crypto::ByteView bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

/** The data key, unwrapped from the header with the passphrase (what the keystore would hold). */
crypto::SecureBuffer dataKeyOf(const QString &dir, std::string_view passphrase)
{
    const QByteArray file = readAll(headerFile(dir));
    auto header = VaultHeader::parse({reinterpret_cast<const std::uint8_t *>(file.constData()),
                                      static_cast<std::size_t>(file.size())});
    if (!header)
        return {};
    auto keys = vaultfiles::unwrapDataKey(*header, crypto::asBytes(passphrase));
    return keys ? std::move(keys->dataKey) : crypto::SecureBuffer();
}

/** Runs vault_plaintext_scan.py over a closed vault: which needles (0-based) the data key alone reads. */
QSet<int> readableWithDataKey(const QString &dir, const crypto::SecureBuffer &dataKey, const QList<QByteArray> &needles,
                              int *pages = nullptr)
{
    QProcess scan;
    scan.start(QStringLiteral("python3"), {QStringLiteral(CARNET_SOURCE_DIR "/tests/core/vault_plaintext_scan.py"), dir,
                                           QString::fromLatin1(raw(dataKey.view()).toHex())});
    if (!scan.waitForStarted())
        return {-1};
    for (const QByteArray &needle : needles)
        scan.write(needle.toHex() + '\n');
    scan.closeWriteChannel();
    if (!scan.waitForFinished(60000) || scan.exitCode() != 0) {
        qWarning("scan failed: %s", scan.readAllStandardError().constData());
        return {-1};
    }
    QSet<int> found;
    for (const QByteArray &line : scan.readAllStandardOutput().split('\n')) {
        if (line.startsWith("found "))
            found.insert(line.mid(6).toInt() - 1);
        if (pages && line.startsWith("pages "))
            *pages = line.mid(6).toInt();
    }
    return found;
}

/** The phrase, every run of 3+ of its words, its BIP-39 seed, master key and account/encryption keys. */
QList<QByteArray> phraseNeedles(const char *phrase)
{
    QList<QByteArray> needles = {QByteArray(phrase)};
    const QList<QByteArray> words = QByteArray(phrase).split(' ');
    for (int n = 3; n < words.size(); ++n)
        for (int i = 0; i + n <= words.size(); ++i)
            needles << words.mid(i, n).join(' ');
    const crypto::SecureBuffer seed = crypto::mnemonicToSeed(phrase);
    auto master = masterKeyFromParse(crypto::parseMnemonic(phrase));
    auto identity = Identity::fromPhrase(phrase);
    if (!master || !identity)
        return {};
    for (const crypto::SecureBuffer *key : {&seed, &master->privateKey().secret(), &master->chainCode(),
                                            &identity->accountKey().secret(), &identity->encryptionKey().secret()})
        needles << raw(key->view()) << raw(key->view()).toHex();
    return needles;
}

/** The xprv of the record branch: stored under the data key on purpose (the scan's positive control). */
QByteArray recordBranchXprv(const char *phrase)
{
    auto keyring = record::RecordKeyring::fromPhrase(phrase);
    return keyring ? raw(keyring->recordBranch().toXprv().view()) : QByteArray();
}

/** The keyring the vault gives agrees with the one derived from the phrase. */
bool sameKeys(const record::RecordKeyring &keyring, const char *phrase)
{
    auto expected = record::RecordKeyring::fromPhrase(phrase);
    if (!expected)
        return false;
    for (std::uint32_t n : {0u, 1u, 7u}) {
        if (*keyring.recordId(n) != *expected->recordId(n) || *keyring.patientAddress(n) != *expected->patientAddress(n))
            return false;
    }
    return true;
}

std::int64_t count(Vault &vault, const char *sql)
{
    auto n = vault.database()->queryInt(sql);
    return n ? *n : -1;
}

QString copyLegacy(const QTemporaryDir &tmp, const QString &name)
{
    const QString dir = tmp.filePath(name);
    QDir().mkpath(dir);
    for (const QString &file : {QStringLiteral("vault.header"), QStringLiteral("vault.db")})
        QFile::copy(QStringLiteral(CARNET_TEST_DATA_DIR "/vault-legacy/schema2/") + file, dir + QLatin1Char('/') + file);
    return dir;
}

} // namespace

class TestVaultSealedPhrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quickUnlockDerivesKeysButCannotReadThePhrase()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        FakeKeyStore keys;
        {
            auto vault = Vault::create(dir, secret("pw"), secret(kVectorPhrase), kFloor);
            QVERIFY(vault.ok());
            QVERIFY((*vault)->enableQuickUnlock(keys).ok());
        }
        // The keystore holds one entry: the data key, nothing else.
        QCOMPARE(keys.size(), std::size_t{1});
        const crypto::SecureBuffer dataKey = dataKeyOf(dir, "pw");
        QCOMPARE(dataKey.size(), kVaultDataKeySize);
        {
            auto vault = Vault::openWithKeyStore(dir, keys);
            QVERIFY(vault.ok());
            QVERIFY(crypto::constantTimeEqual(keys.peek((*vault)->keyStoreId())->view(), dataKey.view()));
            // What sync and publishing need is there.
            auto keyring = (*vault)->recordKeyring();
            QVERIFY2(keyring.ok(), keyring.ok() ? "" : vaultErrorName(keyring.error()));
            QVERIFY(sameKeys(*keyring, kVectorPhrase));
            // The phrase is not: only the passphrase shows it (Vault has no other way to it).
            QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("wrong")), VaultError::WrongPassphrase);
            auto phrase = (*vault)->recoveryPhrase(secret("pw"));
            QVERIFY(phrase.ok());
            QCOMPARE(phrase->asStringView(), std::string_view(kVectorPhrase));
            // Still not readable without it afterwards: nothing was cached by the reveal.
            QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("wrong")), VaultError::WrongPassphrase);
            QCOMPARE(count(**vault, "SELECT count(*) FROM meta WHERE key = 'recovery_phrase'"), 0);
            QCOMPARE(count(**vault, "SELECT count(*) FROM sealed_phrase"), 1);
            // The record and patient branches, and the grant keys (sharing branch, clinician account
            // and encryption keys, core/share/grantkeys.h).
            QCOMPARE(count(**vault, "SELECT count(*) FROM branch_keys"), 6); // records, patient signing, grants (3), research
        }
        // The file, read with the data key alone, page by page (free pages and deleted cells included).
        QList<QByteArray> needles = phraseNeedles(kVectorPhrase);
        QVERIFY(needles.size() > 200);
        needles << recordBranchXprv(kVectorPhrase);
        int pages = 0;
        const QSet<int> found = readableWithDataKey(dir, dataKey, needles, &pages);
        QVERIFY(pages >= 4);
        QCOMPARE(found, QSet<int>{int(needles.size() - 1)}); // only the branch key, which is meant to be there
    }

    void passphraseUnlockReadsThePhrase()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "pw", kVectorPhrase));
        auto vault = Vault::open(dir, secret("pw"));
        QVERIFY(vault.ok());
        auto phrase = (*vault)->recoveryPhrase(secret("pw"));
        QVERIFY(phrase.ok());
        QCOMPARE(phrase->asStringView(), std::string_view(kVectorPhrase));
        QVERIFY(sameKeys(*(*vault)->recordKeyring(), kVectorPhrase));
        (*vault)->lock();
        QVERIFY(!(*vault)->holdsSecrets());
        QCOMPARE_ERROR((*vault)->recordKeyring(), VaultError::Locked);
        QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("pw")), VaultError::Locked);
    }

    void passphraseChangeReseals()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        FakeKeyStore keys;
        QByteArray oldSealed;
        {
            auto vault = Vault::create(dir, secret("one"), secret(kVectorPhrase), kFloor);
            QVERIFY(vault.ok());
            QVERIFY((*vault)->enableQuickUnlock(keys).ok());
            auto stmt = (*vault)->database()->prepare("SELECT sealed FROM sealed_phrase");
            QVERIFY(stmt.ok() && *stmt->step());
            oldSealed = raw(stmt->columnBlob(0));
        }
        {
            // Changed from a quick-unlock session: the old passphrase is asked for, so it can re-seal.
            auto vault = Vault::openWithKeyStore(dir, keys);
            QVERIFY(vault.ok());
            QCOMPARE_ERROR((*vault)->changePassphrase(secret("wrong"), secret("two")), VaultError::WrongPassphrase);
            QVERIFY((*vault)->changePassphrase(secret("one"), secret("two")).ok());
            QCOMPARE(count(**vault, "SELECT count(*) FROM sealed_phrase"), 1);
            auto stmt = (*vault)->database()->prepare("SELECT header_salt, sealed FROM sealed_phrase");
            QVERIFY(stmt.ok() && *stmt->step());
            const QByteArray header = readAll(headerFile(dir));
            QCOMPARE(raw(stmt->columnBlob(0)), header.mid(42, 32)); // the row of the new header's salt
            QVERIFY(raw(stmt->columnBlob(1)) != oldSealed);
            QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("one")), VaultError::WrongPassphrase);
            QCOMPARE((*vault)->recoveryPhrase(secret("two"))->asStringView(), std::string_view(kVectorPhrase));
        }
        {
            auto vault = Vault::open(dir, secret("two"));
            QVERIFY(vault.ok());
            QCOMPARE((*vault)->recoveryPhrase(secret("two"))->asStringView(), std::string_view(kVectorPhrase));
            QVERIFY((*vault)->changePassphrase(secret("two"), secret("three")).ok());
            // The session follows the change: the phrase under the new passphrase only.
            QCOMPARE((*vault)->recoveryPhrase(secret("three"))->asStringView(), std::string_view(kVectorPhrase));
        }
        QCOMPARE_ERROR(Vault::open(dir, secret("two")), VaultError::WrongPassphrase);
        // Quick unlock survived both changes (same data key) and still cannot read the phrase.
        auto vault = Vault::openWithKeyStore(dir, keys);
        QVERIFY(vault.ok());
        QVERIFY(sameKeys(*(*vault)->recordKeyring(), kVectorPhrase));
        QCOMPARE((*vault)->recoveryPhrase(secret("three"))->asStringView(), std::string_view(kVectorPhrase));
    }

    void interruptedChangeKeepsTheHeadersPhrase()
    {
        // A change killed between its database commit and the header rename leaves two sealed
        // phrases; the next open keeps the one of the header on disk and deletes the other.
        // (tst_vault_crash kills vault_tool passwd at every checkpoint; this checks the rule itself.)
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "pw", kVectorPhrase));
        {
            auto vault = Vault::open(dir, secret("pw"));
            QVERIFY(vault.ok());
            QVERIFY((*vault)->database()
                        ->exec("INSERT INTO sealed_phrase VALUES (zeroblob(32), zeroblob(12), zeroblob(40))")
                        .ok());
            QCOMPARE(count(**vault, "SELECT count(*) FROM sealed_phrase"), 2);
        }
        FakeKeyStore keys;
        {
            auto vault = Vault::open(dir, secret("pw"));
            QVERIFY(vault.ok());
            QCOMPARE(count(**vault, "SELECT count(*) FROM sealed_phrase"), 1);
            QCOMPARE((*vault)->recoveryPhrase(secret("pw"))->asStringView(), std::string_view(kVectorPhrase));
            // The last copy is never deleted: with only a row of another salt, it stays (and is Damaged).
            QVERIFY((*vault)->database()->exec("UPDATE sealed_phrase SET header_salt = zeroblob(32)").ok());
            QVERIFY((*vault)->enableQuickUnlock(keys).ok());
        }
        auto vault = Vault::openWithKeyStore(dir, keys);
        QVERIFY(vault.ok());
        QCOMPARE(count(**vault, "SELECT count(*) FROM sealed_phrase"), 1);
        QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("pw")), VaultError::Damaged);
    }

    void damagedSealedPhraseIsDamage_data()
    {
        QTest::addColumn<QByteArray>("sql");
        QTest::newRow("ciphertext bit") << QByteArray("UPDATE sealed_phrase SET sealed = "
                                                      "(substr(sealed, 1, 3) || x'ff' || substr(sealed, 5))");
        QTest::newRow("tag bit") << QByteArray("UPDATE sealed_phrase SET sealed = "
                                               "(substr(sealed, 1, length(sealed) - 1) || x'00')");
        QTest::newRow("truncated") << QByteArray("UPDATE sealed_phrase SET sealed = substr(sealed, 1, 10)");
        QTest::newRow("nonce") << QByteArray("UPDATE sealed_phrase SET nonce = zeroblob(12)");
        QTest::newRow("short nonce") << QByteArray("UPDATE sealed_phrase SET nonce = zeroblob(11)");
        QTest::newRow("row deleted") << QByteArray("DELETE FROM sealed_phrase");
        QTest::newRow("another vault's") << QByteArray("other");
    }

    void damagedSealedPhraseIsDamage()
    {
        QFETCH(QByteArray, sql);
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "pw", kVectorPhrase));
        if (sql == "other") {
            // Same passphrase and phrase, another vault: its sealed phrase is bound to its own header.
            const QString other = tmp.filePath(QStringLiteral("other"));
            auto donor = Vault::create(other, secret("pw"), secret(kVectorPhrase), kFloor);
            QVERIFY(donor.ok());
            auto stmt = (*donor)->database()->prepare("SELECT nonce, sealed FROM sealed_phrase");
            QVERIFY(stmt.ok() && *stmt->step());
            sql = "UPDATE sealed_phrase SET nonce = x'" + raw(stmt->columnBlob(0)).toHex() + "', sealed = x'"
                + raw(stmt->columnBlob(1)).toHex() + "'";
        }
        {
            auto vault = Vault::open(dir, secret("pw"));
            QVERIFY(vault.ok());
            QVERIFY((*vault)->database()->exec(sql.constData()).ok());
        }
        const QByteArray header = readAll(headerFile(dir));
        auto vault = Vault::open(dir, secret("pw"));
        QVERIFY2(vault.ok(), "the records stay readable"); // a damaged phrase does not lock the wallet out
        QVERIFY(sameKeys(*(*vault)->recordKeyring(), kVectorPhrase));
        QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("pw")), VaultError::Damaged);
        QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("wrong")), VaultError::WrongPassphrase);
        // A passphrase change would lose the phrase: refused, the header untouched.
        QCOMPARE_ERROR((*vault)->changePassphrase(secret("pw"), secret("new")), VaultError::Damaged);
        QCOMPARE(readAll(headerFile(dir)), header);
    }

    void damagedBranchKeysAreDamage()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("w"));
        QVERIFY(makeVault(dir, "pw", kVectorPhrase));
        auto vault = Vault::open(dir, secret("pw"));
        QVERIFY(vault.ok());
        Database &db = *(*vault)->database();
        QVERIFY(db.exec("UPDATE branch_keys SET xprv = substr(xprv, 1, 100) || 'zzzzzzzzzzz' WHERE purpose = 'record'").ok());
        QCOMPARE_ERROR((*vault)->recordKeyring(), VaultError::Damaged);
        QVERIFY(db.exec("DELETE FROM branch_keys WHERE purpose = 'record'").ok());
        QCOMPARE_ERROR((*vault)->recordKeyring(), VaultError::NeedsPassphrase);
        // The patient branch under the record purpose: parses, but is not the key of that path.
        QVERIFY(db.exec("INSERT INTO branch_keys SELECT 'record', 'm/4411982''/1''', xprv FROM branch_keys"
                        " WHERE purpose = 'patient-signing'")
                    .ok());
        QCOMPARE_ERROR((*vault)->recordKeyring(), VaultError::Damaged);
        // The next passphrase unlock puts missing branch keys back, from the sealed phrase.
        QVERIFY(db.exec("DELETE FROM branch_keys").ok());
        (*vault)->lock();
        auto again = Vault::open(dir, secret("pw"));
        QVERIFY(again.ok());
        QVERIFY(sameKeys(*(*again)->recordKeyring(), kVectorPhrase));
        QVERIFY((*again)->grantKeys().ok());
    }

    void legacyVaultMigratesAtPassphraseUnlock()
    {
        QTemporaryDir tmp;
        const QString dir = copyLegacy(tmp, QStringLiteral("legacy"));
        const crypto::SecureBuffer dataKey = dataKeyOf(dir, kLegacyPassphrase);
        QCOMPARE(dataKey.size(), kVaultDataKeySize);
        const QList<QByteArray> needles = phraseNeedles(kVectorPhrase);
        // The old layout: the phrase is readable with the data key alone (the needles are live).
        QVERIFY(readableWithDataKey(dir, dataKey, needles).contains(0));
        auto identity = Identity::fromPhrase(kVectorPhrase);
        QVERIFY(identity.ok());
        {
            auto vault = Vault::open(dir, secret(kLegacyPassphrase));
            QVERIFY2(vault.ok(), vault.ok() ? "" : vaultErrorName(vault.error()));
            QCOMPARE((*vault)->address(), identity->addressText());
            QCOMPARE(count(**vault, "PRAGMA user_version"), std::int64_t{currentSchemaVersion()});
            QCOMPARE(count(**vault, "SELECT count(*) FROM meta WHERE key = 'recovery_phrase'"), 0);
            QCOMPARE(count(**vault, "SELECT count(*) FROM sealed_phrase"), 1);
            QVERIFY(sameKeys(*(*vault)->recordKeyring(), kVectorPhrase));
            QCOMPARE((*vault)->recoveryPhrase(secret(kLegacyPassphrase))->asStringView(), std::string_view(kVectorPhrase));
        }
        QCOMPARE(readableWithDataKey(dir, dataKey, needles), QSet<int>{});
        // And it stays migrated: the next open writes nothing more.
        auto vault = Vault::open(dir, secret(kLegacyPassphrase));
        QVERIFY(vault.ok());
        QCOMPARE(count(**vault, "SELECT count(*) FROM sealed_phrase"), 1);
    }

    void legacyVaultUnderQuickUnlockUntilThePassphrase()
    {
        QTemporaryDir tmp;
        const QString dir = copyLegacy(tmp, QStringLiteral("legacy"));
        const crypto::SecureBuffer dataKey = dataKeyOf(dir, kLegacyPassphrase);
        const QList<QByteArray> needles = phraseNeedles(kVectorPhrase);
        FakeKeyStore keys;
        QString id;
        {
            // Quick unlock was enabled by the old version: the keystore holds the data key.
            auto header = readAll(headerFile(dir));
            id = QStringLiteral("carnet-vault-") + QString::fromLatin1(header.mid(26, 16).toHex());
            keys.put(id, dataKey.view());
        }
        {
            // Only ever opened by quick unlock: the wallet works (branch keys filled from the old row),
            // but the old row stays, because sealing needs the passphrase.
            auto vault = Vault::openWithKeyStore(dir, keys);
            QVERIFY2(vault.ok(), vault.ok() ? "" : vaultErrorName(vault.error()));
            QCOMPARE((*vault)->keyStoreId(), id);
            QVERIFY(sameKeys(*(*vault)->recordKeyring(), kVectorPhrase));
            QCOMPARE(count(**vault, "SELECT count(*) FROM meta WHERE key = 'recovery_phrase'"), 1);
            QCOMPARE(count(**vault, "SELECT count(*) FROM sealed_phrase"), 0);
        }
        QVERIFY(readableWithDataKey(dir, dataKey, needles).contains(0));
        {
            // The first passphrase typed in that session (here: showing the phrase) moves it.
            auto vault = Vault::openWithKeyStore(dir, keys);
            QVERIFY(vault.ok());
            QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("wrong")), VaultError::WrongPassphrase);
            QCOMPARE(count(**vault, "SELECT count(*) FROM meta WHERE key = 'recovery_phrase'"), 1);
            QCOMPARE((*vault)->recoveryPhrase(secret(kLegacyPassphrase))->asStringView(), std::string_view(kVectorPhrase));
            QCOMPARE(count(**vault, "SELECT count(*) FROM meta WHERE key = 'recovery_phrase'"), 0);
        }
        QCOMPARE(readableWithDataKey(dir, dataKey, needles), QSet<int>{});
        auto vault = Vault::openWithKeyStore(dir, keys);
        QVERIFY(vault.ok());
        QVERIFY(sameKeys(*(*vault)->recordKeyring(), kVectorPhrase));
        QCOMPARE_ERROR((*vault)->recoveryPhrase(secret("wrong")), VaultError::WrongPassphrase);
    }

    void legacyVaultMigratesAtVerifyAndChange()
    {
        QTemporaryDir tmp;
        for (int how = 0; how < 2; ++how) {
            const QString dir = copyLegacy(tmp, QStringLiteral("legacy%1").arg(how));
            const crypto::SecureBuffer dataKey = dataKeyOf(dir, kLegacyPassphrase);
            FakeKeyStore keys;
            const QByteArray header = readAll(headerFile(dir));
            keys.put(QStringLiteral("carnet-vault-") + QString::fromLatin1(header.mid(26, 16).toHex()), dataKey.view());
            {
                auto vault = Vault::openWithKeyStore(dir, keys);
                QVERIFY(vault.ok());
                if (how == 0)
                    QVERIFY((*vault)->verifyPassphrase(secret(kLegacyPassphrase)).ok()); // enabling quick unlock again
                else
                    QVERIFY((*vault)->changePassphrase(secret(kLegacyPassphrase), secret("new one")).ok());
                QCOMPARE(count(**vault, "SELECT count(*) FROM meta WHERE key = 'recovery_phrase'"), 0);
            }
            QCOMPARE(readableWithDataKey(dir, dataKey, phraseNeedles(kVectorPhrase)), QSet<int>{});
            auto vault = Vault::open(dir, secret(how == 0 ? kLegacyPassphrase : "new one"));
            QVERIFY(vault.ok());
            QCOMPARE((*vault)->recoveryPhrase(secret(how == 0 ? kLegacyPassphrase : "new one"))->asStringView(),
                     std::string_view(kVectorPhrase));
        }
    }
};

QTEST_GUILESS_MAIN(TestVaultSealedPhrase)
#include "tst_vault_sealed_phrase.moc"
