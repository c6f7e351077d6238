# SPDX-License-Identifier: GPL-3.0-or-later
# The ledger client's network layer (LABELS ledger net). Tests that need a real chain use the ctest
# fixture "devnet": `carnet-cli devnet start --replace` with CARNET_HOME=<build>/test-devnet before them,
# `carnet-cli devnet stop` after them.
set(CARNET_TEST_DEVNET_HOME ${PROJECT_BINARY_DIR}/test-devnet)
add_test(NAME devnet_setup COMMAND carnet-cli devnet start --replace --nodes 2)
set_tests_properties(devnet_setup PROPERTIES FIXTURES_SETUP devnet LABELS "ledger;net"
    ENVIRONMENT "CARNET_HOME=${CARNET_TEST_DEVNET_HOME}" TIMEOUT 60)
add_test(NAME devnet_cleanup COMMAND carnet-cli devnet stop)
set_tests_properties(devnet_cleanup PROPERTIES FIXTURES_CLEANUP devnet LABELS "ledger;net"
    ENVIRONMENT "CARNET_HOME=${CARNET_TEST_DEVNET_HOME}" TIMEOUT 60)

carnet_add_test(NAME rpc_faults SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rpc_faults.cpp ${CMAKE_CURRENT_LIST_DIR}/rpcfakenode.h
    LIBS carnet_core LABELS ledger net TIMEOUT 120)
carnet_add_test(NAME ethclient_logs SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ethclient_logs.cpp ${CMAKE_CURRENT_LIST_DIR}/rpcfakenode.h
    LIBS carnet_core LABELS ledger net TIMEOUT 120)

# Against the fixture's anvil (CARNET_HOME points at its network file).
foreach(name rpc_anvil ethclient_chain ethclient_tx ethclient_legacy ethclient_zerogas)
    carnet_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp ${CMAKE_CURRENT_LIST_DIR}/devnettestutil.h
        ${CMAKE_CURRENT_LIST_DIR}/rpcfakenode.h LIBS carnet_core LABELS ledger net devnet TIMEOUT 120
        ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
endforeach()
# With a LyingProxy (tests/core/lyingproxy.h) in front of the fixture's anvil.
set(CARNET_NET_PROXY_HELPERS ${CMAKE_CURRENT_LIST_DIR}/devnettestutil.h ${CMAKE_CURRENT_LIST_DIR}/lyingproxy.h
    ${CMAKE_CURRENT_LIST_DIR}/lyingproxy.cpp)
foreach(name registry rpc_deadline ethclient_budget)
    carnet_add_test(NAME ${name} SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_${name}.cpp ${CARNET_NET_PROXY_HELPERS}
        LIBS carnet_core Qt6::Network LABELS ledger net devnet TIMEOUT 180
        ENVIRONMENT CARNET_HOME=${CARNET_TEST_DEVNET_HOME} FIXTURES_REQUIRED devnet)
endforeach()
carnet_add_test(NAME ethclient_networkfile SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_ethclient_networkfile.cpp
    LIBS carnet_core LABELS ledger net)
