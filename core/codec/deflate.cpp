// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/codec/deflate.h"

#include <zlib.h>

namespace carnet::core::codec {

QByteArray deflateRaw(QByteArrayView data)
{
    z_stream stream {};
    if (deflateInit2(&stream, 9, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK)
        return {};
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef *>(out.data());
    stream.avail_out = uInt(out.size());
    const int done = deflate(&stream, Z_FINISH);
    out.resize(qsizetype(stream.total_out));
    deflateEnd(&stream);
    return done == Z_STREAM_END ? out : QByteArray();
}

InflateStatus inflateRaw(QByteArrayView data, std::size_t limit, QByteArray &out)
{
    out.clear();
    z_stream stream {};
    if (inflateInit2(&stream, -15) != Z_OK)
        return InflateStatus::Damaged;
    char buffer[65536];
    stream.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.data()));
    stream.avail_in = uInt(data.size());
    int status = Z_OK;
    while (status == Z_OK) {
        stream.next_out = reinterpret_cast<Bytef *>(buffer);
        stream.avail_out = sizeof buffer;
        status = inflate(&stream, Z_NO_FLUSH);
        const std::size_t produced = sizeof buffer - stream.avail_out;
        if (status != Z_OK && status != Z_STREAM_END) {
            inflateEnd(&stream);
            out.clear();
            return InflateStatus::Damaged;
        }
        if (std::size_t(out.size()) + produced > limit) {
            inflateEnd(&stream);
            out.clear();
            return InflateStatus::TooLarge;
        }
        out.append(buffer, qsizetype(produced));
        if (status == Z_OK && produced == 0 && stream.avail_in == 0)
            break; // truncated: no more input and not at the end of the stream
    }
    const bool whole = status == Z_STREAM_END && stream.avail_in == 0;
    inflateEnd(&stream);
    if (!whole) {
        out.clear();
        return InflateStatus::Damaged;
    }
    return InflateStatus::Ok;
}

} // namespace carnet::core::codec
