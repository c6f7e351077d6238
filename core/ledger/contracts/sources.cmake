# SPDX-License-Identifier: GPL-3.0-or-later
# Typed bindings for RecordLog, AccessGrants and ResearchMarket (docs/CONTRACTS.md). CarnetRegistry's
# binding and the revert decoder (registry.*) are listed by ../net_sources.cmake.
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/contractcall.cpp ${CMAKE_CURRENT_LIST_DIR}/contractcall.h
    ${CMAKE_CURRENT_LIST_DIR}/recordlog.cpp ${CMAKE_CURRENT_LIST_DIR}/recordlog.h
    ${CMAKE_CURRENT_LIST_DIR}/accessgrants.cpp ${CMAKE_CURRENT_LIST_DIR}/accessgrants.h
    ${CMAKE_CURRENT_LIST_DIR}/researchmarket.cpp ${CMAKE_CURRENT_LIST_DIR}/researchmarket.h
    ${CMAKE_CURRENT_LIST_DIR}/researchmarketevents.cpp
)
