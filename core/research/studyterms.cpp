// SPDX-License-Identifier: GPL-3.0-or-later
// Study terms (docs/PROTOCOL.md §9.2): the canonical writer, the strict reader, the chain checks.
#include "core/research/studyterms.h"

#include "core/fhir/entry.h"
#include "core/fhir/json.h"
#include "core/research/canonjson.h"
#include "crypto/bytes.h"
#include "crypto/secp256k1.h"

#include <QRegularExpression>

#include <algorithm>

namespace carnet::core::research {

namespace {

using fhir::JsonValue;

constexpr int kCategoryCount = 11;

QString hexOf(crypto::ByteView bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(crypto::toHex(bytes));
}

QString dayText(const QDate &day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QStringList categoryKeys(std::uint16_t bits)
{
    QStringList keys;
    for (int i = 0; i < kCategoryCount; ++i)
        if (bits & (1u << i))
            keys << QString::fromLatin1(fhir::categoryKey(static_cast<fhir::EntryCategory>(i)));
    keys.sort();
    return keys;
}

// Strictly sorted (so distinct) by UTF-16 code units, as canonical JSON orders them.
bool strictlySorted(const QStringList &list)
{
    for (qsizetype i = 1; i < list.size(); ++i)
        if (!(list[i - 1] < list[i]))
            return false;
    return true;
}

// Lower-case hex of exactly `size` bytes, "0x" first.
std::optional<crypto::Bytes> strictHex(const JsonValue &value, std::size_t size)
{
    static const QRegularExpression pattern(QStringLiteral("^0x[0-9a-f]*$"));
    const QString &text = value.toString();
    if (!value.isString() || !pattern.match(text).hasMatch() || text.size() != qsizetype(2 + 2 * size))
        return std::nullopt;
    return crypto::fromHex(text.toStdString());
}

// A non-negative integer written without sign, fraction, exponent or leading zero, at most `max`.
std::optional<std::uint64_t> strictInteger(const JsonValue &value, std::uint64_t max)
{
    static const QRegularExpression pattern(QStringLiteral("^(0|[1-9][0-9]{0,19})$"));
    if (!value.isNumber() || !pattern.match(value.toDecimal().lexeme).hasMatch())
        return std::nullopt;
    bool ok = false;
    const qulonglong n = value.toDecimal().lexeme.toULongLong(&ok);
    if (!ok || n > max)
        return std::nullopt;
    return n;
}

bool cleanText(const QString &text, qsizetype maxChars)
{
    const auto codePoints = text.toUcs4();
    if (codePoints.isEmpty() || codePoints.size() > maxChars)
        return false;
    return std::none_of(codePoints.begin(), codePoints.end(),
                        [](char32_t c) { return (c < 0x20 && c != '\n') || c == 0x7F; });
}

bool hasMembers(const JsonValue &object, std::initializer_list<const char *> keys)
{
    if (!object.isObject() || object.size() != keys.size())
        return false;
    return std::all_of(keys.begin(), keys.end(),
                       [&](const char *key) { return object.contains(QString::fromLatin1(key)); });
}

std::optional<QStringList> stringArray(const JsonValue &value)
{
    if (!value.isArray())
        return std::nullopt;
    QStringList out;
    for (const JsonValue &element : value.elements()) {
        if (!element.isString())
            return std::nullopt;
        out << element.toString();
    }
    return out;
}

std::optional<QDate> strictDay(const JsonValue &value, bool &ok)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"));
    ok = value.isString();
    if (!ok || value.toString().isEmpty())
        return QDate();
    const QDate day = QDate::fromString(value.toString(), Qt::ISODate);
    ok = pattern.match(value.toString()).hasMatch() && day.isValid();
    return day;
}

Result<DataRequest, TermsError> parseData(const JsonValue &data)
{
    if (!hasMembers(data, {"categories", "demographics", "freeText", "from", "loinc", "require", "to"})
        || !data["demographics"].isBool() || !data["freeText"].isBool())
        return fail(TermsError::BadMember);
    DataRequest request;
    request.demographics = data["demographics"].toBool();
    request.freeText = data["freeText"].toBool();
    const auto categories = stringArray(data["categories"]);
    const auto loinc = stringArray(data["loinc"]);
    const auto require = stringArray(data["require"]);
    if (!categories || !loinc || !require)
        return fail(TermsError::BadMember);
    if (!strictlySorted(*categories))
        return fail(TermsError::BadCategory);
    for (const QString &key : *categories) {
        int bit = -1;
        for (int i = 0; i < kCategoryCount; ++i)
            if (key == QLatin1String(fhir::categoryKey(static_cast<fhir::EntryCategory>(i))))
                bit = i;
        if (bit < 0)
            return fail(TermsError::BadCategory);
        request.categories |= static_cast<std::uint16_t>(1u << bit);
    }
    static const QRegularExpression loincPattern(QStringLiteral("^[0-9]{1,7}-[0-9]$"));
    if (!strictlySorted(*loinc) || loinc->size() > kMaxLoincCodes
        || std::any_of(loinc->begin(), loinc->end(), [](const QString &c) { return !loincPattern.match(c).hasMatch(); }))
        return fail(TermsError::BadLoinc);
    if (!strictlySorted(*require)
        || std::any_of(require->begin(), require->end(), [&](const QString &c) { return !loinc->contains(c); }))
        return fail(TermsError::BadRequire);
    request.loinc = *loinc;
    request.require = *require;
    bool fromOk = false, toOk = false;
    request.from = *strictDay(data["from"], fromOk);
    request.to = *strictDay(data["to"], toOk);
    if (!fromOk || !toOk || (request.from.isValid() && request.to.isValid() && request.from > request.to))
        return fail(TermsError::BadDay);
    if (request.categories == 0 && request.loinc.isEmpty())
        return fail(TermsError::NothingRequested);
    return request;
}

} // namespace

const char *describe(TermsError error)
{
    switch (error) {
    case TermsError::TooLong:
        return "the terms are longer than 16,384 bytes";
    case TermsError::NotJson:
        return "the terms are not one JSON object";
    case TermsError::WrongVersion:
        return "the terms are not of version 1";
    case TermsError::BadMember:
        return "a member of the terms is missing, unknown or of the wrong type";
    case TermsError::BadHex:
        return "an address, salt or key of the terms is not lower-case hex of its size";
    case TermsError::BadKey:
        return "the encryption key is not a compressed secp256k1 public key";
    case TermsError::BadNumber:
        return "the chain id, price, places or deadline is not a plain integer in range";
    case TermsError::BadTitle:
        return "the title or purpose is empty, too long, or holds control characters";
    case TermsError::BadCategory:
        return "a category is unknown, unsorted or repeated";
    case TermsError::BadLoinc:
        return "a LOINC code is malformed, unsorted or repeated, or there are more than 200";
    case TermsError::BadRequire:
        return "a required code is not among the LOINC codes asked, or the list is unsorted";
    case TermsError::BadDay:
        return "a day bound is not a calendar day YYYY-MM-DD, or from is after to";
    case TermsError::NothingRequested:
        return "the study asks for no category and no LOINC code";
    case TermsError::NotCanonical:
        return "the terms are not written canonically";
    }
    return "invalid terms";
}

QByteArray encodeTerms(const StudyTerms &terms)
{
    const auto strings = [](const QStringList &list) {
        CanonValue array = CanonValue::array();
        for (const QString &s : list)
            array.append(CanonValue::string(s));
        return array;
    };
    const auto integer = [](std::uint64_t n) { return CanonValue::number(QString::number(n)); };
    CanonValue data = CanonValue::object();
    data.set(QStringLiteral("categories"), strings(categoryKeys(terms.data.categories)));
    data.set(QStringLiteral("demographics"), CanonValue::boolean(terms.data.demographics));
    data.set(QStringLiteral("freeText"), CanonValue::boolean(terms.data.freeText));
    data.set(QStringLiteral("from"), CanonValue::string(dayText(terms.data.from)));
    data.set(QStringLiteral("loinc"), strings(terms.data.loinc));
    data.set(QStringLiteral("require"), strings(terms.data.require));
    data.set(QStringLiteral("to"), CanonValue::string(dayText(terms.data.to)));
    CanonValue out = CanonValue::object();
    out.set(QStringLiteral("carnetStudy"), integer(1));
    out.set(QStringLiteral("chainId"), integer(terms.chainId));
    out.set(QStringLiteral("data"), std::move(data));
    out.set(QStringLiteral("deadline"), integer(terms.deadline));
    out.set(QStringLiteral("encryptionKey"), CanonValue::string(hexOf(terms.encryptionKey)));
    out.set(QStringLiteral("market"), CanonValue::string(hexOf(terms.market)));
    out.set(QStringLiteral("places"), integer(terms.places));
    out.set(QStringLiteral("price"), CanonValue::string(QString::fromStdString(terms.price.toDecimal())));
    out.set(QStringLiteral("purpose"), CanonValue::string(terms.purpose));
    out.set(QStringLiteral("researcher"), CanonValue::string(hexOf(terms.researcher)));
    out.set(QStringLiteral("salt"), CanonValue::string(hexOf(terms.salt)));
    out.set(QStringLiteral("title"), CanonValue::string(terms.title));
    return canonicalJson(out);
}

Result<StudyTerms, TermsError> parseTerms(QByteArrayView bytes)
{
    if (std::size_t(bytes.size()) > kMaxTermsBytes)
        return fail(TermsError::TooLong);
    auto root = fhir::parseJson(bytes, {kMaxTermsBytes, 8});
    if (!root || !root->isObject())
        return fail(TermsError::NotJson);
    const JsonValue &r = *root;
    if (!r.contains(u"carnetStudy") || strictInteger(r["carnetStudy"], 1) != 1u)
        return fail(TermsError::WrongVersion);
    if (!hasMembers(r, {"carnetStudy", "chainId", "data", "deadline", "encryptionKey", "market", "places", "price",
                        "purpose", "researcher", "salt", "title"})
        || !r["price"].isString() || !r["purpose"].isString() || !r["title"].isString())
        return fail(TermsError::BadMember);
    StudyTerms terms;
    const auto market = strictHex(r["market"], 20);
    const auto researcher = strictHex(r["researcher"], 20);
    const auto salt = strictHex(r["salt"], 32);
    const auto key = strictHex(r["encryptionKey"], 33);
    if (!market || !researcher || !salt || !key)
        return fail(TermsError::BadHex);
    if (((*key)[0] != 0x02 && (*key)[0] != 0x03) || !crypto::PublicKey::parse(*key))
        return fail(TermsError::BadKey);
    std::copy(market->begin(), market->end(), terms.market.begin());
    std::copy(researcher->begin(), researcher->end(), terms.researcher.begin());
    std::copy(salt->begin(), salt->end(), terms.salt.begin());
    terms.encryptionKey = *key;
    const auto chainId = strictInteger(r["chainId"], UINT64_MAX);
    const auto places = strictInteger(r["places"], UINT32_MAX);
    const auto deadline = strictInteger(r["deadline"], UINT64_MAX);
    static const QRegularExpression wei(QStringLiteral("^(0|[1-9][0-9]{0,77})$"));
    const QString &priceText = r["price"].toString();
    const auto price = wei.match(priceText).hasMatch() ? ledger::U256::fromDecimal(priceText.toStdString())
                                                       : std::nullopt;
    if (!chainId || !places || *places == 0 || !deadline || !price)
        return fail(TermsError::BadNumber);
    terms.chainId = *chainId;
    terms.places = static_cast<std::uint32_t>(*places);
    terms.deadline = *deadline;
    terms.price = *price;
    terms.title = r["title"].toString();
    terms.purpose = r["purpose"].toString();
    if (!cleanText(terms.title, kMaxTitleChars) || terms.title.contains(QLatin1Char('\n'))
        || !cleanText(terms.purpose, kMaxPurposeChars))
        return fail(TermsError::BadTitle);
    auto data = parseData(r["data"]);
    if (!data)
        return fail(data.error());
    terms.data = std::move(*data);
    if (encodeTerms(terms) != bytes)
        return fail(TermsError::NotCanonical);
    return terms;
}

TermsMismatch compareWithStudy(const StudyTerms &terms, const StudyLocation &where, const ledger::StudyRecord &study,
                               crypto::ByteView postedKey)
{
    if (terms.chainId != where.chainId || terms.market != where.market)
        return TermsMismatch::Network;
    if (terms.researcher != study.researcher || terms.studyId() != where.studyId)
        return TermsMismatch::Study;
    if (terms.price != study.pricePerParticipant || terms.places != study.places)
        return TermsMismatch::Escrow;
    if (terms.deadline != study.deadline)
        return TermsMismatch::Deadline;
    if (!std::equal(terms.encryptionKey.begin(), terms.encryptionKey.end(), postedKey.begin(), postedKey.end()))
        return TermsMismatch::Key;
    return TermsMismatch::None;
}

} // namespace carnet::core::research
