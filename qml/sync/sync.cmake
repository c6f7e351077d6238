# SPDX-License-Identifier: GPL-3.0-or-later
# Sync status, connecting providers and the patient's own measurements (docs/UI.md, "Sync and
# providers"). Included by qml/CMakeLists.txt; paths relative to qml/.
list(APPEND CARNET_QML_PAGES
    sync/SyncStatusCard.qml
    sync/SyncPage.qml
    sync/ConnectProviderPage.qml
    sync/AddMeasurementPage.qml
    sync/ValueField.qml
)
list(APPEND CARNET_QML_SOURCES
    sync/recordevents.cpp sync/recordevents.h
    sync/messagewords.cpp sync/messagewords.h
    sync/syncviewmodel.cpp sync/syncviewmodel.h
    sync/connectviewmodel.cpp sync/connectviewmodel.h
    sync/qrcodeitem.cpp sync/qrcodeitem.h
    sync/measurement.cpp sync/measurement.h
    sync/addmeasurementviewmodel.cpp sync/addmeasurementviewmodel.h
)
# The QR image itself is carnet_qr's (qml/qr), shared with carnet-cli.
list(APPEND CARNET_QML_EXTRA_LIBS carnet_qr)
