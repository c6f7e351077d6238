# SPDX-License-Identifier: GPL-3.0-or-later
# The grant protocol's pure formats (docs/PROTOCOL.md §8.1–8.6, §8.9): sharing and clinician keys, the
# clinician's identity code, scopes, key bundles and their encryption and parts, share codes, receipts.
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/bytesio.h ${CMAKE_CURRENT_LIST_DIR}/codetext.h
    ${CMAKE_CURRENT_LIST_DIR}/clinicianid.cpp ${CMAKE_CURRENT_LIST_DIR}/clinicianid.h
    ${CMAKE_CURRENT_LIST_DIR}/grantkeys.cpp ${CMAKE_CURRENT_LIST_DIR}/grantkeys.h
    ${CMAKE_CURRENT_LIST_DIR}/grantscope.cpp ${CMAKE_CURRENT_LIST_DIR}/grantscope.h
    ${CMAKE_CURRENT_LIST_DIR}/keybundle.cpp ${CMAKE_CURRENT_LIST_DIR}/keybundle.h
    ${CMAKE_CURRENT_LIST_DIR}/receipt.cpp ${CMAKE_CURRENT_LIST_DIR}/receipt.h
    ${CMAKE_CURRENT_LIST_DIR}/sealedbundle.cpp ${CMAKE_CURRENT_LIST_DIR}/sealedbundle.h
    ${CMAKE_CURRENT_LIST_DIR}/sharecode.cpp ${CMAKE_CURRENT_LIST_DIR}/sharecode.h
    ${CMAKE_CURRENT_LIST_DIR}/sharekeys.cpp ${CMAKE_CURRENT_LIST_DIR}/sharekeys.h
)
