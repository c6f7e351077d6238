// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: SMART Health Link texts (docs/SHL.md, "Formats"). Any bytes go to parseLink with and
// without allowLoopbackHttp, and to the manifest readers. Properties: TooLong only above 4096 bytes; an
// accepted link keeps every rule (32-byte key, url ≤ 128, label ≤ 80 UTF-16 units, flags upper-case and
// strictly alphabetical, not U with P, v = 1, 0 < exp ≤ kMaxExp) and encodes to a text that parses back
// to the same fields; what the default options accept the loopback option accepts the same way; an
// accepted manifest or request is strict JSON.
#include "core/shl/manifest.h"
#include "core/shl/shlink.h"
#include "core/shl/strictjson.h"
#include "tests/fuzz/fuzz_check.h"

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <string_view>

using namespace carnet::core::shl;

namespace {
bool sameLink(const ParsedLink &a, const ParsedLink &b)
{
    return a.viewer == b.viewer && a.link.url == b.link.url && a.link.key.view().size() == b.link.key.view().size()
        && std::equal(a.link.key.data(), a.link.key.data() + a.link.key.size(), b.link.key.data())
        && a.link.exp == b.link.exp && a.link.flag == b.link.flag && a.link.label == b.link.label && a.link.v == b.link.v;
}

void checkLink(const ParsedLink &p, const ParseOptions &options)
{
    const ShLink &l = p.link;
    FUZZ_CHECK(l.key.size() == kLinkKeySize);
    FUZZ_CHECK(!l.url.isEmpty() && l.url.size() <= kMaxUrlChars);
    FUZZ_CHECK(!checkFetchUrl(l.url, options));
    FUZZ_CHECK(l.label.size() <= kMaxLabelChars);
    FUZZ_CHECK(l.v == 1);
    FUZZ_CHECK(!l.exp || (*l.exp > 0 && *l.exp <= kMaxExp));
    for (qsizetype i = 0; i < l.flag.size(); ++i)
        FUZZ_CHECK(l.flag[i] >= QLatin1Char('A') && l.flag[i] <= QLatin1Char('Z') && (i == 0 || l.flag[i - 1] < l.flag[i]));
    FUZZ_CHECK(!(l.directFile() && l.needsPasscode()));
    FUZZ_CHECK(p.viewer.isEmpty() || (p.viewer.endsWith(QLatin1Char('#')) && p.viewer.count(QLatin1Char('#')) == 1));
    const auto encoded = encodeLink(l, p.viewer, options);
    FUZZ_CHECK(encoded);
    const auto again = parseLink(encoded->asStringView(), options);
    FUZZ_CHECK(again && sameLink(*again, p));
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const std::string_view text(reinterpret_cast<const char *>(data), size);
    ParseOptions loopback;
    loopback.allowLoopbackHttp = true;
    const auto strict = parseLink(text);
    const auto loose = parseLink(text, loopback);
    if (!strict)
        FUZZ_CHECK(strict.error() != LinkError::TooLong || size > kMaxLinkBytes);
    if (size > kMaxLinkBytes)
        FUZZ_CHECK(!strict && strict.error() == LinkError::TooLong);
    if (strict) {
        checkLink(*strict, {});
        FUZZ_CHECK(loose && sameLink(*strict, *loose));
    }
    if (loose)
        checkLink(*loose, loopback);

    const QByteArrayView bytes(text.data(), qsizetype(size));
    const JsonProblem problem = checkStrictJson(bytes);
    if (parseManifest(bytes, loopback))
        FUZZ_CHECK(problem == JsonProblem::None);
    if (parseManifestRequest(bytes))
        FUZZ_CHECK(problem == JsonProblem::None && size <= std::size_t(kMaxRequestBytes));
    return 0;
}
