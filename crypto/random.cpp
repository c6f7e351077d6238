// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/random.h"

#include <botan/system_rng.h>

#include <cstdio>
#include <cstdlib>
#include <exception>

namespace carnet::crypto {

void randomFill(std::span<std::uint8_t> out)
{
    if (out.empty())
        return;
    try {
        Botan::system_rng().randomize(out.data(), out.size());
    } catch (const std::exception &) {
        // Without an OS generator no key can be made safely: stop rather than go on with weak bytes.
        std::fputs("carnet::crypto: the system random generator failed\n", stderr);
        std::abort();
    }
}

Bytes randomBytes(std::size_t size)
{
    Bytes out(size);
    randomFill(out);
    return out;
}

SecureBuffer randomSecret(std::size_t size)
{
    SecureBuffer out(size);
    randomFill(out.span());
    return out;
}

} // namespace carnet::crypto
