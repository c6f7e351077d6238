# SPDX-License-Identifier: GPL-3.0-or-later
# secp256k1 keys, ECDSA (Wycheproof), recovery, ECDH, Ethereum addresses (EIP-55) and BIP-32.
carnet_add_test(NAME secp256k1_keys SOURCES tst_secp256k1_keys.cpp LIBS carnet_crypto LABELS crypto)
carnet_add_test(NAME ecdh SOURCES tst_ecdh.cpp wycheproof.h LIBS carnet_crypto LABELS crypto)
carnet_add_test(NAME ecdsa_wycheproof SOURCES tst_ecdsa_wycheproof.cpp wycheproof.h LIBS carnet_crypto LABELS crypto)
carnet_add_test(NAME ecdsa_sign SOURCES tst_ecdsa_sign.cpp LIBS carnet_crypto LABELS crypto)
carnet_add_test(NAME ecdsa_recovery SOURCES tst_ecdsa_recovery.cpp LIBS carnet_crypto LABELS crypto)
carnet_add_test(NAME eip55_address SOURCES tst_eip55_address.cpp LIBS carnet_crypto LABELS crypto)
carnet_add_test(NAME bip32_vectors SOURCES tst_bip32_vectors.cpp LIBS carnet_crypto PkgConfig::BOTAN LABELS crypto)
carnet_add_test(NAME secp256k1_threads SOURCES tst_secp256k1_threads.cpp LIBS carnet_crypto LABELS crypto)
