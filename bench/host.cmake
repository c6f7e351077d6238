# SPDX-License-Identifier: GPL-3.0-or-later
# bench_host: the share host under 50 concurrent clients on SQLite and PostgreSQL, beside the floor of
# a minimal QAbstractHttpServer (docs/SHARE-HOST.md, "Performance"). Built, never run by ctest.
add_executable(bench_host ${CMAKE_CURRENT_LIST_DIR}/bench_host.cpp ${CMAKE_CURRENT_LIST_DIR}/hostload.cpp
    ${CMAKE_CURRENT_LIST_DIR}/hostload.h)
carnet_target_defaults(bench_host)
# carnet_sharehost brings Qt6::HttpServer (the floor server) and Qt6::Network.
target_link_libraries(bench_host PRIVATE carnet_sharehost)
target_include_directories(bench_host PRIVATE ${PROJECT_SOURCE_DIR})
add_dependencies(bench_host carnet-share-host)
target_compile_definitions(bench_host PRIVATE CARNET_SHARE_HOST_BINARY="$<TARGET_FILE:carnet-share-host>"
    CARNET_SOURCE_DIR="${PROJECT_SOURCE_DIR}")
