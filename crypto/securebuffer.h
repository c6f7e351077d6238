// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The one container for key material: page-locked where the OS allows it and wiped on free.
 *
 * Memory comes from Botan's locking allocator (mlock'd pool, falling back to the heap when the
 * pool is exhausted or RLIMIT_MEMLOCK forbids it) and is scrubbed with a non-elidable wipe
 * before it is released. The buffer is move-only so a secret never gets copied by accident;
 * copy explicitly with clone(). */
#include "crypto/bytes.h"

namespace carnet::crypto {

class SecureBuffer
{
public:
    /** An empty buffer. */
    SecureBuffer() noexcept = default;
    /** A zero-filled buffer of `size` bytes. */
    explicit SecureBuffer(std::size_t size);
    /** A buffer holding a copy of `bytes` (the caller remains responsible for its own copy). */
    static SecureBuffer copyOf(ByteView bytes);

    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    ~SecureBuffer();

    /** An explicit copy. */
    [[nodiscard]] SecureBuffer clone() const;
    /** Wipes and frees the contents; the buffer becomes empty. */
    void clear() noexcept;

    std::uint8_t *data() noexcept { return m_data; }
    const std::uint8_t *data() const noexcept { return m_data; }
    std::size_t size() const noexcept { return m_size; }
    bool empty() const noexcept { return m_size == 0; }
    std::span<std::uint8_t> span() noexcept { return {m_data, m_size}; }
    ByteView view() const noexcept { return {m_data, m_size}; }
    /** The contents as text (for mnemonics and passphrases); a view, not a copy. */
    std::string_view asStringView() const noexcept
    {
        return {reinterpret_cast<const char *>(m_data), m_size};
    }

private:
    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

/** Wipes memory in a way the compiler cannot elide (for buffers that are not SecureBuffers). */
void secureWipe(void *data, std::size_t size) noexcept;

} // namespace carnet::crypto
