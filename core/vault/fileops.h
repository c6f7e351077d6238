// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Durable file operations for the vault (POSIX: Linux, Android, macOS, iOS).
//
// Crash safety rests on three habits: write a new file completely and fsync it before it takes the
// place of the old one; rename() to replace (atomic on POSIX); fsync the directory so that the
// rename itself survives a power cut.
#include "core/vault/vaulterror.h"
#include "crypto/bytes.h"

#include <QByteArray>
#include <QString>

namespace carnet::core::fileops {

/** Maps an errno value to DiskFull / NotFound / IoError. */
VaultError fromErrno(int error) noexcept;

/** Reads a whole file of at most `maxSize` bytes (more → Damaged, missing → NotFound). */
VaultResult<QByteArray> readSmallFile(const QString &path, qint64 maxSize);

/** Creates (or truncates) `path` with mode 0600, writes `data` in full and fsyncs it. */
VaultResult<void> writeFileSynced(const QString &path, crypto::ByteView data);

/** fsyncs an existing file or directory. */
VaultResult<void> syncPath(const QString &path);

/** rename(from, to), then fsyncs the directory holding `to`. */
VaultResult<void> renameSynced(const QString &from, const QString &to);

/** An exclusive advisory lock (flock) on a lock file, released when the object dies or the
 *  process ends in any way (the kernel drops it on SIGKILL, so a stale lock cannot outlive its
 *  owner). The lock follows the file, not its name: a directory holding it may be renamed. */
class FileLock
{
public:
    FileLock() = default;
    /** Creates `path` if needed and locks it without waiting. Held elsewhere → InUse. */
    static VaultResult<FileLock> acquire(const QString &path);
    /** True when `path` exists and nobody holds a lock on it. */
    static bool isFree(const QString &path);

    FileLock(FileLock &&other) noexcept;
    FileLock &operator=(FileLock &&other) noexcept;
    FileLock(const FileLock &) = delete;
    FileLock &operator=(const FileLock &) = delete;
    ~FileLock();

    bool held() const noexcept { return m_fd >= 0; }
    void release() noexcept;

private:
    explicit FileLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

} // namespace carnet::core::fileops
