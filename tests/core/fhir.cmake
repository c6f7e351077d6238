# SPDX-License-Identifier: GPL-3.0-or-later
# FHIR views (docs/FHIR.md): JSON tree and limits, Bundle byte spans, locale formatting, entry
# summaries/details/chart points over the fixtures in tests/data/fhir (LABELS fhir).
carnet_add_test(NAME fhir_json SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fhir_json.cpp LIBS carnet_core LABELS fhir)
carnet_add_test(NAME fhir_bundle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fhir_bundle.cpp LIBS carnet_core LABELS fhir)
carnet_add_test(NAME fhir_format SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fhir_format.cpp LIBS carnet_core LABELS fhir)
carnet_add_test(NAME fhir_entries SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fhir_entries.cpp LIBS carnet_core LABELS fhir)
# The exports (docs/FHIR.md, "Exports"): the FHIR R4 schema and the independent IPS checker as oracles.
carnet_add_test(NAME fhir_export SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_fhir_export.cpp LIBS carnet_core LABELS fhir oracle TIMEOUT 300)
