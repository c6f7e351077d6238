# SPDX-License-Identifier: GPL-3.0-or-later
# SMART Health Links' formats and receiver (docs/SHL.md): the link, its JWE files, the manifest, and the
# receiver that opens a link (receiver). QtCore and QtNetwork only; crypto through carnet_crypto.
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/strictjson.cpp ${CMAKE_CURRENT_LIST_DIR}/strictjson.h
    ${CMAKE_CURRENT_LIST_DIR}/shlink.cpp ${CMAKE_CURRENT_LIST_DIR}/shlink.h
    ${CMAKE_CURRENT_LIST_DIR}/jwe.cpp ${CMAKE_CURRENT_LIST_DIR}/jwe.h
    ${CMAKE_CURRENT_LIST_DIR}/manifest.cpp ${CMAKE_CURRENT_LIST_DIR}/manifest.h
    ${CMAKE_CURRENT_LIST_DIR}/receiver.cpp ${CMAKE_CURRENT_LIST_DIR}/receivercontent.cpp ${CMAKE_CURRENT_LIST_DIR}/receiver.h
)
