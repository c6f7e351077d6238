# SPDX-License-Identifier: GPL-3.0-or-later
# The grant protocol's pure formats (core/share, docs/PROTOCOL.md §8.1–8.6, §8.9): LABELS share; the
# Node.js cross-check also carries "oracle".
carnet_add_test(NAME share_codes SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_share_codes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sharetestutil.h LIBS carnet_core LABELS share)
carnet_add_test(NAME share_scope SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_share_scope.cpp LIBS carnet_core LABELS share)
carnet_add_test(NAME share_bundle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_share_bundle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/sharetestutil.h LIBS carnet_core LABELS share TIMEOUT 300)
carnet_add_test(NAME share_oracle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_share_oracle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgeroracle.h ${CMAKE_CURRENT_LIST_DIR}/sharetestutil.h
    LIBS carnet_core LABELS share oracle TIMEOUT 120)
carnet_add_test(NAME share_corpus SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_share_corpus.cpp LIBS carnet_core LABELS share fuzz)
