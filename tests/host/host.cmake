# SPDX-License-Identifier: GPL-3.0-or-later
# The share host (docs/SHARE-HOST.md) tested from outside: Node scripts start the real
# carnet-share-host on loopback and speak HTTP to it, with JWEs made and read by jose (an independent
# JOSE implementation). LABELS host oracle; the PostgreSQL ones also postgres. They need the npm
# packages of tests/oracles and the symlink tests/host/node_modules (scripts/setup-npm.sh).

find_program(CARNET_NODE NAMES node nodejs REQUIRED)
set(CARNET_HOST_TESTS ${CMAKE_CURRENT_LIST_DIR})
set(CARNET_HOST_VIEWER_DIR ${PROJECT_SOURCE_DIR}/server/viewer)

# Every endpoint, status code, limit and refusal (host-api.mjs), on each store.
add_test(NAME host_api_sqlite COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/host-api.mjs
    $<TARGET_FILE:carnet-share-host> ${CARNET_HOST_VIEWER_DIR} sqlite)
set_tests_properties(host_api_sqlite PROPERTIES LABELS "host;oracle" TIMEOUT 180)

# The lifetime failure limit (guesses.mjs): 100 parallel wrong passcodes, one process on SQLite, two
# processes sharing the PostgreSQL database.
add_test(NAME host_failure_limit_sqlite COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/guesses.mjs
    $<TARGET_FILE:carnet-share-host> sqlite)
set_tests_properties(host_failure_limit_sqlite PROPERTIES LABELS "host;oracle" TIMEOUT 120)
