# SPDX-License-Identifier: GPL-3.0-or-later
# FHIR views (docs/FHIR.md): any bytes to splitBundle, summarize, detail and chartPoints.
carnet_add_fuzz_target(NAME fhir_view SOURCES fuzz_fhir_view.cpp LIBS carnet_core)
