# SPDX-License-Identifier: GPL-3.0-or-later
# The vault suite (LABELS vault): floor Argon2id parameters throughout, ~0.2 s per KDF.
set(CARNET_VAULT_TEST_HELPERS ${CMAKE_CURRENT_LIST_DIR}/vaulttestutil.h ${CMAKE_CURRENT_LIST_DIR}/fakekeystore.h)

# A tiny program that creates, opens (and holds), restores or re-keys a vault, reading secrets from
# stdin: the second process of the InUse test and the victim of the crash tests.
add_executable(vault_tool ${CMAKE_CURRENT_LIST_DIR}/vault_tool.cpp)
carnet_target_defaults(vault_tool)
target_link_libraries(vault_tool PRIVATE carnet_core)

foreach(name roundtrip wrong_passphrase header_tamper db_damage throttle in_use change_passphrase
             migrations quick_unlock autolock calibrate no_plaintext crash leftovers sealed_phrase)
    carnet_add_test(NAME vault_${name}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vault_${name}.cpp ${CARNET_VAULT_TEST_HELPERS}
        LIBS carnet_core
        LABELS vault
        TIMEOUT 300)
    target_compile_definitions(tst_vault_${name} PRIVATE VAULT_TOOL="$<TARGET_FILE:vault_tool>")
    add_dependencies(tst_vault_${name} vault_tool)
endforeach()

carnet_add_test(NAME vault_format_oracle
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_vault_format_oracle.cpp ${CARNET_VAULT_TEST_HELPERS}
    LIBS carnet_core
    LABELS vault oracle
    TIMEOUT 120)
