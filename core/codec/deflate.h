// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Raw DEFLATE (RFC 1951, no zlib header or check), through zlib: the research dataset bytes
// (docs/PROTOCOL.md §9) and the zip:"DEF" files of SMART Health Links (docs/SHL.md). Inflating is always
// bounded, so a small input that expands without end (a zip bomb) stops at the limit.
#include <QByteArray>
#include <QByteArrayView>

#include <cstddef>

namespace carnet::core::codec {

/** Raw DEFLATE of `data` (zlib level 9, window bits −15, memory level 8, default strategy). */
[[nodiscard]] QByteArray deflateRaw(QByteArrayView data);

enum class InflateStatus {
    Ok,
    Damaged,  ///< not one complete raw DEFLATE stream with nothing after it
    TooLarge, ///< would produce more than the limit
};

/** Inflates `data` into `out` (cleared first), producing at most `limit` bytes. */
[[nodiscard]] InflateStatus inflateRaw(QByteArrayView data, std::size_t limit, QByteArray &out);

} // namespace carnet::core::codec
