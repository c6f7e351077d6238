# SPDX-License-Identifier: GPL-3.0-or-later
# The contract bindings (core/ledger/contracts) against the fixture's anvil, which has all four
# contracts deployed: every revert path and every event through the C++ client (docs/CONTRACTS.md).
# accessgrants and researchmarket move the chain's clock (evm_increaseTime) past expiries and
# deadlines, so they hold the lock devnet_clock and never run at the same time.
foreach(name recordlog accessgrants researchmarket)
    carnet_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp
        ${CMAKE_CURRENT_LIST_DIR}/contracttestutil.h ${CMAKE_CURRENT_LIST_DIR}/devnettestutil.h
        LIBS carnet_core LABELS ledger devnet TIMEOUT 180
        ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
endforeach()
set_tests_properties(accessgrants researchmarket PROPERTIES RESOURCE_LOCK devnet_clock)
