# SPDX-License-Identifier: GPL-3.0-or-later
# The synthetic demo record (docs/DEMO.md): FHIR R4 resources for `carnet-cli demo seed`.
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/demorecord.cpp ${CMAKE_CURRENT_LIST_DIR}/demorecord.h
    ${CMAKE_CURRENT_LIST_DIR}/demofoundation.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demovisits.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demolabs.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demoepisodes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/demojson.cpp ${CMAKE_CURRENT_LIST_DIR}/demojson.h
    ${CMAKE_CURRENT_LIST_DIR}/demogen.h
)
