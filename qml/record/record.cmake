# SPDX-License-Identifier: GPL-3.0-or-later
# The record screens (docs/UI.md, "Record"): the timeline, an entry, trends and charts.
list(APPEND CARNET_QML_PAGES
    record/Categories.qml
    record/CategoryChips.qml
    record/TimelineRow.qml
    record/TimelineView.qml
    record/EntryPage.qml
    record/FieldRow.qml
    record/ProvenanceCard.qml
    record/TrendsPage.qml
    record/ChartPage.qml
    record/LegendItem.qml
)
list(APPEND CARNET_QML_SOURCES
    record/recordreader.cpp record/recordreader.h
    record/timelinemodel.cpp record/timelinemodel.h
    record/entryviewmodel.cpp record/entryviewmodel.h
    record/trendviewmodel.cpp record/trendviewmodel.h
    record/trendchart.cpp record/trendchart.h
    record/fhirfieldlabels.h
)
set_source_files_properties(record/Categories.qml PROPERTIES QT_QML_SINGLETON_TYPE TRUE)
# The generated type registrations include each QML_ELEMENT header by its file name.
include_directories(${CMAKE_CURRENT_SOURCE_DIR}/record)
