# SPDX-License-Identifier: GPL-3.0-or-later
# The contract bindings (core/ledger/contracts) against the fixture's anvil, which has all four
# contracts deployed: every revert path and every event through the C++ client (docs/CONTRACTS.md).
# They share the fixture's chain with the other devnet tests: accessgrants and researchmarket move its
# clock (evm_increaseTime) past expiries and deadlines, and all of them mine many blocks, which
# ethclient_tx's waitsForConfirmations (it counts the blocks it mines itself) cannot stand. So they
# and ethclient_tx hold the lock devnet_chain and never run at the same time as one another.
foreach(name recordlog accessgrants researchmarket registry_admin)
    carnet_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
        ${CMAKE_CURRENT_LIST_DIR}/contracttestutil.h ${CMAKE_CURRENT_LIST_DIR}/devnettestutil.h
        LIBS carnet_core LABELS ledger devnet TIMEOUT 180
        ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
endforeach()
set_tests_properties(recordlog accessgrants researchmarket registry_admin PROPERTIES RESOURCE_LOCK devnet_chain)
# Moving the shared chain's clock expires the grants other tests are reading at the time (a 24-hour
# grant made by service_share, cli_clinician or the app's tests is "expired" after a jump of days): the
# tests that move it run alone (service_clinician's last case moves it too, tests/core/sync.cmake).
set_tests_properties(accessgrants researchmarket PROPERTIES RUN_SERIAL TRUE)
if(TEST ethclient_tx)
    set_tests_properties(ethclient_tx PROPERTIES RESOURCE_LOCK devnet_chain)
endif()
