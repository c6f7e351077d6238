// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/service/linkowner.h"

#include "core/record/connectcode.h"
#include "crypto/hash.h"

namespace carnet::core::service {

QString linkHostOrigin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    QString origin = scheme + QStringLiteral("://") + url.host(QUrl::FullyEncoded).toLower();
    const int port = url.port();
    const int standard = scheme == QLatin1String("https") ? 443 : scheme == QLatin1String("http") ? 80 : -1;
    if (port != -1 && port != standard)
        origin += QLatin1Char(':') + QString::number(port);
    return origin;
}

crypto::SecureBuffer linkOwnerToken(const crypto::PrivateKey &sharingBranch, const QString &origin)
{
    static constexpr std::string_view kTag = "carnet/shl-owner-token/v1";
    const QByteArray host = origin.toUtf8();
    crypto::Bytes data(kTag.begin(), kTag.end());
    data.push_back(0);
    data.insert(data.end(), host.begin(), host.end());
    crypto::Hash32 mac = crypto::hmacSha256(sharingBranch.secret().view(), data);
    std::string text = record::encodeBase64Url(crypto::ByteView(mac.data(), mac.size()));
    crypto::secureWipe(mac.data(), mac.size());
    crypto::SecureBuffer token = crypto::SecureBuffer::copyOf(crypto::asBytes(text));
    crypto::secureWipe(text.data(), text.size());
    return token;
}

} // namespace carnet::core::service
