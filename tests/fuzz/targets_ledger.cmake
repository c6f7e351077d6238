# SPDX-License-Identifier: GPL-3.0-or-later
# The ledger client's parsers of files from outside (core/ledger): the network file. Included by
# tests/fuzz/CMakeLists.txt, so relative paths and the corpus folder (corpus/<name>/) resolve in tests/fuzz.
carnet_add_fuzz_target(NAME network_file SOURCES fuzz_network_file.cpp LIBS carnet_core)
