// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the Research pages show of the service's answers (core/service/researchtypes.h), as the maps
// QML reads: a study's card, a dataset preview field by field, the earnings. Built on the GUI thread
// (the words are tr()'s of the current language). Public values only: no key, no passphrase.
#include "core/service/researchtypes.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantMap>

namespace carnet::qml {

class ResearchRows
{
    Q_DECLARE_TR_FUNCTIONS(ResearchRows)

public:
    /** "0.001 ETH" in the locale's numbers: the wei amount in ether, trailing zeros dropped. */
    static QString ethText(const core::ledger::U256 &wei);
    /** "1000000000000000 wei". */
    static QString weiText(const core::ledger::U256 &wei);
    /** A study's card: index, studyId, title, purpose, researcherName, researcherText, licensed
     *  ("yes", "no", "unknown"), categories (keys), loincText, datesText, demographics, freeText,
     *  priceText, priceWeiText, placesText, deadlineText, open, openText, fit ("satisfiable",
     *  "nothing", "missing"), fitText, state ("none", "delivering", "joined", "left"), stateText,
     *  canJoin, canLeave, earningsText, earningsWeiText, earningsKnown, hasEarnings. */
    static QVariantMap study(const core::service::StudyListing &study, int index);
    /** A preview: title, resources [{resourceType, id, fields [{path, value}], dropped [..]}],
     *  bytesText, hashText, sizeText, resourceCount, excluded, freeText, parts. */
    static QVariantMap preview(const core::service::DatasetPreview &preview);
    /** A date as the locale writes it in full ("6 January 2027"). */
    static QString dayText(const QDate &day);
};

} // namespace carnet::qml
