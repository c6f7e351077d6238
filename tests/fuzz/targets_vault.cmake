# SPDX-License-Identifier: GPL-3.0-or-later
# The vault's parser of outside bytes (core/vault): the header file. Included by tests/fuzz/CMakeLists.txt,
# so relative paths and the corpus folder (corpus/<name>/) resolve in tests/fuzz.
carnet_add_fuzz_target(NAME vault_header SOURCES fuzz_vault_header.cpp LIBS carnet_core)
