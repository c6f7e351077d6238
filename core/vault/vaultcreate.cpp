// SPDX-License-Identifier: GPL-3.0-or-later
// Vault::create (and restore, which is create with a typed-back phrase).
//
// Crash safety: everything is built in a sibling temporary directory holding its own lock, made
// durable (files and directory fsync'd), then renamed onto DIR in one rename(2), and the parent
// directory is fsync'd. Before the rename DIR has no vault; after it DIR has the complete one.
#include "core/identity.h"
#include "core/vault/crashpoint.h"
#include "core/vault/vault.h"
#include "core/vault/vaultdb.h"
#include "core/vault/vaultfiles.h"
#include "core/vault/vaultsecrets.h"
#include "crypto/random.h"

#include <QDir>
#include <QFileInfo>

#include <cerrno>
#include <sys/stat.h>

namespace carnet::core {
namespace {

bool isEmptyOrMissing(const QString &dir)
{
    const QFileInfo info(dir);
    if (!info.exists())
        return true;
    return info.isDir() && QDir(dir).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// The canonical phrase (single spaces, the list's own spelling) of a valid phrase.
crypto::SecureBuffer canonicalPhrase(const crypto::Bip39Parse &parse)
{
    return crypto::mnemonicFromEntropy(parse.entropy.view(), parse.language);
}

// One transaction: the sealed phrase (under the phrase key, for `header`), the branch keys an unlocked
// wallet works with (under the data key, like everything in the database), the public keys, the meta rows.
VaultResult<void> fillDatabase(Database &db, const crypto::SecureBuffer &phrase, const Identity &identity,
                               const VaultHeader &header, const crypto::SecureBuffer &phraseKey,
                               std::int64_t createdAt)
{
    auto keyring = vaultsecrets::keyringOfPhrase(phrase);
    if (!keyring)
        return fail(keyring.error());
    auto grantKeys = vaultsecrets::grantKeysOfPhrase(phrase);
    if (!grantKeys)
        return fail(grantKeys.error());
    auto researchKeys = vaultsecrets::researchKeysOfPhrase(phrase);
    if (!researchKeys)
        return fail(researchKeys.error());
    auto transaction = Transaction::begin(db);
    if (!transaction)
        return fail(vaultErrorFromDb(transaction.error()));
    auto meta = db.prepare("INSERT INTO meta (key, value) VALUES (?1, ?2)");
    if (!meta)
        return fail(vaultErrorFromDb(meta.error()));
    const std::string id = crypto::toHex(header.vaultId);
    const std::string created = std::to_string(createdAt);
    const std::pair<const char *, crypto::ByteView> rows[] = {
        {"vault_id", crypto::asBytes(id)},
        {"created_at", crypto::asBytes(created)},
    };
    for (const auto &[key, value] : rows) {
        meta->bind(1, std::string_view(key)).bindBlob(2, value);
        if (auto done = meta->run(); !done)
            return fail(vaultErrorFromDb(done.error()));
        meta->reset();
    }
    const auto sealed = vaultsecrets::sealPhrase(phraseKey.view(), header, phrase.view());
    if (auto done = vaultsecrets::writeSealedPhrase(db, header, sealed); !done)
        return done;
    if (auto done = vaultsecrets::writeBranchKeys(db, *keyring); !done)
        return done;
    if (auto done = vaultsecrets::writeGrantKeys(db, *grantKeys); !done)
        return done;
    if (auto done = vaultsecrets::writeResearchKeys(db, *researchKeys); !done)
        return done;
    auto keys = db.prepare("INSERT INTO keys (purpose, path, address, public_key) VALUES (?1, ?2, ?3, ?4)");
    if (!keys)
        return fail(vaultErrorFromDb(keys.error()));
    const std::string address = identity.addressText().toStdString();
    const auto accountKey = identity.accountKey().publicKey().compressed();
    keys->bind(1, std::string_view("account")).bind(2, std::string_view(kAccountPath)).bind(3, address);
    keys->bindBlob(4, accountKey);
    if (auto done = keys->run(); !done)
        return fail(vaultErrorFromDb(done.error()));
    keys->reset();
    const auto encryptionKey = identity.encryptionPublicKey().compressed();
    keys->bind(1, std::string_view("encryption")).bind(2, std::string_view(kEncryptionKeyPath));
    keys->bindBlob(4, encryptionKey); // address stays NULL: this key never signs
    if (auto done = keys->run(); !done)
        return fail(vaultErrorFromDb(done.error()));
    if (auto done = transaction->commit(); !done)
        return fail(vaultErrorFromDb(done.error()));
    return {};
}

// Builds a complete vault in `temp` (database, then header), everything fsync'd. The header is computed
// first (one Argon2id run) because the sealed phrase is bound to it; it reaches the disk last.
VaultResult<void> buildVault(const QString &temp, const vaultfiles::WrappedHeader &wrapped,
                             const crypto::SecureBuffer &phrase, const Identity &identity,
                             const crypto::SecureBuffer &dataKey, std::int64_t createdAt)
{
    // SQLite would create the file with the umask's mode; make it 0600 first (an empty file is a
    // new database to SQLite, and its journals take the database file's mode).
    if (auto made = fileops::writeFileSynced(vaultfiles::databasePath(temp), {}); !made)
        return made;
    {
        auto db = openVaultDatabase(vaultfiles::databasePath(temp), dataKey.view(), DbOpenMode::Create);
        if (!db)
            return fail(db.error());
        vaultCheckpoint();
        if (auto filled = fillDatabase(**db, phrase, identity, wrapped.header, wrapped.phraseKey, createdAt); !filled)
            return filled;
        vaultCheckpoint();
    } // closing checkpoints the WAL into vault.db and removes it: the directory may now move
    if (auto synced = fileops::syncPath(vaultfiles::databasePath(temp)); !synced)
        return synced;
    vaultCheckpoint();
    if (auto written = fileops::writeFileSynced(vaultfiles::headerPath(temp), wrapped.header.serialize()); !written)
        return written;
    vaultCheckpoint();
    return fileops::syncPath(temp);
}

} // namespace

VaultResult<std::unique_ptr<Vault>> Vault::create(const QString &rawDir, crypto::SecureBuffer passphrase,
                                                  crypto::SecureBuffer phrase, const crypto::Argon2Params &params,
                                                  VaultClock clock)
{
    if (passphrase.empty())
        return fail(VaultError::EmptyPassphrase);
    if (!meetsFloor(params) || params.memoryKiB > kArgon2Ceiling.memoryKiB
        || params.iterations > kArgon2Ceiling.iterations || params.parallelism > kArgon2Ceiling.parallelism)
        return fail(VaultError::WeakParameters);
    const crypto::Bip39Parse parse = crypto::parseMnemonic(phrase.asStringView());
    if (parse.error != crypto::Bip39Error::None)
        return fail(VaultError::InvalidPhrase);
    auto identity = Identity::fromParse(parse);
    if (!identity)
        return fail(VaultError::InvalidPhrase);
    phrase = canonicalPhrase(parse);

    const QString dir = vaultfiles::normalizeDir(rawDir);
    if (!isEmptyOrMissing(dir))
        return fail(VaultError::AlreadyExists);
    const QString parent = QFileInfo(dir).absolutePath();
    if (!QDir().mkpath(parent))
        return fail(VaultError::IoError);
    vaultfiles::removeStaleTemporaries(dir);

    const QString temp = vaultfiles::tempPrefix(dir) + QString::fromStdString(crypto::toHex(crypto::randomBytes(4)));
    if (::mkdir(QFile::encodeName(temp).constData(), 0700) != 0)
        return fail(fileops::fromErrno(errno));
    vaultCheckpoint();
    auto lock = fileops::FileLock::acquire(vaultfiles::lockPath(temp));
    if (!lock) {
        QDir(temp).removeRecursively();
        return fail(lock.error());
    }
    vaultCheckpoint();

    const VaultClock now = clock ? clock : VaultClock([] { return std::chrono::system_clock::now(); });
    const std::int64_t createdAt = std::chrono::duration_cast<std::chrono::seconds>(now().time_since_epoch()).count();
    std::array<std::uint8_t, 16> vaultId{};
    crypto::randomFill(vaultId);
    crypto::SecureBuffer dataKey = crypto::randomSecret(kVaultDataKeySize);

    vaultfiles::WrappedHeader wrapped = vaultfiles::wrapDataKey(dataKey.view(), passphrase.view(), params, vaultId);
    passphrase.clear();
    auto built = buildVault(temp, wrapped, phrase, *identity, dataKey, createdAt);
    if (built) {
        // rename(2) replaces DIR only when it is missing or an empty directory.
        built = fileops::renameSynced(temp, dir);
    }
    if (!built) {
        QDir(temp).removeRecursively();
        return fail(built.error());
    }
    vaultCheckpoint();

    // The lock moved with the directory (it is held on the file, not on its name).
    auto header = fileops::readSmallFile(vaultfiles::headerPath(dir), 4096);
    if (!header)
        return fail(header.error());
    auto parsed = VaultHeader::parse({reinterpret_cast<const std::uint8_t *>(header->constData()),
                                      static_cast<std::size_t>(header->size())});
    if (!parsed)
        return fail(parsed.error());
    return openLocked(dir, std::move(*lock), std::move(*parsed), std::move(dataKey), std::move(wrapped.phraseKey),
                      std::move(clock));
}

} // namespace carnet::core
