# SPDX-License-Identifier: GPL-3.0-or-later
# The ledger client's network layer: JSON-RPC, the Ethereum client, the network file, the contract
# bindings and the local devnet (docs/LEDGER-NETWORK.md).
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/jsonlimits.cpp ${CMAKE_CURRENT_LIST_DIR}/jsonlimits.h
    ${CMAKE_CURRENT_LIST_DIR}/rpcclient.cpp ${CMAKE_CURRENT_LIST_DIR}/rpcclient.h
    ${CMAKE_CURRENT_LIST_DIR}/ethclient.cpp ${CMAKE_CURRENT_LIST_DIR}/ethclient.h
    ${CMAKE_CURRENT_LIST_DIR}/networkconfig.cpp ${CMAKE_CURRENT_LIST_DIR}/networkconfig.h
    ${CMAKE_CURRENT_LIST_DIR}/devnet.cpp ${CMAKE_CURRENT_LIST_DIR}/devnet.h
    ${CMAKE_CURRENT_LIST_DIR}/devnethost.cpp ${CMAKE_CURRENT_LIST_DIR}/devnethost.h
    ${CMAKE_CURRENT_LIST_DIR}/contracts/registry.cpp ${CMAKE_CURRENT_LIST_DIR}/contracts/registry.h
)
target_link_libraries(carnet_core PUBLIC carnet_contracts)
# Where `devnet start` finds anvil when CARNET_ANVIL is not set (the project's ledger/node_modules).
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/devnet.cpp APPEND PROPERTY COMPILE_DEFINITIONS
    CARNET_LEDGER_DIR="${PROJECT_SOURCE_DIR}/ledger")
# Where `devnet start` finds the share host in a build tree, and the viewer page it serves from there.
set_property(SOURCE ${CMAKE_CURRENT_LIST_DIR}/devnethost.cpp APPEND PROPERTY COMPILE_DEFINITIONS
    CARNET_SHARE_HOST_BUILT="$<TARGET_FILE:carnet-share-host>"
    CARNET_SHARE_HOST_SOURCE_VIEWER="${PROJECT_SOURCE_DIR}/server/viewer")
