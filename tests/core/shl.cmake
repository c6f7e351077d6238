# SPDX-License-Identifier: GPL-3.0-or-later
# SMART Health Links' formats (core/shl, core/codec; docs/SHL.md "Formats"): the link, the JWE files and
# the manifest against the spec's published examples and a corpus of bad input (LABELS shl); the jose
# cross-check also carries "oracle".
carnet_add_test(NAME shl_link SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shl_link.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shltestutil.h LIBS carnet_core LABELS shl)
find_package(ZLIB REQUIRED)
carnet_add_test(NAME shl_jwe SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shl_jwe.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shltestutil.h LIBS carnet_core ZLIB::ZLIB LABELS shl TIMEOUT 300)
carnet_add_test(NAME shl_manifest SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shl_manifest.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shltestutil.h LIBS carnet_core LABELS shl)
# tests/shl/jose-interop.mjs: jose 6 and kill-the-clipboard (tests/oracles/node_modules, reached through the
# tests/shl/node_modules symlink scripts/setup-npm.sh makes).
carnet_add_test(NAME shl_jose_oracle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_shl_jose_oracle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/shltestutil.h LIBS carnet_core LABELS shl oracle TIMEOUT 300)
