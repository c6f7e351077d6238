# SPDX-License-Identifier: GPL-3.0-or-later
# The service layer (docs/ARCHITECTURE.md, "One service layer"): one call per patient action,
# returning a typed result; carnet-cli and the app's view models only translate.
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/actionfailure.h ${CMAKE_CURRENT_LIST_DIR}/grantfailure.h
    ${CMAKE_CURRENT_LIST_DIR}/grantfhir.cpp ${CMAKE_CURRENT_LIST_DIR}/grantfhir.h
    ${CMAKE_CURRENT_LIST_DIR}/grantstore.cpp ${CMAKE_CURRENT_LIST_DIR}/grantstore.h
    ${CMAKE_CURRENT_LIST_DIR}/grantledger.cpp ${CMAKE_CURRENT_LIST_DIR}/grantledger.h
    ${CMAKE_CURRENT_LIST_DIR}/grantledger_p.h ${CMAKE_CURRENT_LIST_DIR}/grantledgerregistry.cpp
    ${CMAKE_CURRENT_LIST_DIR}/grantview.cpp ${CMAKE_CURRENT_LIST_DIR}/grantview.h
    ${CMAKE_CURRENT_LIST_DIR}/networksource.cpp ${CMAKE_CURRENT_LIST_DIR}/networksource.h
    ${CMAKE_CURRENT_LIST_DIR}/provider.cpp ${CMAKE_CURRENT_LIST_DIR}/provider.h ${CMAKE_CURRENT_LIST_DIR}/publishing_p.h
    ${CMAKE_CURRENT_LIST_DIR}/wallet.cpp ${CMAKE_CURRENT_LIST_DIR}/wallet.h ${CMAKE_CURRENT_LIST_DIR}/wallet_p.h
    ${CMAKE_CURRENT_LIST_DIR}/clinician_p.h ${CMAKE_CURRENT_LIST_DIR}/walletclinician.cpp ${CMAKE_CURRENT_LIST_DIR}/walletclinicianopen.cpp
    ${CMAKE_CURRENT_LIST_DIR}/walletrecordactions.cpp ${CMAKE_CURRENT_LIST_DIR}/walletexport.cpp
    ${CMAKE_CURRENT_LIST_DIR}/share_p.h ${CMAKE_CURRENT_LIST_DIR}/walletshare.cpp ${CMAKE_CURRENT_LIST_DIR}/walletgrantlist.cpp
    ${CMAKE_CURRENT_LIST_DIR}/walletsharenamed.cpp ${CMAKE_CURRENT_LIST_DIR}/walletsharesteps.cpp
    ${CMAKE_CURRENT_LIST_DIR}/researchfailure.h ${CMAKE_CURRENT_LIST_DIR}/researchtypes.h ${CMAKE_CURRENT_LIST_DIR}/research_p.h
    ${CMAKE_CURRENT_LIST_DIR}/studyledger.cpp ${CMAKE_CURRENT_LIST_DIR}/studyledger.h
    ${CMAKE_CURRENT_LIST_DIR}/walletresearch.cpp ${CMAKE_CURRENT_LIST_DIR}/walletresearchjoin.cpp
    ${CMAKE_CURRENT_LIST_DIR}/researcher.cpp ${CMAKE_CURRENT_LIST_DIR}/researcher.h
)
