// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/vault/throttle.h"

#include "core/vault/fileops.h"

#include <QFile>

#include <algorithm>
#include <cstring>

namespace carnet::core {
namespace {

constexpr char kMagic[4] = {'C', 'V', 'T', '1'};
constexpr qsizetype kRecordSize = 16;

std::int64_t toUnix(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::seconds>(t.time_since_epoch()).count();
}

} // namespace

Throttle::Throttle(QString path, VaultClock clock) : m_path(std::move(path)), m_clock(std::move(clock))
{
    if (!m_clock)
        m_clock = [] { return std::chrono::system_clock::now(); };
    if (!QFile::exists(m_path))
        return;
    auto data = fileops::readSmallFile(m_path, 64);
    if (!data || data->size() != kRecordSize || std::memcmp(data->constData(), kMagic, 4) != 0) {
        m_failures = kFreeAttempts;
        return;
    }
    const auto *p = reinterpret_cast<const std::uint8_t *>(data->constData());
    for (int i = 4; i < 8; ++i)
        m_failures = (m_failures << 8) | p[i];
    std::uint64_t last = 0;
    for (int i = 8; i < 16; ++i)
        last = (last << 8) | p[i];
    m_lastFailure = static_cast<std::int64_t>(last);
}

std::chrono::seconds Throttle::delayAfter(std::uint32_t failures) noexcept
{
    if (failures < kFreeAttempts)
        return std::chrono::seconds(0);
    const std::uint32_t doublings = std::min<std::uint32_t>(failures - kFreeAttempts, 6);
    return std::min(std::chrono::seconds(std::int64_t{1} << doublings), kMaxDelay);
}

std::chrono::seconds Throttle::remaining() const
{
    const std::chrono::seconds delay = delayAfter(m_failures);
    if (delay.count() == 0)
        return delay;
    const std::int64_t now = toUnix(m_clock());
    if (now < m_lastFailure)
        return delay;
    const std::int64_t left = m_lastFailure + delay.count() - now;
    return std::chrono::seconds(std::max<std::int64_t>(left, 0));
}

VaultResult<void> Throttle::recordFailure()
{
    if (m_failures < 0xffffffffu)
        ++m_failures;
    m_lastFailure = toUnix(m_clock());
    return save();
}

VaultResult<void> Throttle::recordSuccess()
{
    if (m_failures == 0 && !QFile::exists(m_path))
        return {};
    m_failures = 0;
    m_lastFailure = 0;
    if (!QFile::remove(m_path) && QFile::exists(m_path))
        return fail(VaultError::IoError);
    return {};
}

VaultResult<void> Throttle::save()
{
    crypto::Bytes record(kMagic, kMagic + 4);
    for (int shift = 24; shift >= 0; shift -= 8)
        record.push_back(static_cast<std::uint8_t>(m_failures >> shift));
    const auto last = static_cast<std::uint64_t>(m_lastFailure);
    for (int shift = 56; shift >= 0; shift -= 8)
        record.push_back(static_cast<std::uint8_t>(last >> shift));
    const QString temp = m_path + QStringLiteral(".new");
    if (auto done = fileops::writeFileSynced(temp, record); !done)
        return done;
    return fileops::renameSynced(temp, m_path);
}

} // namespace carnet::core
