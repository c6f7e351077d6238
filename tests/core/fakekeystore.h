// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// An in-memory KeyStore for tests; it can pretend to be unavailable or to refuse.
#include "core/vault/keystore.h"

#include <map>
#include <optional>

namespace carnet::core::test {

class FakeKeyStore : public KeyStore
{
public:
    std::optional<KeyStoreError> failWith; ///< when set, every call fails with it

    Result<void, KeyStoreError> store(const QString &id, crypto::ByteView secret) override
    {
        if (failWith)
            return fail(*failWith);
        m_entries.insert_or_assign(id, crypto::SecureBuffer::copyOf(secret));
        return {};
    }

    Result<crypto::SecureBuffer, KeyStoreError> load(const QString &id) override
    {
        if (failWith)
            return fail(*failWith);
        const auto it = m_entries.find(id);
        if (it == m_entries.end())
            return fail(KeyStoreError::NotFound);
        return it->second.clone();
    }

    Result<void, KeyStoreError> remove(const QString &id) override
    {
        if (failWith)
            return fail(*failWith);
        m_entries.erase(id);
        return {};
    }

    std::size_t size() const { return m_entries.size(); }
    /** Test-only: what was stored (lets a test learn a vault's data key). */
    const crypto::SecureBuffer *peek(const QString &id) const
    {
        const auto it = m_entries.find(id);
        return it == m_entries.end() ? nullptr : &it->second;
    }
    void put(const QString &id, crypto::ByteView secret) { m_entries.insert_or_assign(id, crypto::SecureBuffer::copyOf(secret)); }

private:
    std::map<QString, crypto::SecureBuffer> m_entries;
};

} // namespace carnet::core::test
