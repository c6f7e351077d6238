# SPDX-License-Identifier: GPL-3.0-or-later
# Sharing with a clinician (docs/UI.md, "Share"): the patient's grants, access log and new share
# flow, and clinician mode; SMART Health Links for doctors without the app and the emergency card
# (docs/UI.md, "Links"); a grant's view (GrantViewModel, GrantView.qml) is drawn by the same code
# for the patient's preview and the clinician's view. Included by qml/CMakeLists.txt; paths relative
# to qml/.
list(APPEND CARNET_QML_PAGES
    share/GrantView.qml
    share/GrantHeader.qml
    share/ScopeText.qml
    share/GrantRow.qml
    share/AccessRow.qml
    share/AuthDialog.qml
    share/ShareCodeCard.qml
    share/NewSharePage.qml
    share/ShareChoices.qml
    share/RecipientChoice.qml
    share/PickEntriesPage.qml
    share/ClinicianModeRow.qml
    share/ClinicianHome.qml
    share/ClinicianIdentityCard.qml
    share/CodeText.qml
    share/OpenShareCard.qml
    share/PasscodeDialog.qml
    share/ScanPage.qml
    share/OpenGrantPage.qml
    share/NotePage.qml
    share/LinksSection.qml
    share/LinkRow.qml
    share/LinkAccessRow.qml
    share/LinkChoices.qml
    share/LinkCodeCard.qml
    share/EmergencyCard.qml
    share/LinkShownView.qml
    share/NewLinkPage.qml
    share/LinkDetailPage.qml
    share/EmergencyNoticeBanner.qml
)
list(APPEND CARNET_QML_SOURCES
    share/grantwords.cpp share/grantwords.h
    share/grantviewmodel.cpp share/grantviewmodel.h
    share/shareviewmodel.cpp share/shareviewmodel.h
    share/grantsviewmodel.cpp share/grantsviewmodel.h
    share/clinicianviewmodel.cpp share/clinicianviewmodel.h
    share/clinicalnote.cpp share/clinicalnote.h
    share/qrscanner.cpp share/qrscanner.h
    share/linkwords.cpp share/linkwords.h
    share/linkrows.cpp share/linkrows.h
    share/linksviewmodel.cpp share/linksviewmodel.h
    share/linkactions.cpp share/linkoutcome_p.h
    share/emergencynotices.cpp share/emergencynotices.h
)
# Clinician mode's camera (QtMultimedia, found by the top CMakeLists.txt: qt6-multimedia-dev,
# qml6-module-qtmultimedia).
list(APPEND CARNET_QML_EXTRA_LIBS Qt6::Multimedia)
