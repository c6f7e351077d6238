# SPDX-License-Identifier: GPL-3.0-or-later
# bench_unlock: vault unlock time split into Argon2id and the rest. Built, never run by ctest.
add_executable(bench_unlock ${CMAKE_CURRENT_LIST_DIR}/bench_unlock.cpp)
carnet_target_defaults(bench_unlock)
target_link_libraries(bench_unlock PRIVATE carnet_core)
