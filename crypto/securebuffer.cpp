// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/securebuffer.h"

#include <botan/mem_ops.h>

#include <cstring>
#include <utility>

namespace carnet::crypto {

// Botan's allocate_memory draws from its mlock'd pool when it can and zero-fills;
// deallocate_memory scrubs before releasing.
SecureBuffer::SecureBuffer(std::size_t size)
    : m_data(size ? static_cast<std::uint8_t *>(Botan::allocate_memory(size, 1)) : nullptr)
    , m_size(size)
{
}

SecureBuffer SecureBuffer::copyOf(ByteView bytes)
{
    SecureBuffer out(bytes.size());
    if (!bytes.empty())
        std::memcpy(out.m_data, bytes.data(), bytes.size());
    return out;
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr))
    , m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        clear();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer SecureBuffer::clone() const
{
    return copyOf(view());
}

void SecureBuffer::clear() noexcept
{
    if (m_data)
        Botan::deallocate_memory(m_data, m_size, 1);
    m_data = nullptr;
    m_size = 0;
}

void secureWipe(void *data, std::size_t size) noexcept
{
    if (data && size)
        Botan::secure_scrub_memory(data, size);
}

} // namespace carnet::crypto
