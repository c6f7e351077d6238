# SPDX-License-Identifier: GPL-3.0-or-later
# Paid research (docs/UI.md, "Research"; docs/PROTOCOL.md §9): the open studies with this wallet's
# fit and part in each, the preview of the exact dataset, join, leave, earnings and withdrawal.
# Included by qml/CMakeLists.txt; paths relative to qml/.
list(APPEND CARNET_QML_PAGES
    research/ResearchPage.qml
    research/StudyCard.qml
    research/StudyFact.qml
    research/EarningsCard.qml
    research/WithdrawDialog.qml
    research/StudyPreviewPage.qml
    research/PreviewResourceView.qml
    research/DatasetBytes.qml
)
list(APPEND CARNET_QML_SOURCES
    research/researchwords.cpp research/researchwords.h
    research/researchrows.cpp research/researchrows.h
    research/researchviewmodel.cpp research/researchviewmodel.h
    research/researchactions.cpp research/researchoutcome_p.h
)
