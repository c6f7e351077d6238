// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* The field-by-field preview of a dataset for the patient (docs/DEID.md, "Preview"): for each
 * de-identified resource, every value it will share with its path, and the paths that were removed.
 * The rows are read back from the canonical bytes themselves, so the preview shows exactly what the
 * dataset holds. */
#include "core/research/deid.h"

#include <vector>

namespace carnet::core::research {

struct PreviewRow
{
    QString path; ///< "Observation.code.coding[0].code"
    QString value; ///< "4548-4"; numbers as written, booleans "true"/"false"
    /** An attachment's base64 `data` shown as the text it decodes to (the bytes shared stay base64). */
    bool decodedText = false;
};

struct ResourcePreview
{
    QString resourceType;
    QString id; ///< keyed; empty when excluded
    bool excluded = false;
    std::vector<PreviewRow> rows; ///< in canonical order; empty when excluded
    QStringList dropped;
};

/** The rows of one canonical resource (the root's resourceType is the path's first element and is not
 *  a row). Empty when the bytes are not a JSON object. */
[[nodiscard]] std::vector<PreviewRow> previewRows(QByteArrayView canonicalResource);

/** The preview of one de-identification outcome. */
[[nodiscard]] ResourcePreview previewOf(const DeidOutcome &outcome);

/** The preview of a whole dataset's outcomes, in the order given. */
struct DatasetPreview
{
    std::vector<ResourcePreview> resources;
    int excluded = 0; ///< resources left out whole
    int values = 0; ///< rows shared, all resources together
};
[[nodiscard]] DatasetPreview previewDataset(const std::vector<DeidOutcome> &outcomes);

} // namespace carnet::core::research
