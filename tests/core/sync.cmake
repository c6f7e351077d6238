# SPDX-License-Identifier: GPL-3.0-or-later
# The record store and the sync (LABELS sync; the ones on the devnet also need the fixture).
carnet_add_test(NAME record_store SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_record_store.cpp ${CARNET_VAULT_TEST_HELPERS}
    LIBS carnet_core LABELS sync vault)
# The threads that verify entries while their logs are read (core/sync/workqueue.h).
carnet_add_test(NAME sync_workqueue SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sync_workqueue.cpp LIBS carnet_core LABELS sync)

# Against the fixture's anvil, with a LyingProxy in front of it for the lies (docs/SYNC.md).
set(CARNET_SYNC_TEST_HELPERS ${CMAKE_CURRENT_LIST_DIR}/synctestutil.h ${CMAKE_CURRENT_LIST_DIR}/devnettestutil.h
    ${CMAKE_CURRENT_LIST_DIR}/lyingproxy.h ${CMAKE_CURRENT_LIST_DIR}/lyingproxy.cpp ${CARNET_VAULT_TEST_HELPERS})
# sync_honest reverts the chain (evm_snapshot/evm_revert) for its reorganisation case: RUN_SERIAL.
foreach(name honest liars quorum kill)
    carnet_add_test(NAME sync_${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_sync_${name}.cpp ${CARNET_SYNC_TEST_HELPERS}
        LIBS carnet_core Qt6::Network LABELS sync devnet TIMEOUT 300
        ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
endforeach()
set_tests_properties(sync_honest PROPERTIES RUN_SERIAL TRUE)
# Record indexes reserved on the chain before they are handed out (docs/PROTOCOL.md §1).
carnet_add_test(NAME record_reserve SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_record_reserve.cpp ${CARNET_SYNC_TEST_HELPERS}
    LIBS carnet_core Qt6::Network LABELS sync devnet TIMEOUT 300
    ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
target_compile_definitions(tst_sync_kill PRIVATE CARNET_CLI="$<TARGET_FILE:carnet-cli>")
add_dependencies(tst_sync_kill carnet-cli)
# The service layer (core/service): one call per patient action, typed failures (docs/ARCHITECTURE.md).
carnet_add_test(NAME service_wallet SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_service_wallet.cpp ${CARNET_SYNC_TEST_HELPERS}
    LIBS carnet_core Qt6::Network LABELS sync devnet TIMEOUT 300
    ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
# Sharing, the patient's side (docs/PROTOCOL.md §8): preview, grants in each mode, refusals.
carnet_add_test(NAME service_share SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_service_share.cpp ${CMAKE_CURRENT_LIST_DIR}/labfixture.h ${CARNET_SYNC_TEST_HELPERS}
    LIBS carnet_core Qt6::Network LABELS share devnet oracle TIMEOUT 300
    ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
# SMART Health Links from the wallet (docs/SHL.md) against the devnet's real carnet-share-host.
carnet_add_test(NAME service_links SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_service_links.cpp ${CMAKE_CURRENT_LIST_DIR}/labfixture.h ${CARNET_SYNC_TEST_HELPERS}
    LIBS carnet_core Qt6::Network LABELS share devnet TIMEOUT 300
    ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
# Clinician mode (core/service/walletclinician*.cpp, grantledger.h): grants opened by majority, liars included.
carnet_add_test(NAME service_clinician SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_service_clinician.cpp
    ${CMAKE_CURRENT_LIST_DIR}/granttestutil.h ${CARNET_SYNC_TEST_HELPERS}
    LIBS carnet_core Qt6::Network LABELS sync devnet TIMEOUT 300
    ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
set_tests_properties(service_clinician PROPERTIES RUN_SERIAL TRUE) # it moves the chain's clock (tests/core/contracts.cmake)
# Paid research (docs/PROTOCOL.md §9): post, list by majority, preview = commitment = delivery, join,
# leave, withdraw, refusals, lying nodes. It moves the chain's clock (tests/core/contracts.cmake).
carnet_add_test(NAME service_research SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_service_research.cpp ${CARNET_SYNC_TEST_HELPERS}
    LIBS carnet_core Qt6::Network LABELS research devnet TIMEOUT 300
    ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
set_tests_properties(service_research PROPERTIES RUN_SERIAL TRUE)
