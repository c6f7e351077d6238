// SPDX-License-Identifier: GPL-3.0-or-later
// Fuzz target: the JSON-RPC answer parser (depth scanner + strict validation, core/ledger/jsonlimits.h).
// The first byte picks what was asked (one call with id 1, or a batch of ids 1..n); the rest is the body.
// Properties: the scanner and the parser agree on "too deep"; an accepted body has exactly one answer
// per asked id, in asked order; an error answer has a capped, control-free message; sanitising is
// idempotent; and the accepted answers, written back as JSON, parse to the same answers.
#include "core/ledger/jsonlimits.h"
#include "tests/fuzz/fuzz_check.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstddef>
#include <cstdint>

using namespace carnet::core::ledger;

namespace {

QJsonObject rewrite(const RpcAnswer &answer)
{
    QJsonObject o{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), answer.id}};
    if (answer.error.ok())
        o.insert(QStringLiteral("result"), answer.result);
    else
        o.insert(QStringLiteral("error"), QJsonObject{{QStringLiteral("code"), answer.error.code},
                                                     {QStringLiteral("message"), answer.error.message}});
    return o;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    if (size == 0)
        return 0;
    const int count = data[0] % 4; // 0: a single call, 1..3: a batch of that many
    const bool batch = count > 0;
    QList<qint64> ids{1};
    for (qint64 id = 2; id <= count; ++id)
        ids.append(id);
    const QByteArrayView body(reinterpret_cast<const char *>(data + 1), static_cast<qsizetype>(size - 1));

    const RpcParse parse = parseRpcAnswer(body, ids, batch, 64);
    FUZZ_CHECK((scanJsonDepth(body, 64) == JsonScan::TooDeep) == (parse.error.kind == RpcErrorKind::TooDeep));
    if (!parse.error.ok()) {
        FUZZ_CHECK(parse.answers.isEmpty());
        FUZZ_CHECK(parse.error.kind == RpcErrorKind::TooDeep || parse.error.kind == RpcErrorKind::Malformed);
        return 0;
    }
    FUZZ_CHECK(parse.answers.size() == ids.size());
    QJsonArray again;
    for (qsizetype i = 0; i < ids.size(); ++i) {
        const RpcAnswer &answer = parse.answers[i];
        FUZZ_CHECK(answer.id == ids[i]);
        FUZZ_CHECK(answer.error.ok() || answer.error.kind == RpcErrorKind::RpcError);
        if (!answer.error.ok()) {
            FUZZ_CHECK(answer.error.message.size() <= kMaxNodeMessageChars + 1);
            for (const QChar c : answer.error.message)
                FUZZ_CHECK(c.category() != QChar::Other_Control);
            FUZZ_CHECK(sanitizeNodeText(answer.error.message) == answer.error.message);
        }
        again.append(rewrite(answer));
    }
    const QByteArray rewritten = batch ? QJsonDocument(again).toJson(QJsonDocument::Compact)
                                       : QJsonDocument(again.at(0).toObject()).toJson(QJsonDocument::Compact);
    const RpcParse second = parseRpcAnswer(rewritten, ids, batch, 64);
    FUZZ_CHECK(second.error.ok());
    for (qsizetype i = 0; i < ids.size(); ++i) {
        FUZZ_CHECK(second.answers[i].result == parse.answers[i].result);
        FUZZ_CHECK(second.answers[i].error.code == parse.answers[i].error.code);
        FUZZ_CHECK(second.answers[i].error.message == parse.answers[i].error.message);
    }
    return 0;
}
