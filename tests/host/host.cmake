# SPDX-License-Identifier: GPL-3.0-or-later
# The share host (docs/SHARE-HOST.md) tested from outside: Node scripts start the real
# carnet-share-host on loopback and speak HTTP to it, with JWEs made and read by jose (an independent
# JOSE implementation). LABELS host oracle; the PostgreSQL ones also postgres. They need the npm
# packages of tests/oracles and the symlink tests/host/node_modules (scripts/setup-npm.sh).
#
# PostgreSQL: the fixture "postgres" starts a throwaway cluster (tests/host/pg-cluster.sh) and writes
# its URL to <build>/test-postgres/url; without PostgreSQL the fixture and its tests are skipped (77).
find_program(CARNET_NODE NAMES node nodejs REQUIRED)
set(CARNET_HOST_TESTS ${CMAKE_CURRENT_LIST_DIR})
set(CARNET_TEST_PG_STATE ${PROJECT_BINARY_DIR}/test-postgres)
set(CARNET_HOST_VIEWER_DIR ${PROJECT_SOURCE_DIR}/server/viewer)

add_test(NAME host_pg_setup COMMAND ${CARNET_HOST_TESTS}/pg-cluster.sh start ${CARNET_TEST_PG_STATE})
set_tests_properties(host_pg_setup PROPERTIES FIXTURES_SETUP postgres SKIP_RETURN_CODE 77
    LABELS "host;postgres" TIMEOUT 120)
add_test(NAME host_pg_cleanup COMMAND ${CARNET_HOST_TESTS}/pg-cluster.sh stop ${CARNET_TEST_PG_STATE})
set_tests_properties(host_pg_cleanup PROPERTIES FIXTURES_CLEANUP postgres LABELS "host;postgres" TIMEOUT 60)

# Every endpoint, status code, limit and refusal (host-api.mjs), on each store.
add_test(NAME host_api_sqlite COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/host-api.mjs
    $<TARGET_FILE:carnet-share-host> ${CARNET_HOST_VIEWER_DIR} sqlite)
set_tests_properties(host_api_sqlite PROPERTIES LABELS "host;oracle" TIMEOUT 180)
add_test(NAME host_api_postgres COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/host-api.mjs
    $<TARGET_FILE:carnet-share-host> ${CARNET_HOST_VIEWER_DIR} @${CARNET_TEST_PG_STATE}/url)
set_tests_properties(host_api_postgres PROPERTIES LABELS "host;oracle;postgres" TIMEOUT 180
    FIXTURES_REQUIRED postgres SKIP_RETURN_CODE 77)

# The lifetime failure limit (guesses.mjs): 100 parallel wrong passcodes, one process on SQLite, two
# processes sharing the PostgreSQL database.
add_test(NAME host_failure_limit_sqlite COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/guesses.mjs
    $<TARGET_FILE:carnet-share-host> sqlite)
set_tests_properties(host_failure_limit_sqlite PROPERTIES LABELS "host;oracle" TIMEOUT 120)
add_test(NAME host_failure_limit_postgres COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/guesses.mjs
    $<TARGET_FILE:carnet-share-host> @${CARNET_TEST_PG_STATE}/url)
set_tests_properties(host_failure_limit_postgres PROPERTIES LABELS "host;oracle;postgres" TIMEOUT 120
    FIXTURES_REQUIRED postgres SKIP_RETURN_CODE 77)

# kill-the-clipboard 1.1.0 (an independent SMART Health Links implementation) as the receiver.
add_test(NAME host_ktc_receiver COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/ktc-receiver.mjs
    $<TARGET_FILE:carnet-share-host> sqlite)
set_tests_properties(host_ktc_receiver PROPERTIES LABELS "host;oracle" TIMEOUT 120)

# The host outlives a PostgreSQL restart (pg-restart.mjs, on a cluster of its own).
add_test(NAME host_pg_restart COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/pg-restart.mjs
    $<TARGET_FILE:carnet-share-host> ${PROJECT_BINARY_DIR}/test-postgres-restart)
set_tests_properties(host_pg_restart PROPERTIES LABELS "host;postgres" TIMEOUT 180 SKIP_RETURN_CODE 77)

# The command line and exit statuses (cli.mjs).
add_test(NAME host_cli COMMAND ${CARNET_NODE} ${CARNET_HOST_TESTS}/cli.mjs $<TARGET_FILE:carnet-share-host>)
set_tests_properties(host_cli PROPERTIES LABELS "host" TIMEOUT 120)
