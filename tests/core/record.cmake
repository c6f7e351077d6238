# SPDX-License-Identifier: GPL-3.0-or-later
# The record protocol's pure part (core/record, docs/PROTOCOL.md §1–4, §6): LABELS record; the ethers
# cross-checks also carry "oracle".
carnet_add_test(NAME record_keys SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_record_keys.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgeroracle.h LIBS carnet_core LABELS record oracle TIMEOUT 120)
carnet_add_test(NAME connect_code SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_connect_code.cpp LIBS carnet_core LABELS record)
carnet_add_test(NAME sealed_entry SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sealed_entry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgeroracle.h LIBS carnet_core LABELS record oracle TIMEOUT 300)
carnet_add_test(NAME record_verify SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_record_verify.cpp LIBS carnet_core LABELS record)
