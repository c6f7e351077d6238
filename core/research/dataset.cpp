// SPDX-License-Identifier: GPL-3.0-or-later
// The dataset bytes (dataset.h): building, hashing, strict parsing, NDJSON per type.
#include "core/research/dataset.h"

#include "core/fhir/json.h"
#include "core/research/canonjson.h"
#include "crypto/hash.h"

#include <QRegularExpression>

#include <algorithm>

namespace carnet::core::research {

const char *datasetErrorName(DatasetError error) noexcept
{
    switch (error) {
    case DatasetError::TooLarge: return "TooLarge";
    case DatasetError::Empty: return "Empty";
    case DatasetError::TooManyLines: return "TooManyLines";
    case DatasetError::NoFinalNewline: return "NoFinalNewline";
    case DatasetError::CarriageReturn: return "CarriageReturn";
    case DatasetError::EmptyLine: return "EmptyLine";
    case DatasetError::HeaderNotJson: return "HeaderNotJson";
    case DatasetError::HeaderKeys: return "HeaderKeys";
    case DatasetError::HeaderTypes: return "HeaderTypes";
    case DatasetError::UnsupportedVersion: return "UnsupportedVersion";
    case DatasetError::HeaderNotCanonical: return "HeaderNotCanonical";
    case DatasetError::WrongCount: return "WrongCount";
    case DatasetError::LineNotJson: return "LineNotJson";
    case DatasetError::NotAResource: return "NotAResource";
    case DatasetError::NotCanonical: return "NotCanonical";
    case DatasetError::Unsorted: return "Unsorted";
    case DatasetError::Duplicate: return "Duplicate";
    }
    return "?";
}

namespace {

QString hex0x(crypto::ByteView bytes)
{
    return QStringLiteral("0x") + QString::fromStdString(crypto::toHex(bytes));
}

QByteArray headerLine(const DatasetHeader &header, std::size_t count)
{
    CanonValue h = CanonValue::object();
    h.set(QStringLiteral("carnetDataset"), CanonValue::number(QStringLiteral("1")));
    h.set(QStringLiteral("chainId"), CanonValue::number(QString::number(header.chainId)));
    h.set(QStringLiteral("market"), CanonValue::string(hex0x(header.market)));
    h.set(QStringLiteral("pseudonym"), CanonValue::string(hex0x(header.pseudonym)));
    h.set(QStringLiteral("resources"), CanonValue::number(QString::number(count)));
    h.set(QStringLiteral("study"), CanonValue::string(hex0x(header.study)));
    return canonicalJson(h);
}

/** One resource line checked: JSON, an object with resourceType and id, canonical. */
Result<DatasetResource, DatasetError> readLine(QByteArrayView line, std::size_t maxBytes)
{
    auto parsed = fhir::parseJson(line, fhir::JsonLimits {maxBytes, 64});
    if (!parsed)
        return fail(DatasetError::LineNotJson);
    const fhir::JsonValue &v = *parsed;
    if (!v.isObject() || !v["resourceType"].isString() || !v["id"].isString() || v["id"].toString().isEmpty())
        return fail(DatasetError::NotAResource);
    if (canonicalJson(v) != line)
        return fail(DatasetError::NotCanonical);
    return DatasetResource {v["resourceType"].toString(), v["id"].toString(), line.toByteArray()};
}

/** Dataset order: resourceType, then id, as UTF-8 bytes. */
int compareResources(const DatasetResource &a, const DatasetResource &b)
{
    if (const int c = a.resourceType.toUtf8().compare(b.resourceType.toUtf8()); c != 0)
        return c;
    return a.id.toUtf8().compare(b.id.toUtf8());
}

template <std::size_t N>
bool readHex(const fhir::JsonValue &v, std::array<std::uint8_t, N> &out)
{
    static const QRegularExpression re(QStringLiteral("^0x[0-9a-f]+$"));
    const QString &s = v.toString();
    if (!v.isString() || s.size() != qsizetype(2 + 2 * N) || !re.match(s).hasMatch())
        return false;
    const auto bytes = crypto::fromHex(s.toStdString());
    if (!bytes || bytes->size() != N)
        return false;
    std::copy(bytes->begin(), bytes->end(), out.begin());
    return true;
}

bool readCount(const fhir::JsonValue &v, std::uint64_t &out)
{
    static const QRegularExpression re(QStringLiteral("^(0|[1-9][0-9]{0,19})$"));
    if (!v.isNumber() || !re.match(v.toDecimal().lexeme).hasMatch())
        return false;
    bool ok = false;
    out = v.toDecimal().lexeme.toULongLong(&ok);
    return ok;
}

Result<std::uint64_t, DatasetError> readHeader(QByteArrayView line, DatasetHeader &header)
{
    auto parsed = fhir::parseJson(line, fhir::JsonLimits {4096, 2});
    if (!parsed || !parsed->isObject())
        return fail(DatasetError::HeaderNotJson);
    const fhir::JsonValue &h = *parsed;
    static const char *const kKeys[] = {"carnetDataset", "chainId", "market", "pseudonym", "resources", "study"};
    if (h.size() != std::size(kKeys))
        return fail(DatasetError::HeaderKeys);
    for (const char *key : kKeys) {
        if (!h.contains(QString::fromLatin1(key)))
            return fail(DatasetError::HeaderKeys);
    }
    std::uint64_t version = 0;
    std::uint64_t count = 0;
    if (!readCount(h["carnetDataset"], version) || !readCount(h["chainId"], header.chainId) ||
        !readHex(h["market"], header.market) || !readHex(h["pseudonym"], header.pseudonym) ||
        !readHex(h["study"], header.study) || !readCount(h["resources"], count))
        return fail(DatasetError::HeaderTypes);
    if (version != 1)
        return fail(DatasetError::UnsupportedVersion);
    if (canonicalJson(h) != line)
        return fail(DatasetError::HeaderNotCanonical);
    return count;
}

} // namespace

Result<QByteArray, DatasetError> buildDataset(const DatasetHeader &header, std::vector<QByteArray> resources,
                                              const DatasetLimits &limits)
{
    if (resources.size() + 1 > limits.maxLines)
        return fail(DatasetError::TooManyLines);
    std::vector<DatasetResource> lines;
    lines.reserve(resources.size());
    for (const QByteArray &json : resources) {
        auto line = readLine(json, limits.maxBytes);
        if (!line)
            return fail(line.error());
        lines.push_back(std::move(*line));
    }
    resources.clear();
    std::sort(lines.begin(), lines.end(), [](const auto &a, const auto &b) { return compareResources(a, b) < 0; });
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (compareResources(lines[i - 1], lines[i]) == 0)
            return fail(DatasetError::Duplicate);
    }
    QByteArray out = headerLine(header, lines.size()) + '\n';
    for (const DatasetResource &line : lines) {
        out += line.json;
        out += '\n';
        if (std::size_t(out.size()) > limits.maxBytes)
            return fail(DatasetError::TooLarge);
    }
    return out;
}

crypto::Hash32 datasetHash(QByteArrayView bytes)
{
    return crypto::keccak256(crypto::ByteView(reinterpret_cast<const std::uint8_t *>(bytes.data()), std::size_t(bytes.size())));
}

Result<ParsedDataset, DatasetError> parseDataset(QByteArrayView bytes, const DatasetLimits &limits)
{
    if (std::size_t(bytes.size()) > limits.maxBytes)
        return fail(DatasetError::TooLarge);
    if (bytes.isEmpty())
        return fail(DatasetError::Empty);
    if (std::size_t(std::count(bytes.begin(), bytes.end(), '\n')) > limits.maxLines)
        return fail(DatasetError::TooManyLines);
    if (bytes.back() != '\n')
        return fail(DatasetError::NoFinalNewline);
    if (bytes.contains('\r'))
        return fail(DatasetError::CarriageReturn);
    std::vector<QByteArrayView> lines;
    for (qsizetype start = 0; start < bytes.size();) {
        const qsizetype end = bytes.indexOf('\n', start);
        if (end == start)
            return fail(DatasetError::EmptyLine);
        lines.push_back(bytes.sliced(start, end - start));
        start = end + 1;
    }
    ParsedDataset out;
    const auto count = readHeader(lines.front(), out.header);
    if (!count)
        return fail(count.error());
    if (*count != lines.size() - 1)
        return fail(DatasetError::WrongCount);
    out.resources.reserve(lines.size() - 1);
    for (std::size_t i = 1; i < lines.size(); ++i) {
        auto line = readLine(lines[i], limits.maxBytes);
        if (!line)
            return fail(line.error());
        if (!out.resources.empty()) {
            const int c = compareResources(out.resources.back(), *line);
            if (c == 0)
                return fail(DatasetError::Duplicate);
            if (c > 0)
                return fail(DatasetError::Unsorted);
        }
        out.resources.push_back(std::move(*line));
    }
    return out;
}

std::map<QString, QByteArray> toNdjson(const ParsedDataset &dataset)
{
    std::map<QString, QByteArray> out;
    for (const DatasetResource &r : dataset.resources) {
        QByteArray &text = out[r.resourceType];
        text += r.json;
        text += '\n';
    }
    return out;
}

} // namespace carnet::core::research
