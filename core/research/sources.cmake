# SPDX-License-Identifier: GPL-3.0-or-later
# Paid research's pure formats (docs/DEID.md): Safe Harbor de-identification of FHIR resources into
# canonical JSON, and the dataset bytes a patient previews, commits to and delivers.
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/canonjson.cpp ${CMAKE_CURRENT_LIST_DIR}/canonjson.h
    ${CMAKE_CURRENT_LIST_DIR}/deid.cpp ${CMAKE_CURRENT_LIST_DIR}/deid.h ${CMAKE_CURRENT_LIST_DIR}/deid_p.h
    ${CMAKE_CURRENT_LIST_DIR}/deidallow.cpp ${CMAKE_CURRENT_LIST_DIR}/deidspecial.cpp
    ${CMAKE_CURRENT_LIST_DIR}/deidtypes.cpp
    ${CMAKE_CURRENT_LIST_DIR}/dataset.cpp ${CMAKE_CURRENT_LIST_DIR}/dataset.h
    ${CMAKE_CURRENT_LIST_DIR}/preview.cpp ${CMAKE_CURRENT_LIST_DIR}/preview.h
)
