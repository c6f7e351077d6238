# SPDX-License-Identifier: GPL-3.0-or-later
# bench_sync: full and no-op sync of a 10,000-entry record on a devnet of its own, against the crypto
# floor, with memory. Built, never run by ctest (it starts an anvil and takes minutes).
add_executable(bench_sync ${CMAKE_CURRENT_LIST_DIR}/bench_sync.cpp)
carnet_target_defaults(bench_sync)
target_link_libraries(bench_sync PRIVATE carnet_core)
