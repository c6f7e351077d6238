# SPDX-License-Identifier: GPL-3.0-or-later
# The record protocol's parsers of outside bytes (core/record): sealed entries (and the content-shape
# reader of verification) and connect codes. Included by tests/fuzz/CMakeLists.txt, so relative paths
# and the corpus folder (corpus/<name>/) resolve in tests/fuzz.
carnet_add_fuzz_target(NAME sealed_entry SOURCES fuzz_sealed_entry.cpp LIBS carnet_core)
carnet_add_fuzz_target(NAME connect_code SOURCES fuzz_connect_code.cpp LIBS carnet_core)
