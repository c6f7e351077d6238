# SPDX-License-Identifier: GPL-3.0-or-later
# Warning and hardening flags shared by every Carnet target (applied through carnet_target_defaults).

function(carnet_target_defaults target)
    target_compile_options(${target} PRIVATE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wconversion -Wsign-conversion -Wno-sign-conversion
        -fstack-protector-strong)
    if(CMAKE_BUILD_TYPE STREQUAL "Release" OR CMAKE_BUILD_TYPE STREQUAL "RelWithDebInfo")
        target_compile_definitions(${target} PRIVATE _FORTIFY_SOURCE=2)
    endif()
    # Explicit strings and Qt's own keywords only (Q_SIGNALS, Q_SLOTS, Q_EMIT).
    target_compile_definitions(${target} PRIVATE QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII QT_NO_URL_CAST_FROM_STRING)
    if(CARNET_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

if(NOT CMAKE_BUILD_TYPE AND NOT CMAKE_CONFIGURATION_TYPES)
    set(CMAKE_BUILD_TYPE Debug CACHE STRING "Build type" FORCE)
endif()
set(CMAKE_POSITION_INDEPENDENT_CODE ON)
add_link_options(-Wl,-z,relro,-z,now)

# ccache, when installed, makes rebuilds in several build folders cheap (set CCACHE_BASEDIR to the
# source folder to share hits between build/dev and other build/<name> folders).
find_program(CARNET_CCACHE ccache)
if(CARNET_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
    set(CMAKE_C_COMPILER_LAUNCHER ${CARNET_CCACHE})
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CARNET_CCACHE})
endif()
