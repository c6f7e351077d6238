# SPDX-License-Identifier: GPL-3.0-or-later
# The vault: SQLCipher database keyed by a data key wrapped under Argon2id (docs/VAULT.md).
pkg_check_modules(SQLCIPHER REQUIRED IMPORTED_TARGET sqlcipher)
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/autolock.cpp ${CMAKE_CURRENT_LIST_DIR}/autolock.h
    ${CMAKE_CURRENT_LIST_DIR}/calibrate.cpp ${CMAKE_CURRENT_LIST_DIR}/calibrate.h
    ${CMAKE_CURRENT_LIST_DIR}/crashpoint.cpp ${CMAKE_CURRENT_LIST_DIR}/crashpoint.h
    ${CMAKE_CURRENT_LIST_DIR}/database.cpp ${CMAKE_CURRENT_LIST_DIR}/database.h
    ${CMAKE_CURRENT_LIST_DIR}/fileops.cpp ${CMAKE_CURRENT_LIST_DIR}/fileops.h
    ${CMAKE_CURRENT_LIST_DIR}/header.cpp ${CMAKE_CURRENT_LIST_DIR}/header.h
    ${CMAKE_CURRENT_LIST_DIR}/keystore.h
    ${CMAKE_CURRENT_LIST_DIR}/throttle.cpp ${CMAKE_CURRENT_LIST_DIR}/throttle.h
    ${CMAKE_CURRENT_LIST_DIR}/vault.cpp ${CMAKE_CURRENT_LIST_DIR}/vault.h
    ${CMAKE_CURRENT_LIST_DIR}/vaultcreate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/vaultdb.cpp ${CMAKE_CURRENT_LIST_DIR}/vaultdb.h
    ${CMAKE_CURRENT_LIST_DIR}/vaultfiles.cpp ${CMAKE_CURRENT_LIST_DIR}/vaultfiles.h
    ${CMAKE_CURRENT_LIST_DIR}/vaulterror.cpp ${CMAKE_CURRENT_LIST_DIR}/vaulterror.h
    ${CMAKE_CURRENT_LIST_DIR}/vaultsecrets.cpp ${CMAKE_CURRENT_LIST_DIR}/vaultsecrets.h
)
target_link_libraries(carnet_core PRIVATE PkgConfig::SQLCIPHER)
