// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the FHIR views over any bytes. Nothing may crash; summarize() and detail() succeed
// exactly when parseResource() does, and a summary always has a title; splitBundle() spans lie in
// the input, in order, each one "{…}" that parses as a resource; chart points carry a number lexeme
// that formats in English and French; the raw-JSON text of a tree parses back to the same text.
#include "core/fhir/bundle.h"
#include "core/fhir/entry.h"
#include "core/fhir/format.h"
#include "core/fhir/json.h"
#include "tests/fuzz/fuzz_check.h"

#include <QByteArrayView>
#include <QLocale>

#include <cstddef>
#include <cstdint>

using namespace carnet::core::fhir;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    static const QLocale fr(QLocale::French, QLocale::France);
    static const QLocale en(QLocale::English, QLocale::UnitedStates);

    const auto resource = parseResource(input);
    const auto summary = summarize(input, fr);
    const auto entry = detail(input, en);
    FUZZ_CHECK(summary.ok() == resource.ok());
    FUZZ_CHECK(entry.ok() == resource.ok());
    if (summary.ok())
        FUZZ_CHECK(!summary->title.isEmpty());
    if (entry.ok()) {
        for (const DetailField &f : entry->fields)
            FUZZ_CHECK(!f.key.isEmpty() && !f.label.isEmpty());
    }

    for (const ChartPoint &p : chartPoints(input)) {
        FUZZ_CHECK(!p.value.lexeme.isEmpty() && !p.seriesKey.isEmpty() && p.when.isValid());
        FUZZ_CHECK(!formatDecimal(p.value, fr).isEmpty() && !formatDecimal(p.value, en).isEmpty());
    }

    const auto spans = splitBundle(input);
    if (spans.ok()) {
        qsizetype end = 0;
        for (const ByteSpan &s : *spans) {
            FUZZ_CHECK(s.offset >= end && s.length >= 2 && s.offset + s.length <= input.size());
            FUZZ_CHECK(input[s.offset] == '{' && input[s.offset + s.length - 1] == '}');
            FUZZ_CHECK(parseResource(input.sliced(s.offset, s.length)).ok());
            end = s.offset + s.length;
        }
    }

    const auto tree = parseJson(input);
    if (tree.ok()) {
        const QString text = toJsonText(*tree);
        JsonLimits roomy;
        roomy.maxBytes = kMaxBundleBytes * 4;
        const auto again = parseJson(text.toUtf8(), roomy);
        FUZZ_CHECK(again.ok());
        FUZZ_CHECK(toJsonText(*again) == text);
    }
    return 0;
}
