# SPDX-License-Identifier: GPL-3.0-or-later
# The ledger client's encoding layer: U256, RLP, ABI, transactions, EIP-712 (docs/LEDGER-CLIENT.md).
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/abi.cpp ${CMAKE_CURRENT_LIST_DIR}/abi.h
    ${CMAKE_CURRENT_LIST_DIR}/abitype.cpp
    ${CMAKE_CURRENT_LIST_DIR}/eip712.cpp ${CMAKE_CURRENT_LIST_DIR}/eip712.h
    ${CMAKE_CURRENT_LIST_DIR}/rlp.cpp ${CMAKE_CURRENT_LIST_DIR}/rlp.h
    ${CMAKE_CURRENT_LIST_DIR}/transaction.cpp ${CMAKE_CURRENT_LIST_DIR}/transaction.h
    ${CMAKE_CURRENT_LIST_DIR}/u256.cpp ${CMAKE_CURRENT_LIST_DIR}/u256.h
    ${CMAKE_CURRENT_LIST_DIR}/utf8.h
)
