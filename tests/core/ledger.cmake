# SPDX-License-Identifier: GPL-3.0-or-later
# The ledger client's encoding layer (LABELS ledger; the ethers cross-checks also carry "oracle").
carnet_add_test(NAME u256 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_u256.cpp LIBS carnet_core LABELS ledger)
carnet_add_test(NAME rlp_vectors SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rlp_vectors.cpp LIBS carnet_core LABELS ledger)
carnet_add_test(NAME tx_vectors SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tx_vectors.cpp LIBS carnet_core LABELS ledger)
carnet_add_test(NAME tx_ethers_oracle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_tx_ethers_oracle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgeroracle.h LIBS carnet_core LABELS ledger oracle TIMEOUT 120)
carnet_add_test(NAME eip712_mail SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_eip712_mail.cpp LIBS carnet_core LABELS ledger)
carnet_add_test(NAME eip712_ethers_oracle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_eip712_ethers_oracle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgeroracle.h LIBS carnet_core LABELS ledger oracle TIMEOUT 120)
carnet_add_test(NAME abi_strict SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_abi_strict.cpp LIBS carnet_core LABELS ledger)
carnet_add_test(NAME abi_ethers_oracle SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_abi_ethers_oracle.cpp
    ${CMAKE_CURRENT_LIST_DIR}/ledgeroracle.h LIBS carnet_core LABELS ledger oracle TIMEOUT 120)
