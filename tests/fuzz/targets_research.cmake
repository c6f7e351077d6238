# SPDX-License-Identifier: GPL-3.0-or-later
# Paid research's readers of outside bytes (core/research): study terms, datasets, raw DEFLATE, and the
# de-identifier. Seeds in corpus/research/.
carnet_add_fuzz_target(NAME research SOURCES fuzz_research.cpp LIBS carnet_core)
