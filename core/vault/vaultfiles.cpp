// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/vaultfiles.h"

#include "core/vault/fileops.h"
#include "core/vault/vaultsecrets.h"
#include "crypto/aead.h"
#include "crypto/random.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

namespace carnet::core::vaultfiles {

QString headerPath(const QString &dir) { return dir + QStringLiteral("/vault.header"); }
QString databasePath(const QString &dir) { return dir + QStringLiteral("/vault.db"); }
QString lockPath(const QString &dir) { return dir + QStringLiteral("/vault.lock"); }
QString attemptsPath(const QString &dir) { return dir + QStringLiteral("/vault.attempts"); }
QString newHeaderPath(const QString &dir) { return dir + QStringLiteral("/vault.header.new"); }

QString normalizeDir(const QString &dir)
{
    QString clean = QDir::cleanPath(QFileInfo(dir).absoluteFilePath());
    while (clean.size() > 1 && clean.endsWith(QLatin1Char('/')))
        clean.chop(1);
    return clean;
}

QString tempPrefix(const QString &dir)
{
    const QFileInfo info(dir);
    return info.absolutePath() + QStringLiteral("/.") + info.fileName() + QStringLiteral(".carnet-new-");
}

void removeStaleTemporaries(const QString &dir)
{
    const QString prefix = tempPrefix(dir);
    const QFileInfo prefixInfo(prefix);
    const QDir parent(prefixInfo.absolutePath());
    const QStringList names = parent.entryList({prefixInfo.fileName() + QLatin1Char('*')},
                                               QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
    const QDateTime tooOld = QDateTime::currentDateTimeUtc().addSecs(-600);
    for (const QString &name : names) {
        const QString path = parent.filePath(name);
        const QString lock = lockPath(path);
        if (QFileInfo::exists(lock)) {
            if (fileops::FileLock::isFree(lock))
                QDir(path).removeRecursively();
        } else if (!parent.rmdir(name) && QFileInfo(path).lastModified().toUTC() < tooOld) {
            // rmdir takes only an empty directory (a create killed between mkdir and its lock; a
            // create in that microsecond window fails cleanly). Lock-less with content: not ours
            // to judge quickly, so only once it is old.
            QDir(path).removeRecursively();
        }
    }
}

void removeStaleNewFiles(const QString &dir)
{
    QFile::remove(newHeaderPath(dir));
    QFile::remove(attemptsPath(dir) + QStringLiteral(".new"));
}

WrappedHeader wrapDataKey(crypto::ByteView dataKey, crypto::ByteView passphrase, const crypto::Argon2Params &params,
                          const std::array<std::uint8_t, 16> &vaultId)
{
    WrappedHeader out;
    VaultHeader &header = out.header;
    header.params = params;
    header.vaultId = vaultId;
    crypto::randomFill(header.salt);
    crypto::randomFill(header.nonce);
    const crypto::SecureBuffer kek = crypto::argon2id(passphrase, header.salt, params, crypto::kAeadKeySize);
    const crypto::Bytes sealed = crypto::aeadSeal(kek.view(), header.nonce, dataKey, header.associatedData());
    std::copy_n(sealed.begin(), header.wrappedKey.size(), header.wrappedKey.begin());
    out.phraseKey = vaultsecrets::phraseKeyFromKek(kek.view());
    return out;
}

VaultResult<PassphraseKeys> unwrapDataKey(const VaultHeader &header, crypto::ByteView passphrase)
{
    const crypto::SecureBuffer kek = crypto::argon2id(passphrase, header.salt, header.params, crypto::kAeadKeySize);
    if (kek.size() != crypto::kAeadKeySize)
        return fail(VaultError::Damaged);
    auto key = crypto::aeadOpen(kek.view(), header.nonce, header.wrappedKey, header.associatedData());
    if (!key)
        return fail(VaultError::WrongPassphrase);
    if (key->size() != kVaultDataKeySize)
        return fail(VaultError::Damaged);
    return PassphraseKeys{std::move(*key), vaultsecrets::phraseKeyFromKek(kek.view())};
}

} // namespace carnet::core::vaultfiles
