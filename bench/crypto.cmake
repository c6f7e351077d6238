# SPDX-License-Identifier: GPL-3.0-or-later
# bench_crypto: hash, AES-GCM, Argon2id, secp256k1 and ECIES rates. Built, never run by ctest.
add_executable(bench_crypto bench_crypto.cpp)
carnet_target_defaults(bench_crypto)
target_link_libraries(bench_crypto PRIVATE carnet_crypto)
