# SPDX-License-Identifier: GPL-3.0-or-later
# Paid research's pure formats (docs/DEID.md): Safe Harbor de-identification over the hand-written
# record tests/data/research/safe-harbor-record.json, the rules one by one, the dataset bytes
# (LABELS research); the outputs against HL7's FHIR R4 JSON schema (also "oracle").
carnet_add_test(NAME research_deid SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_research_deid.cpp LIBS carnet_core LABELS research)
carnet_add_test(NAME research_rules SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_research_rules.cpp LIBS carnet_core LABELS research)
carnet_add_test(NAME research_dataset SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_research_dataset.cpp LIBS carnet_core LABELS research)
carnet_add_test(NAME research_schema SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_research_schema.cpp LIBS carnet_core
    LABELS research oracle TIMEOUT 300)
