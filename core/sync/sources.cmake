# SPDX-License-Identifier: GPL-3.0-or-later
# The record in the vault and its sync from untrusted nodes (docs/PROTOCOL.md §6–7, docs/SYNC.md).
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demoseed.cpp ${CMAKE_CURRENT_LIST_DIR}/demoseed.h
    ${CMAKE_CURRENT_LIST_DIR}/nodepanel.cpp ${CMAKE_CURRENT_LIST_DIR}/nodepanel.h
    ${CMAKE_CURRENT_LIST_DIR}/publisher.cpp ${CMAKE_CURRENT_LIST_DIR}/publisher.h
    ${CMAKE_CURRENT_LIST_DIR}/recordpass.cpp ${CMAKE_CURRENT_LIST_DIR}/syncround_p.h
    ${CMAKE_CURRENT_LIST_DIR}/recordstore.cpp ${CMAKE_CURRENT_LIST_DIR}/recordstore.h
    ${CMAKE_CURRENT_LIST_DIR}/syncengine.cpp ${CMAKE_CURRENT_LIST_DIR}/syncengine.h
    ${CMAKE_CURRENT_LIST_DIR}/syncmessage.cpp ${CMAKE_CURRENT_LIST_DIR}/syncmessage.h
    ${CMAKE_CURRENT_LIST_DIR}/walletrecords.cpp ${CMAKE_CURRENT_LIST_DIR}/walletrecords.h
    ${CMAKE_CURRENT_LIST_DIR}/workqueue.cpp ${CMAKE_CURRENT_LIST_DIR}/workqueue.h
)
