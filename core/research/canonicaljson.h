// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A writer of canonical JSON for the formats research writes (docs/PROTOCOL.md §9.2, §9.4): no white
// space, strings escaped only where JSON requires (\" \\ \b \f \n \r \t, other controls as \u00xx),
// UTF-8. The caller writes members in sorted key order (canonical order is the caller's to keep).
#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace carnet::core::research {

/** Appends `text` as a canonical JSON string literal (quotes included). */
void appendJsonString(QByteArray &out, const QString &text);

class CanonicalWriter
{
public:
    CanonicalWriter &beginObject();
    CanonicalWriter &endObject();
    CanonicalWriter &key(const char *name);
    CanonicalWriter &string(const QString &value);
    CanonicalWriter &integer(std::uint64_t value);
    CanonicalWriter &boolean(bool value);
    CanonicalWriter &stringArray(const QStringList &values);
    /** Bytes already canonical (a nested object written by another writer). */
    CanonicalWriter &raw(const QByteArray &json);

    const QByteArray &bytes() const noexcept { return m_out; }

private:
    void separate();
    QByteArray m_out;
    std::vector<bool> m_first; // per open object: no member written yet
    bool m_afterKey = false;
};

} // namespace carnet::core::research
