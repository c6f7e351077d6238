// SPDX-License-Identifier: GPL-3.0-or-later
#include "server/passcode.h"

#include "crypto/kdf.h"
#include "crypto/random.h"

#include <QList>

namespace carnet::sharehost {
namespace {

constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

crypto::SecureBuffer derive(const QByteArray &passcode, const QByteArray &salt, const crypto::Argon2Params &p)
{
    return crypto::argon2id(crypto::asBytes(std::string_view(passcode.constData(), std::size_t(passcode.size()))),
                            crypto::asBytes(std::string_view(salt.constData(), std::size_t(salt.size()))), p, 32);
}

} // namespace

QByteArray hashPasscode(const QByteArray &passcode)
{
    const crypto::Argon2Params p{19456, 2, 1};
    const crypto::Bytes saltBytes = crypto::randomBytes(16);
    const QByteArray salt(reinterpret_cast<const char *>(saltBytes.data()), qsizetype(saltBytes.size()));
    const crypto::SecureBuffer hash = derive(passcode, salt, p);
    return "argon2id$" + QByteArray::number(p.memoryKiB) + '$' + QByteArray::number(p.iterations) + '$'
        + QByteArray::number(p.parallelism) + '$' + salt.toBase64(kB64) + '$'
        + QByteArray(reinterpret_cast<const char *>(hash.data()), qsizetype(hash.size())).toBase64(kB64);
}

bool passcodeMatches(const QByteArray &record, const QByteArray &passcode)
{
    const QList<QByteArray> f = record.split('$');
    if (f.size() != 6 || f[0] != "argon2id")
        return false;
    bool ok1 = false, ok2 = false, ok3 = false;
    const crypto::Argon2Params p{f[1].toUInt(&ok1), f[2].toUInt(&ok2), f[3].toUInt(&ok3)};
    if (!ok1 || !ok2 || !ok3 || p.memoryKiB < 8 || p.memoryKiB > 1048576 || p.iterations < 1 || p.iterations > 10
        || p.parallelism != 1)
        return false;
    const QByteArray salt = QByteArray::fromBase64(f[4], kB64);
    const QByteArray expected = QByteArray::fromBase64(f[5], kB64);
    if (salt.size() < 8 || expected.size() != 32)
        return false;
    const crypto::SecureBuffer got = derive(passcode, salt, p);
    unsigned diff = 0;
    for (qsizetype i = 0; i < 32; ++i)
        diff |= unsigned(std::uint8_t(expected[i]) ^ got.data()[i]);
    return diff == 0;
}

} // namespace carnet::sharehost
