# SPDX-License-Identifier: GPL-3.0-or-later
# The record protocol's pure part: record keys and ids, connect codes, sealed entries, entry
# verification (docs/PROTOCOL.md §1–4, §6).
find_package(nlohmann_json 3.11 REQUIRED)
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/connectcode.cpp ${CMAKE_CURRENT_LIST_DIR}/connectcode.h
    ${CMAKE_CURRENT_LIST_DIR}/recordkeys.cpp ${CMAKE_CURRENT_LIST_DIR}/recordkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/sealedentry.cpp ${CMAKE_CURRENT_LIST_DIR}/sealedentry.h
    ${CMAKE_CURRENT_LIST_DIR}/verifyentry.cpp ${CMAKE_CURRENT_LIST_DIR}/verifyentry.h
)
target_link_libraries(carnet_core PRIVATE nlohmann_json::nlohmann_json)
