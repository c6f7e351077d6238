# SPDX-License-Identifier: GPL-3.0-or-later
# Paid research's formats (docs/PROTOCOL.md §9): study keys, study terms, the sealed
# dataset and its parts. Pure: no network, no vault.
find_package(ZLIB REQUIRED)
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/studykeys.cpp ${CMAKE_CURRENT_LIST_DIR}/studykeys.h
    ${CMAKE_CURRENT_LIST_DIR}/studyterms.cpp ${CMAKE_CURRENT_LIST_DIR}/studyterms.h
    ${CMAKE_CURRENT_LIST_DIR}/datasetseal.cpp ${CMAKE_CURRENT_LIST_DIR}/datasetseal.h
)
target_link_libraries(carnet_core PRIVATE ZLIB::ZLIB)
