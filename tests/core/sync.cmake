# SPDX-License-Identifier: GPL-3.0-or-later
# The record store and the sync (LABELS sync; the ones on the devnet also need the fixture).
carnet_add_test(NAME record_store SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_record_store.cpp ${CARNET_VAULT_TEST_HELPERS}
    LIBS carnet_core LABELS sync vault)
