# SPDX-License-Identifier: GPL-3.0-or-later
# bench_share: a grant over the demo record and over 10,000 entries (time to QR, bytes, gas) and the
# clinician's open-and-verify, against the crypto floor, with memory. Built, never run by ctest (it
# starts an anvil and takes minutes).
add_executable(bench_share ${CMAKE_CURRENT_LIST_DIR}/bench_share.cpp)
carnet_target_defaults(bench_share)
target_link_libraries(bench_share PRIVATE carnet_core)
