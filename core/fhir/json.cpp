// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/fhir/json.h"

#include "core/fhir/jsonparse_p.h"
#include "core/ledger/utf8.h"

#include <QSet>

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

namespace carnet::core::fhir {

namespace {

/** An input iterator over the bytes that publishes how far nlohmann's lexer has read, so the SAX
 *  handler knows the byte offset of each structural token (the lexer reads "{" and "}" last before
 *  the matching callback; numbers read one byte ahead, handled in numberLexeme()). */
class CountingIterator
{
public:
    using iterator_category = std::input_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char *;
    using reference = const char &;

    CountingIterator(const char *p, const char **published)
        : m_p(p)
        , m_published(published)
    { }
    reference operator*() const { return *m_p; }
    CountingIterator &operator++()
    {
        ++m_p;
        *m_published = m_p;
        return *this;
    }
    CountingIterator operator++(int)
    {
        CountingIterator old = *this;
        ++*this;
        return old;
    }
    bool operator==(const CountingIterator &other) const { return m_p == other.m_p; }
    bool operator!=(const CountingIterator &other) const { return m_p != other.m_p; }

private:
    const char *m_p;
    const char **m_published;
};

} // namespace

class JsonBuilder
{
public:
    using Json = nlohmann::json;

    JsonBuilder(QByteArrayView bytes, const JsonLimits &limits, internal::ParseSpans *spans)
        : m_begin(bytes.data())
        , m_limits(limits)
        , m_spans(spans)
        , m_read(bytes.data())
    { }

    const char **readPointer() { return &m_read; }
    JsonValue takeRoot() { return std::move(m_root); }
    std::optional<FhirError> error() const { return m_error; }

    bool null()
    {
        place(JsonValue::Type::Null);
        return true;
    }
    bool boolean(bool v)
    {
        if (JsonValue *value = place(JsonValue::Type::Bool))
            value->m_bool = v;
        return true;
    }
    bool number_integer(Json::number_integer_t v) { return number(static_cast<double>(v), numberLexeme()); }
    bool number_unsigned(Json::number_unsigned_t v) { return number(static_cast<double>(v), numberLexeme()); }
    bool number_float(Json::number_float_t v, const std::string &s) { return number(v, QString::fromStdString(s)); }
    bool string(std::string &s)
    {
        QString text = QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
        if (JsonValue *value = place(JsonValue::Type::String, &text))
            value->m_string = std::move(text);
        return true;
    }
    bool binary(Json::binary_t &) { return fail(FhirError::Syntax); }
    bool start_object(std::size_t) { return open(JsonValue::Type::Object); }
    bool start_array(std::size_t) { return open(JsonValue::Type::Array); }
    bool key(std::string &s)
    {
        Frame &frame = m_stack.back();
        frame.key = QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
        // duplicates: a linear scan while the object is small, a hash set beyond
        if (frame.keySet.isEmpty()) {
            if (std::find(frame.keys.begin(), frame.keys.end(), frame.key) != frame.keys.end())
                return fail(FhirError::DuplicateKey);
            frame.keys.push_back(frame.key);
            if (frame.keys.size() > 16) {
                frame.keySet = QSet<QString>(frame.keys.begin(), frame.keys.end());
                frame.keys.clear();
            }
            return true;
        }
        if (frame.keySet.contains(frame.key))
            return fail(FhirError::DuplicateKey);
        frame.keySet.insert(frame.key);
        return true;
    }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool parse_error(std::size_t, const std::string &, const nlohmann::detail::exception &ex)
    {
        const std::string what = ex.what();
        const bool utf = what.find("UTF-8") != std::string::npos || what.find("surrogate") != std::string::npos;
        return fail(utf ? FhirError::InvalidUtf8 : FhirError::Syntax);
    }

private:
    struct Frame
    {
        JsonValue *value = nullptr; // null when no tree is built (Bundle mode)
        JsonValue::Type type = JsonValue::Type::Null;
        qsizetype start = 0;
        QString key; // objects: the key whose value comes next
        std::vector<QString> keys; // objects: keys seen, for duplicates (first 17)
        QSet<QString> keySet; // objects: keys seen, once there are more than 16
    };

    qsizetype offset() const { return static_cast<qsizetype>(m_read - m_begin); }

    bool fail(FhirError error)
    {
        if (!m_error)
            m_error = error;
        return false;
    }

    bool frameIs(std::size_t index, JsonValue::Type type, const char *key = nullptr) const
    {
        return m_stack[index].type == type && (!key || m_stack[index].key == QLatin1String(key));
    }

    /** Inside root."entry"[i] (an object): the first three frames match. */
    bool inEntry() const
    {
        return m_stack.size() >= 3 && frameIs(0, JsonValue::Type::Object, "entry") && frameIs(1, JsonValue::Type::Array)
            && frameIs(2, JsonValue::Type::Object);
    }

    /** Bundle mode: records the shape of the root and of each entry instead of building a tree, so a
     *  16 MiB Bundle costs memory in proportion to its entries, not to its values. */
    void track(JsonValue::Type type, const QString *text)
    {
        const std::size_t depth = m_stack.size();
        if (depth == 0) {
            m_spans->rootIsObject = type == JsonValue::Type::Object;
        } else if (depth == 1 && frameIs(0, JsonValue::Type::Object)) {
            if (m_stack[0].key == QLatin1String("resourceType") && text)
                m_spans->rootType = *text;
            if (m_stack[0].key == QLatin1String("entry"))
                m_spans->entryIsArray = type == JsonValue::Type::Array;
        } else if (depth == 2 && frameIs(0, JsonValue::Type::Object, "entry") && frameIs(1, JsonValue::Type::Array)) {
            internal::EntryShape entry;
            entry.isObject = type == JsonValue::Type::Object;
            m_spans->entries.append(entry);
        } else if (depth == 3 && inEntry() && m_stack[2].key == QLatin1String("resource")) {
            m_spans->entries.last().hasResource = true;
            m_spans->entries.last().resourceIsObject = type == JsonValue::Type::Object;
        } else if (depth == 4 && inEntry() && m_stack[2].key == QLatin1String("resource")
                   && frameIs(3, JsonValue::Type::Object, "resourceType") && text && !text->isEmpty()) {
            m_spans->entries.last().resourceHasType = true;
        }
    }

    /** Where the next value goes: the root, the end of the open array, or the open object's key.
     *  Null in Bundle mode (nothing is built). */
    JsonValue *place(JsonValue::Type type, const QString *text = nullptr)
    {
        if (m_spans) {
            track(type, text);
            return nullptr;
        }
        JsonValue *value = nullptr;
        if (m_stack.empty()) {
            value = &m_root;
        } else if (JsonValue *parent = m_stack.back().value; parent->m_type == JsonValue::Type::Array) {
            parent->m_array.emplace_back();
            value = &parent->m_array.back();
        } else {
            parent->m_object.push_back(JsonMember {m_stack.back().key, JsonValue()});
            value = &parent->m_object.back().value;
        }
        value->m_type = type;
        return value;
    }

    bool number(double v, QString lexeme)
    {
        if (JsonValue *value = place(JsonValue::Type::Number))
            value->m_number = Decimal {std::move(lexeme), v};
        return true;
    }

    /** The integer just read, from the bytes: the lexer has read at most one byte past it. */
    QString numberLexeme() const
    {
        qsizetype end = offset();
        auto isNumberChar = [this](qsizetype i) {
            const char c = m_begin[i];
            return (c >= '0' && c <= '9') || c == '-';
        };
        if (end > 0 && !isNumberChar(end - 1))
            --end;
        qsizetype start = end;
        while (start > 0 && isNumberChar(start - 1))
            --start;
        return QString::fromLatin1(m_begin + start, end - start);
    }

    bool open(JsonValue::Type type)
    {
        if (static_cast<int>(m_stack.size()) >= m_limits.maxDepth)
            return fail(FhirError::TooDeep);
        JsonValue *value = place(type);
        m_stack.push_back(Frame {value, type, offset() - 1, {}, {}, {}});
        return true;
    }

    bool close()
    {
        const Frame &frame = m_stack.back();
        const ByteSpan span {frame.start, offset() - frame.start};
        if (m_spans) {
            if (m_stack.size() == 1)
                m_spans->root = span;
            // root."entry"[i]."resource" = {…}
            if (m_stack.size() == 4 && inEntry() && m_stack[2].key == QLatin1String("resource")
                && frame.type == JsonValue::Type::Object)
                m_spans->entries.last().span = span;
        }
        m_stack.pop_back();
        return true;
    }

    const char *m_begin;
    JsonLimits m_limits;
    internal::ParseSpans *m_spans;
    const char *m_read;
    JsonValue m_root;
    std::vector<Frame> m_stack;
    std::optional<FhirError> m_error;
};

namespace internal {

FhirResult<JsonValue> parse(QByteArrayView bytes, const JsonLimits &limits, ParseSpans *spans)
{
    if (bytes.isEmpty())
        return fail(FhirError::Empty);
    if (static_cast<std::size_t>(bytes.size()) > limits.maxBytes)
        return fail(FhirError::TooLarge);
    const auto *raw = reinterpret_cast<const std::uint8_t *>(bytes.data());
    if (!ledger::isValidUtf8(crypto::ByteView(raw, static_cast<std::size_t>(bytes.size()))))
        return fail(FhirError::InvalidUtf8);
    JsonBuilder builder(bytes, limits, spans);
    const CountingIterator first(bytes.data(), builder.readPointer());
    const CountingIterator last(bytes.data() + bytes.size(), builder.readPointer());
    bool ok = false;
    try {
        ok = nlohmann::json::sax_parse(first, last, &builder, nlohmann::json::input_format_t::json, true, false);
    } catch (const std::exception &) {
        ok = false; // an allocation failure or a limit inside the library: reported as a syntax error
    }
    if (!ok)
        return fail(builder.error().value_or(FhirError::Syntax));
    if (spans && spans->root.length == 0) {
        // a scalar root: its span is the input without surrounding whitespace
        qsizetype start = 0, end = bytes.size();
        auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
        while (start < end && ws(bytes[start]))
            ++start;
        while (end > start && ws(bytes[end - 1]))
            --end;
        spans->root = ByteSpan {start, end - start};
    }
    return builder.takeRoot();
}

} // namespace internal

const QString &JsonValue::toString() const
{
    static const QString empty;
    return m_type == Type::String ? m_string : empty;
}

const Decimal &JsonValue::toDecimal() const
{
    static const Decimal none;
    return m_type == Type::Number ? m_number : none;
}

const JsonValue &JsonValue::operator[](QStringView key) const
{
    for (const JsonMember &member : m_object) {
        if (member.key == key)
            return member.value;
    }
    return null();
}

const JsonValue &JsonValue::operator[](QLatin1String key) const
{
    for (const JsonMember &member : m_object) {
        if (member.key == key)
            return member.value;
    }
    return null();
}

const JsonValue &JsonValue::at(std::size_t index) const
{
    return index < m_array.size() ? m_array[index] : null();
}

bool JsonValue::contains(QStringView key) const
{
    for (const JsonMember &member : m_object) {
        if (member.key == key)
            return true;
    }
    return false;
}

std::size_t JsonValue::size() const
{
    return m_type == Type::Array ? m_array.size() : m_object.size();
}

const JsonValue &JsonValue::null()
{
    static const JsonValue value;
    return value;
}

FhirResult<JsonValue> parseJson(QByteArrayView bytes, const JsonLimits &limits)
{
    return internal::parse(bytes, limits, nullptr);
}

FhirResult<JsonValue> parseResource(QByteArrayView bytes)
{
    auto root = parseJson(bytes);
    if (!root)
        return root;
    if (!root->isObject())
        return fail(FhirError::NotObject);
    if ((*root)["resourceType"].toString().isEmpty())
        return fail(FhirError::NoResourceType);
    return root;
}

} // namespace carnet::core::fhir
