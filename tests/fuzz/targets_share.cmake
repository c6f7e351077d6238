# SPDX-License-Identifier: GPL-3.0-or-later
# The grant protocol's readers of outside text (core/share): share codes and clinician identity codes.
# Included by tests/fuzz/CMakeLists.txt, so relative paths and the corpus folder (corpus/<name>/)
# resolve in tests/fuzz. tests/core's share_corpus checks each bad seed is refused with the error its
# name gives.
carnet_add_fuzz_target(NAME share_code SOURCES fuzz_share_code.cpp LIBS carnet_core)
