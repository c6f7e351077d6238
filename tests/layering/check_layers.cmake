# SPDX-License-Identifier: GPL-3.0-or-later
# The layering rule (docs/ARCHITECTURE.md): app -> qml -> platform -> core -> crypto, nothing below
# knows what is above. Run by ctest (layering) as `cmake -DSOURCE_DIR=… -DLINKS=… -P check_layers.cmake`:
#  - crypto/ includes no Qt header and nothing of core/, platform/, qml/, app/;
#  - core/ includes nothing of platform/, qml/, app/ and no QtGui, QtQml, QtQuick or QtWidgets header
#    (module-qualified or by class, e.g. <QGuiApplication>, <QQmlEngine>, <QImage>);
#  - platform/ includes nothing of qml/ or app/; qml/ nothing of app/;
#  - qml/ and app/ reach the wallet only through the service layer (core/service): no RecordStore, no
#    core::Vault, no keyringOf, no syncRecords/publishEntry/reserveRecord/connectProvider/selfRecord of
#    core/sync, no NetworkConfig::load, and no include of core/vault/vault.h, core/sync/recordstore.h,
#    the service's own grant store and ledger reader (grantstore.h, grantledger.h) or its *_p.h headers
#    (app/cli's provider, authority, registry and devnet commands are not patient actions and use the
#    ledger client directly, through service::loadNetwork for the network file);
#  - carnet_core and carnet_crypto link no GUI, QML or higher-layer library (LINKS: their link lists).
# Any violation is printed with its file and line, and the test fails.
cmake_minimum_required(VERSION 3.25)

set(violations "")

# Qt classes of the GUI and QML modules a core file could name without a module prefix.
set(gui_classes "QGuiApplication|QImage|QPixmap|QPainter|QColor|QFont|QIcon|QWindow|QScreen|QClipboard|QPen|QBrush|QPalette|QTextDocument|QQml[A-Za-z]*|QQuick[A-Za-z]*|QJSEngine|QJSValue|QWidget|QApplication")

function(check_dir dir forbidden_regex why)
    file(GLOB_RECURSE files LIST_DIRECTORIES false "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines REGEX "^[ \t]*#[ \t]*include")
        foreach(line IN LISTS lines)
            if(line MATCHES "${forbidden_regex}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
                set(violations "${violations}\n  ${rel}: ${line}   (${why})" PARENT_SCOPE)
                set(violations "${violations}\n  ${rel}: ${line}   (${why})")
            endif()
        endforeach()
    endforeach()
endfunction()

check_dir(crypto "[<\"](core|platform|qml|app)/" "crypto depends on nothing above it")
check_dir(crypto "<Q[A-Za-z]*>|<Qt[A-Za-z]*/" "crypto has no Qt")
check_dir(core "[<\"](platform|qml|app)/" "core depends only on crypto and itself")
check_dir(core "<Qt(Gui|Qml|Quick|QuickControls2|Widgets|Multimedia)[/>]" "core never includes QtGui or QtQml")
check_dir(core "<(${gui_classes})>" "core never includes QtGui or QtQml")
check_dir(platform "[<\"](qml|app)/" "platform is below qml and app")
check_dir(qml "[<\"]app/" "qml is below app")

# What a file of `dir` says (code, not includes) that only core/service may do.
function(check_uses dir forbidden_regex why)
    file(GLOB_RECURSE files LIST_DIRECTORIES false "${SOURCE_DIR}/${dir}/*.h" "${SOURCE_DIR}/${dir}/*.cpp")
    foreach(f IN LISTS files)
        file(STRINGS "${f}" lines)
        set(n 0)
        foreach(line IN LISTS lines)
            math(EXPR n "${n} + 1")
            string(REGEX REPLACE "//.*$" "" code "${line}")
            if(code MATCHES "${forbidden_regex}")
                file(RELATIVE_PATH rel "${SOURCE_DIR}" "${f}")
                set(violations "${violations}\n  ${rel}:${n}: ${line}   (${why})")
            endif()
        endforeach()
    endforeach()
    set(violations "${violations}" PARENT_SCOPE)
endfunction()

set(below_service "[<\"]core/(vault/vault|sync/recordstore|service/grantstore|service/grantledger|service/[a-z_]*_p)\\.h[>\"]")
set(service_only "(^|[^A-Za-z_])(RecordStore|GrantStore|GrantLedger|core::Vault|Vault::)([^A-Za-z_]|$)|sync::(keyringOf|syncRecords|publishEntry|reserveRecord|connectProvider|selfRecord|seedDemo)|using namespace (carnet::)?(core::)?sync|NetworkConfig::load")
foreach(dir qml app)
    check_dir(${dir} "${below_service}" "the vault and its record store are reached through core/service")
    check_uses(${dir} "${service_only}" "a patient action is one core/service call")
endforeach()

foreach(link IN LISTS LINKS)
    if(link MATCHES "Qt6::(Gui|Qml|Quick|QuickControls2|Widgets|Multimedia)|carnet_(platform|qml)")
        set(violations "${violations}\n  link: ${link}   (core and crypto link no GUI, QML or higher layer)")
    endif()
endforeach()

if(violations)
    message(FATAL_ERROR "layering violations:${violations}")
endif()
message(STATUS "layering: crypto, core, platform and qml include and link only what is below them")
