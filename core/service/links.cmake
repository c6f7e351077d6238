# SPDX-License-Identifier: GPL-3.0-or-later
# The wallet's SMART Health Links (docs/SHL.md, "The wallet's links"): the vault's rows, the owner token,
# and the service calls that make, list, log, update and revoke links at a share host.
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/linkfailure.h ${CMAKE_CURRENT_LIST_DIR}/linktypes.h
    ${CMAKE_CURRENT_LIST_DIR}/linkhost.cpp ${CMAKE_CURRENT_LIST_DIR}/linkhost.h
    ${CMAKE_CURRENT_LIST_DIR}/linkowner.cpp ${CMAKE_CURRENT_LIST_DIR}/linkowner.h
    ${CMAKE_CURRENT_LIST_DIR}/linkstore.cpp ${CMAKE_CURRENT_LIST_DIR}/linkstore.h
    ${CMAKE_CURRENT_LIST_DIR}/store_p.h ${CMAKE_CURRENT_LIST_DIR}/links_p.h ${CMAKE_CURRENT_LIST_DIR}/linkfiles_p.h
    ${CMAKE_CURRENT_LIST_DIR}/walletlinks.cpp ${CMAKE_CURRENT_LIST_DIR}/walletlinkupdate.cpp
    ${CMAKE_CURRENT_LIST_DIR}/walletlinkfiles.cpp
)
