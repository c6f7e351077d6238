# SPDX-License-Identifier: GPL-3.0-or-later
# The viewer page (server/viewer, docs/VIEWER.md) in headless Chromium (playwright-core, /usr/bin/chromium or
# $CHROMIUM) against a real carnet-share-host; links made with jose. Needs tests/oracles/node_modules and the
# tests/viewer and tests/host node_modules symlinks (scripts/setup-npm.sh). A missing Node, Chromium or npm
# package fails the test: it is never skipped.
find_program(CARNET_NODE_EXECUTABLE node)
if(NOT CARNET_NODE_EXECUTABLE)
    set(CARNET_NODE_EXECUTABLE node)
endif()
add_test(NAME viewer COMMAND ${CARNET_NODE_EXECUTABLE} ${CMAKE_CURRENT_LIST_DIR}/viewer.mjs
    $<TARGET_FILE:carnet-share-host> ${PROJECT_SOURCE_DIR}/server/viewer)
set_tests_properties(viewer PROPERTIES LABELS "shl;viewer;browser;oracle" TIMEOUT 300)
