// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Big-endian writing and bounds-checked reading of the grant formats' fields (docs/PROTOCOL.md §8).
#include "crypto/bytes.h"

#include <algorithm>
#include <cstdint>
#include <span>

namespace carnet::core::share::detail {

/** Writes big-endian fields into a buffer sized up front (a Bytes, or a SecureBuffer for secrets).
 *  A write past the end is dropped and clears ok(); callers size the buffer from the format. */
class Writer
{
public:
    explicit Writer(std::span<std::uint8_t> out) : m_out(out) {}
    bool ok() const noexcept { return m_ok; }
    /** Whether every byte of the buffer was written, and nothing past it. */
    bool full() const noexcept { return m_ok && m_at == m_out.size(); }
    void u8(std::uint8_t v) { put(v, 1); }
    void u16(std::uint16_t v) { put(v, 2); }
    void u32(std::uint32_t v) { put(v, 4); }
    void u64(std::uint64_t v) { put(v, 8); }
    void bytes(crypto::ByteView v)
    {
        if (m_out.size() - m_at < v.size()) {
            m_ok = false;
            return;
        }
        std::copy(v.begin(), v.end(), m_out.begin() + static_cast<std::ptrdiff_t>(m_at));
        m_at += v.size();
    }

private:
    void put(std::uint64_t v, std::size_t size)
    {
        if (m_out.size() - m_at < size) {
            m_ok = false;
            return;
        }
        for (std::size_t i = 0; i < size; ++i)
            m_out[m_at + i] = static_cast<std::uint8_t>(v >> (8 * (size - 1 - i)));
        m_at += size;
    }
    std::span<std::uint8_t> m_out;
    std::size_t m_at = 0;
    bool m_ok = true;
};

/** Reads big-endian fields from a view. A read past the end gives zeros and clears ok(); callers check
 *  remaining() before reading what the format's length promises. */
class Reader
{
public:
    explicit Reader(crypto::ByteView in) : m_in(in) {}
    std::size_t remaining() const noexcept { return m_in.size() - m_at; }
    bool ok() const noexcept { return m_ok; }
    std::uint8_t u8() { return static_cast<std::uint8_t>(get(1)); }
    std::uint16_t u16() { return static_cast<std::uint16_t>(get(2)); }
    std::uint32_t u32() { return static_cast<std::uint32_t>(get(4)); }
    std::uint64_t u64() { return get(8); }
    /** Fills `out` with the next out.size() bytes. */
    void bytes(std::span<std::uint8_t> out)
    {
        if (remaining() < out.size()) {
            m_ok = false;
            std::fill(out.begin(), out.end(), 0);
            return;
        }
        std::copy_n(m_in.begin() + static_cast<std::ptrdiff_t>(m_at), out.size(), out.begin());
        m_at += out.size();
    }
    /** The next `size` bytes as a view (empty, and ok() cleared, past the end). */
    crypto::ByteView view(std::size_t size)
    {
        if (remaining() < size) {
            m_ok = false;
            return {};
        }
        const crypto::ByteView out = m_in.subspan(m_at, size);
        m_at += size;
        return out;
    }

private:
    std::uint64_t get(std::size_t size)
    {
        if (remaining() < size) {
            m_ok = false;
            return 0;
        }
        std::uint64_t v = 0;
        for (std::size_t i = 0; i < size; ++i)
            v = (v << 8) | m_in[m_at + i];
        m_at += size;
        return v;
    }
    crypto::ByteView m_in;
    std::size_t m_at = 0;
    bool m_ok = true;
};

} // namespace carnet::core::share::detail
