# SPDX-License-Identifier: GPL-3.0-or-later
# The ledger client's encoding layer (LABELS ledger; the ethers cross-checks also carry "oracle").
carnet_add_test(NAME u256 SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_u256.cpp LIBS carnet_core LABELS ledger)
carnet_add_test(NAME rlp_vectors SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_rlp_vectors.cpp LIBS carnet_core LABELS ledger)
