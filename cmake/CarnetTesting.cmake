# SPDX-License-Identifier: GPL-3.0-or-later
# carnet_add_test(NAME n SOURCES … LIBS … [LABELS …] [ENVIRONMENT …] [TIMEOUT s] [FIXTURES_REQUIRED …])
# One Qt Test executable per behaviour, registered with ctest.

set(CARNET_TEST_DATA_DIR ${PROJECT_SOURCE_DIR}/tests/data)
set(CARNET_SHARED_VECTORS_DIR ${PROJECT_SOURCE_DIR}/tests/data/wycheproof)

function(carnet_add_test)
    cmake_parse_arguments(ARG "" "NAME;TIMEOUT" "SOURCES;LIBS;LABELS;ENVIRONMENT;FIXTURES_REQUIRED" ${ARGN})
    set(target tst_${ARG_NAME})
    add_executable(${target} ${ARG_SOURCES})
    carnet_target_defaults(${target})
    target_link_libraries(${target} PRIVATE Qt6::Test ${ARG_LIBS})
    target_compile_definitions(${target} PRIVATE
        CARNET_TEST_DATA_DIR="${CARNET_TEST_DATA_DIR}"
        CARNET_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
        CARNET_BINARY_DIR="${PROJECT_BINARY_DIR}")
    add_test(NAME ${ARG_NAME} COMMAND ${target})
    set(env QT_QPA_PLATFORM=offscreen QT_QUICK_BACKEND=software ${ARG_ENVIRONMENT})
    set_tests_properties(${ARG_NAME} PROPERTIES ENVIRONMENT "${env}" LABELS "${ARG_LABELS}")
    if(ARG_TIMEOUT)
        set_tests_properties(${ARG_NAME} PROPERTIES TIMEOUT ${ARG_TIMEOUT})
    endif()
    if(ARG_FIXTURES_REQUIRED)
        set_tests_properties(${ARG_NAME} PROPERTIES FIXTURES_REQUIRED "${ARG_FIXTURES_REQUIRED}")
    endif()
endfunction()
