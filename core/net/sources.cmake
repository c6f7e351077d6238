# SPDX-License-Identifier: GPL-3.0-or-later
# Plain HTTP for the clients that are not JSON-RPC (the share host's owner API, SMART Health Link
# receivers): one synchronous exchange with a deadline, a body cap and no redirects.
target_sources(carnet_core PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/httpexchange.cpp ${CMAKE_CURRENT_LIST_DIR}/httpexchange.h
)
