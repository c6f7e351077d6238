# SPDX-License-Identifier: GPL-3.0-or-later
# bench_research: de-identifying the demo record and 10,000 resources, sealing the dataset, and a join
# end to end on a devnet of its own, each beside its floor. Built, never run by ctest.
add_executable(bench_research ${CMAKE_CURRENT_LIST_DIR}/bench_research.cpp ${CMAKE_CURRENT_LIST_DIR}/benchutil.h)
carnet_target_defaults(bench_research)
target_link_libraries(bench_research PRIVATE carnet_core)
