# SPDX-License-Identifier: GPL-3.0-or-later
# The synthetic demo record (LABELS demo; the FHIR schema check also carries "oracle"). docs/DEMO.md.
carnet_add_test(NAME demo_record SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_demo_record.cpp LIBS carnet_core LABELS demo)
carnet_add_test(NAME demo_schema SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_demo_schema.cpp LIBS carnet_core
    LABELS demo oracle TIMEOUT 300)
