// SPDX-License-Identifier: GPL-3.0-or-later
#include "crypto/misuse.h"

#include <atomic>
#include <cstdio>
#include <cstdlib>

namespace carnet::crypto {
namespace {

void abortOnIllegalArgument(const char *what)
{
    std::fprintf(stderr, "carnet::crypto: illegal argument: %s\n", what);
    std::abort();
}

std::atomic<IllegalArgumentHandler> g_handler{&abortOnIllegalArgument};

} // namespace

IllegalArgumentHandler setIllegalArgumentHandler(IllegalArgumentHandler handler) noexcept
{
    return g_handler.exchange(handler ? handler : &abortOnIllegalArgument);
}

void reportIllegalArgument(const char *what) noexcept
{
    g_handler.load()(what);
}

} // namespace carnet::crypto
