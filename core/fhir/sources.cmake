# SPDX-License-Identifier: GPL-3.0-or-later
# FHIR R4 views: a JSON tree that keeps number lexemes, Bundle splitting by byte span, typed views,
# entry summaries/details/chart points and locale formatting (docs/FHIR.md).
find_package(nlohmann_json 3.11 REQUIRED)
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/chart.cpp ${CMAKE_CURRENT_LIST_DIR}/detail.cpp ${CMAKE_CURRENT_LIST_DIR}/summary.cpp
    ${CMAKE_CURRENT_LIST_DIR}/entry.h ${CMAKE_CURRENT_LIST_DIR}/entry_p.h
    ${CMAKE_CURRENT_LIST_DIR}/bundle.cpp ${CMAKE_CURRENT_LIST_DIR}/bundle.h
    ${CMAKE_CURRENT_LIST_DIR}/datatypes.cpp ${CMAKE_CURRENT_LIST_DIR}/datatypes.h
    ${CMAKE_CURRENT_LIST_DIR}/fhirerror.cpp ${CMAKE_CURRENT_LIST_DIR}/fhirerror.h
    ${CMAKE_CURRENT_LIST_DIR}/format.cpp ${CMAKE_CURRENT_LIST_DIR}/format.h
    ${CMAKE_CURRENT_LIST_DIR}/export.cpp ${CMAKE_CURRENT_LIST_DIR}/export.h ${CMAKE_CURRENT_LIST_DIR}/export_p.h ${CMAKE_CURRENT_LIST_DIR}/ips.cpp
    ${CMAKE_CURRENT_LIST_DIR}/views.cpp ${CMAKE_CURRENT_LIST_DIR}/viewfields.cpp ${CMAKE_CURRENT_LIST_DIR}/views.h
    ${CMAKE_CURRENT_LIST_DIR}/json.cpp ${CMAKE_CURRENT_LIST_DIR}/jsontext.cpp ${CMAKE_CURRENT_LIST_DIR}/json.h ${CMAKE_CURRENT_LIST_DIR}/jsonparse_p.h
)
target_link_libraries(carnet_core PRIVATE nlohmann_json::nlohmann_json)
