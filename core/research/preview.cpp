// SPDX-License-Identifier: GPL-3.0-or-later
// The preview rows (preview.h): a walk of the canonical resource in its own (sorted) member order.
#include "core/research/preview.h"

#include "core/fhir/json.h"

namespace carnet::core::research {

namespace {

void walk(const fhir::JsonValue &v, const QString &path, std::vector<PreviewRow> &rows)
{
    using T = fhir::JsonValue::Type;
    switch (v.type()) {
    case T::Object:
        for (const fhir::JsonMember &m : v.members())
            walk(m.value, path + u'.' + m.key, rows);
        return;
    case T::Array:
        for (std::size_t i = 0; i < v.elements().size(); ++i)
            walk(v.elements()[i], path + u'[' + QString::number(i) + u']', rows);
        return;
    case T::String: {
        if (path.endsWith(u".attachment.data")) {
            const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
            if (decoded && QUtf8StringView(*decoded).isValidUtf8()) {
                rows.push_back({path, QString::fromUtf8(*decoded), true});
                return;
            }
        }
        rows.push_back({path, v.toString(), false});
        return;
    }
    case T::Number:
        rows.push_back({path, v.toDecimal().lexeme, false});
        return;
    case T::Bool:
        rows.push_back({path, v.toBool() ? QStringLiteral("true") : QStringLiteral("false"), false});
        return;
    case T::Null:
        rows.push_back({path, QStringLiteral("null"), false});
        return;
    }
}

} // namespace

std::vector<PreviewRow> previewRows(QByteArrayView canonicalResource)
{
    auto parsed = fhir::parseJson(canonicalResource, fhir::JsonLimits {std::size_t(canonicalResource.size()) + 1, 64});
    std::vector<PreviewRow> rows;
    if (!parsed || !parsed->isObject())
        return rows;
    const QString type = (*parsed)["resourceType"].toString();
    for (const fhir::JsonMember &m : parsed->members()) {
        if (m.key != u"resourceType")
            walk(m.value, type + u'.' + m.key, rows);
    }
    return rows;
}

ResourcePreview previewOf(const DeidOutcome &outcome)
{
    ResourcePreview p;
    p.resourceType = outcome.resourceType;
    p.id = outcome.id;
    p.excluded = outcome.excluded;
    p.dropped = outcome.dropped;
    if (!outcome.excluded)
        p.rows = previewRows(outcome.json);
    return p;
}

DatasetPreview previewDataset(const std::vector<DeidOutcome> &outcomes)
{
    DatasetPreview out;
    for (const DeidOutcome &o : outcomes) {
        out.resources.push_back(previewOf(o));
        out.excluded += o.excluded ? 1 : 0;
        out.values += int(out.resources.back().rows.size());
    }
    return out;
}

} // namespace carnet::core::research
