# SPDX-License-Identifier: GPL-3.0-or-later
# BIP-39 (mnemonic phrases) and BIP-32 (hierarchical keys) tests.
foreach(name IN ITEMS bip39_vectors bip39_wordlists bip39_french bip39_errors bip39_generate)
    carnet_add_test(NAME ${name} SOURCES tst_${name}.cpp LIBS carnet_crypto Qt6::Core LABELS crypto bip39)
endforeach()
