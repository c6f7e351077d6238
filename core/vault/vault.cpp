// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/vault.h"

#include "core/vault/crashpoint.h"
#include "core/vault/vaultdb.h"
#include "core/vault/vaultfiles.h"
#include "core/vault/vaultsecrets.h"

#include <QDir>
#include <QFileInfo>

namespace carnet::core {
namespace {

// Everything that can be said about a vault without its key: presence, lock, header, db file.
struct Prepared
{
    QString dir;
    fileops::FileLock lock;
    VaultHeader header;
};

VaultResult<Prepared> prepare(const QString &rawDir)
{
    const QString dir = vaultfiles::normalizeDir(rawDir);
    if (!QFileInfo(dir).isDir())
        return fail(VaultError::NotFound);
    const bool hasHeader = QFileInfo::exists(vaultfiles::headerPath(dir));
    const bool hasDb = QFileInfo::exists(vaultfiles::databasePath(dir));
    if (!hasHeader && !hasDb)
        return fail(VaultError::NotFound);
    if (!hasHeader)
        return fail(VaultError::MissingHeader);
    if (!hasDb)
        return fail(VaultError::MissingDatabase);

    auto lock = fileops::FileLock::acquire(vaultfiles::lockPath(dir));
    if (!lock)
        return fail(lock.error());
    // Holding the lock, anything half-written in here belongs to a process that died.
    vaultfiles::removeStaleNewFiles(dir);
    vaultfiles::removeStaleTemporaries(dir);
    vaultCheckpoint();

    auto file = fileops::readSmallFile(vaultfiles::headerPath(dir), 4096);
    if (!file)
        return fail(file.error() == VaultError::NotFound ? VaultError::MissingHeader : file.error());
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(file->constData());
    auto header = VaultHeader::parse({bytes, static_cast<std::size_t>(file->size())});
    if (!header)
        return fail(header.error());
    if (auto db = checkDatabaseFile(vaultfiles::databasePath(dir)); !db)
        return fail(db.error());
    return Prepared{dir, std::move(*lock), std::move(*header)};
}

VaultResult<QString> readAddress(Database &db)
{
    auto stmt = db.prepare("SELECT address FROM keys WHERE purpose = 'account'");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    auto row = stmt->step();
    if (!row)
        return fail(vaultErrorFromDb(row.error()));
    if (!*row)
        return fail(VaultError::Damaged);
    return QString::fromStdString(stmt->columnText(0));
}

} // namespace

namespace {

// After the database opened: an old vault's phrase is moved under the phrase key (passphrase unlock)
// or, without one (quick unlock), only its branch keys are filled in from it; a new vault missing its
// branch keys gets them at a passphrase unlock; sealed phrases of an interrupted passphrase change
// that are not the header's are deleted.
VaultResult<void> settleSecrets(Database &db, const VaultHeader &header, const crypto::SecureBuffer &phraseKey)
{
    auto legacy = vaultsecrets::readLegacyPhrase(db);
    if (!legacy)
        return fail(legacy.error());
    if (*legacy) {
        if (!phraseKey.empty())
            return vaultsecrets::migrateLegacyPhrase(db, header, phraseKey.view(), **legacy);
        auto has = vaultsecrets::hasBranchKeys(db);
        if (!has)
            return fail(has.error());
        return *has ? VaultResult<void>{} : vaultsecrets::fillBranchKeys(db, **legacy);
    }
    if (auto cleaned = vaultsecrets::removeStaleSealedPhrases(db, header); !cleaned)
        return cleaned;
    if (phraseKey.empty())
        return {};
    auto has = vaultsecrets::hasBranchKeys(db);
    if (!has)
        return fail(has.error());
    if (*has)
        return {};
    auto sealed = vaultsecrets::readSealedPhrase(db, header);
    if (!sealed)
        return fail(sealed.error());
    if (!*sealed)
        return {}; // reported by recoveryPhrase(); the records stay readable
    auto phrase = vaultsecrets::openPhrase(phraseKey.view(), header, **sealed);
    if (!phrase)
        return {};
    return vaultsecrets::fillBranchKeys(db, *phrase);
}

} // namespace

Vault::Vault(QString dir, fileops::FileLock lock, VaultHeader header, crypto::SecureBuffer dataKey,
             std::unique_ptr<Database> db, QString address, VaultClock clock)
    : m_dir(std::move(dir))
    , m_lock(std::move(lock))
    , m_header(std::move(header))
    , m_dataKey(std::move(dataKey))
    , m_db(std::move(db))
    , m_address(std::move(address))
    , m_clock(std::move(clock))
{
}

Vault::~Vault()
{
    lock();
}

bool Vault::exists(const QString &dir)
{
    const QString clean = vaultfiles::normalizeDir(dir);
    return QFileInfo::exists(vaultfiles::headerPath(clean)) || QFileInfo::exists(vaultfiles::databasePath(clean));
}

std::chrono::seconds Vault::throttleRemaining(const QString &dir, VaultClock clock)
{
    return Throttle(vaultfiles::attemptsPath(vaultfiles::normalizeDir(dir)), std::move(clock)).remaining();
}

VaultResult<std::unique_ptr<Vault>> Vault::openLocked(const QString &dir, fileops::FileLock lock, VaultHeader header,
                                                      crypto::SecureBuffer dataKey, crypto::SecureBuffer phraseKey,
                                                      VaultClock clock)
{
    auto db = openVaultDatabase(vaultfiles::databasePath(dir), dataKey.view(), DbOpenMode::Open);
    if (!db)
        return fail(db.error());
    vaultCheckpoint();
    auto address = readAddress(**db);
    if (!address)
        return fail(address.error());
    if (auto settled = settleSecrets(**db, header, phraseKey); !settled)
        return fail(settled.error());
    phraseKey.clear(); // used to settle an old vault's phrase; never kept
    vaultCheckpoint();
    return std::unique_ptr<Vault>(new Vault(dir, std::move(lock), std::move(header), std::move(dataKey),
                                            std::move(*db), std::move(*address), std::move(clock)));
}

VaultResult<std::unique_ptr<Vault>> Vault::open(const QString &dir, const crypto::SecureBuffer &passphrase,
                                                VaultClock clock)
{
    auto prepared = prepare(dir);
    if (!prepared)
        return fail(prepared.error());
    Throttle throttle(vaultfiles::attemptsPath(prepared->dir), clock);
    if (throttle.remaining().count() > 0)
        return fail(VaultError::Throttled);
    auto keys = vaultfiles::unwrapDataKey(prepared->header, passphrase.view());
    if (!keys) {
        if (keys.error() == VaultError::WrongPassphrase)
            (void)throttle.recordFailure(); // a full disk must not turn a wrong passphrase into another error
        return fail(keys.error());
    }
    (void)throttle.recordSuccess();
    return openLocked(prepared->dir, std::move(prepared->lock), std::move(prepared->header),
                      std::move(keys->dataKey), std::move(keys->phraseKey), std::move(clock));
}

VaultResult<std::unique_ptr<Vault>> Vault::openWithKeyStore(const QString &dir, KeyStore &keyStore,
                                                            VaultClock clock)
{
    auto prepared = prepare(dir);
    if (!prepared)
        return fail(prepared.error());
    const QString id = QStringLiteral("carnet-vault-")
        + QString::fromStdString(crypto::toHex(prepared->header.vaultId));
    auto dataKey = keyStore.load(id);
    if (!dataKey || dataKey->size() != kVaultDataKeySize)
        return fail(VaultError::KeystoreUnavailable);
    auto vault = openLocked(prepared->dir, std::move(prepared->lock), std::move(prepared->header),
                            std::move(*dataKey), crypto::SecureBuffer(), std::move(clock));
    if (!vault) {
        // A stale entry and a damaged first page look the same to SQLCipher; the passphrase path,
        // whose key is authenticated by the header, tells them apart.
        const VaultError error = vault.error();
        if (error == VaultError::Damaged)
            return fail(VaultError::KeystoreUnavailable);
        return fail(error);
    }
    return vault;
}

void Vault::lock() noexcept
{
    m_db.reset();
    m_dataKey.clear();
    m_address.clear();
    m_lock.release();
}

QString Vault::keyStoreId() const
{
    return QStringLiteral("carnet-vault-") + QString::fromStdString(crypto::toHex(m_header.vaultId));
}

VaultResult<crypto::SecureBuffer> Vault::reauthenticate(const crypto::SecureBuffer &passphrase)
{
    if (isLocked())
        return fail(VaultError::Locked);
    Throttle throttle(vaultfiles::attemptsPath(m_dir), m_clock);
    if (throttle.remaining().count() > 0)
        return fail(VaultError::Throttled);
    auto keys = vaultfiles::unwrapDataKey(m_header, passphrase.view());
    if (!keys) {
        if (keys.error() == VaultError::WrongPassphrase)
            (void)throttle.recordFailure();
        return fail(keys.error());
    }
    if (!crypto::constantTimeEqual(keys->dataKey.view(), m_dataKey.view()))
        return fail(VaultError::Damaged);
    (void)throttle.recordSuccess();
    // A vault of the old layout opened by quick unlock: this is the first time the passphrase is here.
    auto legacy = vaultsecrets::readLegacyPhrase(*m_db);
    if (!legacy)
        return fail(legacy.error());
    if (*legacy) {
        if (auto moved = vaultsecrets::migrateLegacyPhrase(*m_db, m_header, keys->phraseKey.view(), **legacy); !moved)
            return fail(moved.error());
    }
    return std::move(keys->phraseKey);
}

VaultResult<crypto::SecureBuffer> Vault::unsealPhrase(crypto::ByteView phraseKey)
{
    auto sealed = vaultsecrets::readSealedPhrase(*m_db, m_header);
    if (!sealed)
        return fail(sealed.error());
    if (!*sealed)
        return fail(VaultError::Damaged);
    // The passphrase was proved right by the header, so a failing tag is damage (or tampering by
    // someone holding the data key), never a wrong passphrase.
    auto phrase = vaultsecrets::openPhrase(phraseKey, m_header, **sealed);
    if (!phrase)
        return fail(VaultError::Damaged);
    return std::move(*phrase);
}

VaultResult<void> Vault::changePassphrase(const crypto::SecureBuffer &oldPassphrase,
                                          const crypto::SecureBuffer &newPassphrase,
                                          std::optional<crypto::Argon2Params> newParams)
{
    if (isLocked())
        return fail(VaultError::Locked);
    if (newPassphrase.empty())
        return fail(VaultError::EmptyPassphrase);
    const crypto::Argon2Params params = newParams.value_or(m_header.params);
    if (!meetsFloor(params))
        return fail(VaultError::WeakParameters);
    auto oldKey = reauthenticate(oldPassphrase);
    if (!oldKey)
        return fail(oldKey.error());
    auto phrase = unsealPhrase(oldKey->view());
    if (!phrase)
        return fail(phrase.error());
    vaultCheckpoint();

    // 1. The phrase sealed for the new header, committed next to the old one.
    vaultfiles::WrappedHeader next = vaultfiles::wrapDataKey(m_dataKey.view(), newPassphrase.view(), params,
                                                             m_header.vaultId);
    {
        auto transaction = Transaction::begin(*m_db);
        if (!transaction)
            return fail(vaultErrorFromDb(transaction.error()));
        const auto sealed = vaultsecrets::sealPhrase(next.phraseKey.view(), next.header, phrase->view());
        if (auto written = vaultsecrets::writeSealedPhrase(*m_db, next.header, sealed); !written)
            return written;
        if (auto done = transaction->commit(); !done)
            return fail(vaultErrorFromDb(done.error()));
    }
    phrase->clear();
    vaultCheckpoint();

    // 2. The new header, atomically. Until the rename the old header (and its sealed phrase) is the vault.
    const QString nextPath = vaultfiles::newHeaderPath(m_dir);
    if (auto written = fileops::writeFileSynced(nextPath, next.header.serialize()); !written) {
        QFile::remove(nextPath);
        return written;
    }
    vaultCheckpoint();
    if (auto renamed = fileops::renameSynced(nextPath, vaultfiles::headerPath(m_dir)); !renamed) {
        QFile::remove(nextPath);
        return renamed;
    }
    vaultCheckpoint();
    m_header = next.header;

    // 3. The old sealed phrase goes. If this fails the next open deletes it (removeStaleSealedPhrases).
    (void)vaultsecrets::removeStaleSealedPhrases(*m_db, m_header);
    vaultCheckpoint();
    return {};
}

VaultResult<crypto::SecureBuffer> Vault::recoveryPhrase(const crypto::SecureBuffer &passphrase)
{
    auto phraseKey = reauthenticate(passphrase);
    if (!phraseKey)
        return fail(phraseKey.error());
    return unsealPhrase(phraseKey->view());
}

VaultResult<void> Vault::verifyPassphrase(const crypto::SecureBuffer &passphrase)
{
    auto phraseKey = reauthenticate(passphrase);
    if (!phraseKey)
        return fail(phraseKey.error());
    return {};
}

VaultResult<record::RecordKeyring> Vault::recordKeyring()
{
    if (isLocked())
        return fail(VaultError::Locked);
    return vaultsecrets::readBranchKeys(*m_db);
}

VaultResult<share::GrantKeys> Vault::grantKeys()
{
    if (!m_db)
        return fail(VaultError::Locked);
    return vaultsecrets::readGrantKeys(*m_db);
}

VaultResult<research::ResearchKeys> Vault::researchKeys()
{
    if (!m_db)
        return fail(VaultError::Locked);
    return vaultsecrets::readResearchKeys(*m_db);
}

VaultResult<void> Vault::enableQuickUnlock(KeyStore &keyStore)
{
    if (isLocked())
        return fail(VaultError::Locked);
    if (!keyStore.store(keyStoreId(), m_dataKey.view()))
        return fail(VaultError::KeystoreUnavailable);
    return {};
}

VaultResult<void> Vault::disableQuickUnlock(KeyStore &keyStore)
{
    if (isLocked())
        return fail(VaultError::Locked);
    if (!keyStore.remove(keyStoreId()))
        return fail(VaultError::KeystoreUnavailable);
    return {};
}

} // namespace carnet::core
