// SPDX-License-Identifier: GPL-3.0-or-later
#include "qml/secretinput.h"

#include <QByteArray>

namespace carnet::qml {

crypto::SecureBuffer secureCopy(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    crypto::SecureBuffer copy = crypto::SecureBuffer::copyOf(
        crypto::ByteView(reinterpret_cast<const std::uint8_t *>(utf8.constData()), static_cast<std::size_t>(utf8.size())));
    crypto::secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return copy;
}

void wipeString(const QString &text) noexcept
{
    // A QString whose data pointer has no header points at static data (QStringLiteral): writing
    // there would fault. Heap data may be shared with the text field that produced it; wiping it
    // wipes that copy too, which is what we want (the field is cleared right after).
    if (text.isEmpty() || !text.data_ptr().isMutable())
        return;
    auto *chars = const_cast<QChar *>(text.constData());
    crypto::secureWipe(chars, static_cast<std::size_t>(text.size()) * sizeof(QChar));
}

crypto::SecureBuffer takeSecret(const QString &text)
{
    crypto::SecureBuffer copy = secureCopy(text);
    wipeString(text);
    return copy;
}

} // namespace carnet::qml
