# SPDX-License-Identifier: GPL-3.0-or-later
# SMART Health Links' readers of outside text (core/shl): links (and the manifest readers on the same
# bytes) and JWE files. Included by tests/fuzz/CMakeLists.txt, so relative paths and the corpus folder
# (corpus/<name>/) resolve in tests/fuzz. The link target also replays the malicious corpus of
# tests/data/shl/malicious (each file's verdict is checked by tests/core's shl_link).
carnet_add_fuzz_target(NAME shl_link SOURCES fuzz_shl_link.cpp LIBS carnet_core)
add_test(NAME fuzz_replay_shl_link_malicious COMMAND fuzz_replay_shl_link ${PROJECT_SOURCE_DIR}/tests/data/shl/malicious)
set_tests_properties(fuzz_replay_shl_link_malicious PROPERTIES LABELS fuzz)
carnet_add_fuzz_target(NAME shl_jwe SOURCES fuzz_shl_jwe.cpp LIBS carnet_core)
