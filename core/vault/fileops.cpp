// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/fileops.h"

#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>

namespace carnet::core::fileops {
namespace {

QByteArray nativePath(const QString &path)
{
    return QFile::encodeName(path);
}

int openRetry(const QByteArray &path, int flags, mode_t mode = 0)
{
    int fd = -1;
    do {
        fd = ::open(path.constData(), flags | O_CLOEXEC, mode);
    } while (fd < 0 && errno == EINTR);
    return fd;
}

} // namespace

VaultError fromErrno(int error) noexcept
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return VaultError::DiskFull;
    case ENOENT:
    case ENOTDIR:
        return VaultError::NotFound;
    default:
        return VaultError::IoError;
    }
}

VaultResult<QByteArray> readSmallFile(const QString &path, qint64 maxSize)
{
    const int fd = openRetry(nativePath(path), O_RDONLY);
    if (fd < 0)
        return fail(fromErrno(errno));
    QByteArray data;
    char chunk[4096];
    for (;;) {
        const ssize_t got = ::read(fd, chunk, sizeof chunk);
        if (got < 0 && errno == EINTR)
            continue;
        if (got < 0) {
            const int error = errno;
            ::close(fd);
            return fail(fromErrno(error));
        }
        if (got == 0)
            break;
        data.append(chunk, static_cast<qsizetype>(got));
        if (data.size() > maxSize) {
            ::close(fd);
            return fail(VaultError::Damaged);
        }
    }
    ::close(fd);
    return data;
}

VaultResult<void> writeFileSynced(const QString &path, crypto::ByteView data)
{
    const int fd = openRetry(nativePath(path), O_WRONLY | O_CREAT | O_TRUNC, 0600);
    if (fd < 0)
        return fail(fromErrno(errno));
    std::size_t done = 0;
    while (done < data.size()) {
        const ssize_t put = ::write(fd, data.data() + done, data.size() - done);
        if (put < 0 && errno == EINTR)
            continue;
        if (put <= 0) {
            const int error = put < 0 ? errno : EIO;
            ::close(fd);
            return fail(fromErrno(error));
        }
        done += static_cast<std::size_t>(put);
    }
    if (::fsync(fd) != 0) {
        const int error = errno;
        ::close(fd);
        return fail(fromErrno(error));
    }
    if (::close(fd) != 0)
        return fail(fromErrno(errno));
    return {};
}

VaultResult<void> syncPath(const QString &path)
{
    const int fd = openRetry(nativePath(path), O_RDONLY);
    if (fd < 0)
        return fail(fromErrno(errno));
    const int rc = ::fsync(fd);
    const int error = errno;
    ::close(fd);
    if (rc != 0)
        return fail(fromErrno(error));
    return {};
}

VaultResult<void> renameSynced(const QString &from, const QString &to)
{
    if (::rename(nativePath(from).constData(), nativePath(to).constData()) != 0) {
        const int error = errno;
        if (error == ENOTEMPTY || error == EEXIST)
            return fail(VaultError::AlreadyExists);
        return fail(fromErrno(error));
    }
    return syncPath(QFileInfo(to).absolutePath());
}

VaultResult<FileLock> FileLock::acquire(const QString &path)
{
    const int fd = openRetry(nativePath(path), O_RDWR | O_CREAT, 0600);
    if (fd < 0)
        return fail(fromErrno(errno));
    int rc = -1;
    do {
        rc = ::flock(fd, LOCK_EX | LOCK_NB);
    } while (rc != 0 && errno == EINTR);
    if (rc != 0) {
        const int error = errno;
        ::close(fd);
        return fail(error == EWOULDBLOCK ? VaultError::InUse : fromErrno(error));
    }
    return FileLock(fd);
}

bool FileLock::isFree(const QString &path)
{
    const int fd = openRetry(nativePath(path), O_RDONLY);
    if (fd < 0)
        return false;
    const bool free = ::flock(fd, LOCK_EX | LOCK_NB) == 0;
    ::close(fd); // closing drops the probe lock
    return free;
}

FileLock::FileLock(FileLock &&other) noexcept : m_fd(std::exchange(other.m_fd, -1)) {}

FileLock &FileLock::operator=(FileLock &&other) noexcept
{
    if (this != &other) {
        release();
        m_fd = std::exchange(other.m_fd, -1);
    }
    return *this;
}

FileLock::~FileLock()
{
    release();
}

void FileLock::release() noexcept
{
    if (m_fd >= 0) {
        ::close(m_fd); // closing the last descriptor releases the flock
        m_fd = -1;
    }
}

} // namespace carnet::core::fileops
