// SPDX-License-Identifier: GPL-3.0-or-later
// A test helper (not installed): encrypts standard input as a SMART Health Link file with Carnet's own
// shl::encryptJwe, so the interop test can hand Carnet-made JWEs to kill-the-clipboard.
//   shl_encrypt_tool KEY CONTENT-TYPE [--zip]   KEY: 43 base64url characters; prints the compact JWE.
#include "core/record/connectcode.h"
#include "core/shl/jwe.h"
#include "core/shl/shlink.h"

#include <QByteArray>

#include <cstdio>
#include <cstring>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char **argv)
{
    if (argc < 3 || argc > 4 || (argc == 4 && std::strcmp(argv[3], "--zip") != 0)) {
        std::fputs("usage: shl_encrypt_tool KEY CONTENT-TYPE [--zip] < content\n", stderr);
        return 1;
    }
    const auto key = carnet::core::record::decodeBase64Url(argv[1]);
    if (!key || key->size() != carnet::core::shl::kLinkKeySize) {
        std::fputs("shl_encrypt_tool: KEY is not 32 bytes of base64url\n", stderr);
        return 1;
    }
    const std::string content{std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>()};
    const QByteArray jwe = carnet::core::shl::encryptJwe(*key, QByteArrayView(content.data(), qsizetype(content.size())),
                                                         QByteArrayView(argv[2]), argc == 4);
    std::fwrite(jwe.constData(), 1, std::size_t(jwe.size()), stdout);
    std::fputc('\n', stdout);
    return 0;
}
