# SPDX-License-Identifier: GPL-3.0-or-later
# bench_links: making a SMART Health Link of the demo record end to end at a real share host, beside
# its floor (Argon2id + sealing). Built, never run by ctest.
add_executable(bench_links ${CMAKE_CURRENT_LIST_DIR}/bench_links.cpp ${CMAKE_CURRENT_LIST_DIR}/benchutil.h)
carnet_target_defaults(bench_links)
target_link_libraries(bench_links PRIVATE carnet_core)
add_dependencies(bench_links carnet-share-host)
