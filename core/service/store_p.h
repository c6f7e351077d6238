// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Small helpers of the service's vault tables (grantstore.cpp, linkstore.cpp).
#include "core/sync/recordstore.h"
#include "core/vault/database.h"

#include <string_view>

namespace carnet::core::service::store {

inline sync::StoreError fromDb(DbError error)
{
    return error == DbError::Full ? sync::StoreError::DiskFull : sync::StoreError::Database;
}

// SQLite binds a null pointer as NULL: an empty text or blob is bound from a non-null empty span, so
// the NOT NULL columns take it.
inline std::string_view nonNull(std::string_view text)
{
    return text.data() ? text : std::string_view("");
}

inline crypto::ByteView nonNull(crypto::ByteView blob)
{
    static constexpr std::uint8_t kNone = 0;
    return blob.data() ? blob : crypto::ByteView(&kNone, 0);
}

} // namespace carnet::core::service::store
