// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// FUZZ_CHECK: aborts (so libFuzzer and the corpus replay report a crash) when a property is violated.
// It prints the property and the line, never the input (which may be a real phrase).
#include <cstdio>
#include <cstdlib>

#define FUZZ_CHECK(condition)                                                                       \
    do {                                                                                            \
        if (!(condition)) {                                                                         \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #condition); \
            std::abort();                                                                           \
        }                                                                                           \
    } while (false)
