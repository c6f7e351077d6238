// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/vault.h"

#include "core/vault/crashpoint.h"
#include "core/vault/vaultdb.h"
#include "core/vault/vaultfiles.h"

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
                                                      crypto::SecureBuffer dataKey, VaultClock clock)
{
    auto db = openVaultDatabase(vaultfiles::databasePath(dir), dataKey.view(), DbOpenMode::Open);
    if (!db)
        return fail(db.error());
    vaultCheckpoint();
    auto address = readAddress(**db);
    if (!address)
        return fail(address.error());
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
    auto dataKey = vaultfiles::unwrapDataKey(prepared->header, passphrase.view());
    if (!dataKey) {
        if (dataKey.error() == VaultError::WrongPassphrase)
            (void)throttle.recordFailure(); // a full disk must not turn a wrong passphrase into another error
        return fail(dataKey.error());
    }
    (void)throttle.recordSuccess();
    return openLocked(prepared->dir, std::move(prepared->lock), std::move(prepared->header), std::move(*dataKey),
                      std::move(clock));
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
                            std::move(*dataKey), std::move(clock));
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
    auto key = vaultfiles::unwrapDataKey(m_header, passphrase.view());
    if (!key) {
        if (key.error() == VaultError::WrongPassphrase)
            (void)throttle.recordFailure();
        return fail(key.error());
    }
    if (!crypto::constantTimeEqual(key->view(), m_dataKey.view()))
        return fail(VaultError::Damaged);
    (void)throttle.recordSuccess();
    return std::move(*key);
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
    if (auto verified = reauthenticate(oldPassphrase); !verified)
        return fail(verified.error());
    vaultCheckpoint();

    const VaultHeader header = vaultfiles::wrapDataKey(m_dataKey.view(), newPassphrase.view(), params,
                                                       m_header.vaultId);
    const QString next = vaultfiles::newHeaderPath(m_dir);
    if (auto written = fileops::writeFileSynced(next, header.serialize()); !written) {
        QFile::remove(next);
        return written;
    }
    vaultCheckpoint();
    if (auto renamed = fileops::renameSynced(next, vaultfiles::headerPath(m_dir)); !renamed) {
        QFile::remove(next);
        return renamed;
    }
    vaultCheckpoint();
    m_header = header;
    return {};
}

VaultResult<crypto::SecureBuffer> Vault::recoveryPhrase(const crypto::SecureBuffer &passphrase)
{
    if (auto verified = reauthenticate(passphrase); !verified)
        return fail(verified.error());
    return phraseForDerivation();
}

VaultResult<crypto::SecureBuffer> Vault::phraseForDerivation()
{
    if (isLocked())
        return fail(VaultError::Locked);
    auto stmt = m_db->prepare("SELECT value FROM meta WHERE key = 'recovery_phrase'");
    if (!stmt)
        return fail(vaultErrorFromDb(stmt.error()));
    auto row = stmt->step();
    if (!row)
        return fail(vaultErrorFromDb(row.error()));
    if (!*row)
        return fail(VaultError::Damaged);
    return crypto::SecureBuffer::copyOf(stmt->columnBlob(0));
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
