# SPDX-License-Identifier: GPL-3.0-or-later
# Raw DEFLATE through zlib (research datasets, SMART Health Link files).
find_package(ZLIB REQUIRED)
target_sources(carnet_core PRIVATE ${CMAKE_CURRENT_LIST_DIR}/deflate.cpp ${CMAKE_CURRENT_LIST_DIR}/deflate.h)
target_link_libraries(carnet_core PRIVATE ZLIB::ZLIB)
