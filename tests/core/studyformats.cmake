# SPDX-License-Identifier: GPL-3.0-or-later
# Paid research's pure formats (core/research, docs/PROTOCOL.md §9.1–9.5): LABELS research; the
# Node.js cross-check also carries "oracle".
carnet_add_test(NAME research_formats SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_research_formats.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgeroracle.h LIBS carnet_core LABELS research oracle TIMEOUT 120)
