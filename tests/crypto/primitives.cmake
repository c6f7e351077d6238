# SPDX-License-Identifier: GPL-3.0-or-later
# Symmetric primitives and ECIES: hashes/MACs, HKDF, PBKDF2, Argon2id, AES-256-GCM, ECIES, misuse
# reporting and SecureBuffer. Vectors come from tests/data/wycheproof and the sources cited in each file.
foreach(name IN ITEMS hashes hkdf pbkdf2 argon2id aes_gcm ecies primitives_misuse securebuffer)
    carnet_add_test(NAME ${name} SOURCES tst_${name}.cpp wycheproof.h LIBS carnet_crypto Qt6::Core LABELS crypto)
endforeach()
