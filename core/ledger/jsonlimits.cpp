// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/jsonlimits.h"

#include "crypto/bytes.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <cmath>

namespace carnet::core::ledger {

const char *describe(RpcErrorKind kind)
{
    switch (kind) {
    case RpcErrorKind::None: return "no error";
    case RpcErrorKind::Timeout: return "timeout";
    case RpcErrorKind::Transport: return "transport error";
    case RpcErrorKind::HttpStatus: return "HTTP error";
    case RpcErrorKind::TooLarge: return "answer too large";
    case RpcErrorKind::TooDeep: return "answer nested too deeply";
    case RpcErrorKind::Malformed: return "malformed answer";
    case RpcErrorKind::RpcError: return "node error";
    case RpcErrorKind::ChainMismatch: return "wrong chain";
    case RpcErrorKind::NoNode: return "no usable node";
    case RpcErrorKind::Reverted: return "reverted";
    case RpcErrorKind::BadAnswer: return "unexpected answer";
    }
    return "unknown error";
}

QString RpcError::toString() const
{
    QString text = QLatin1String(describe(kind));
    if (kind == RpcErrorKind::HttpStatus)
        text += QStringLiteral(" %1").arg(httpStatus);
    if (kind == RpcErrorKind::RpcError)
        text += QStringLiteral(" %1").arg(code);
    if (!message.isEmpty())
        text += QStringLiteral(": ") + message;
    if (!node.isEmpty())
        text += QStringLiteral(" (") + node + QLatin1Char(')');
    return text;
}

QString sanitizeNodeText(const QString &text)
{
    QString out;
    out.reserve(std::min<qsizetype>(text.size(), kMaxNodeMessageChars + 1));
    for (const QChar c : text) {
        if (out.size() >= kMaxNodeMessageChars) {
            out += QChar(0x2026);
            break;
        }
        const QChar::Category cat = c.category();
        if (cat == QChar::Other_Control || cat == QChar::Other_Format || cat == QChar::Separator_Line
            || cat == QChar::Separator_Paragraph) {
            if (c == QLatin1Char('\n') || c == QLatin1Char('\t'))
                out += QLatin1Char(' ');
            continue;
        }
        out += c;
    }
    return out;
}

JsonScan scanJsonDepth(QByteArrayView bytes, int maxDepth)
{
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    for (const char c : bytes) {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            continue;
        }
        switch (c) {
        case '"': inString = true; break;
        case '[': case '{':
            if (++depth > maxDepth)
                return JsonScan::TooDeep;
            break;
        case ']': case '}':
            if (--depth < 0)
                return JsonScan::Unbalanced;
            break;
        default: break;
        }
    }
    return (depth == 0 && !inString) ? JsonScan::Ok : JsonScan::Unbalanced;
}

namespace {

RpcError malformed(const QString &why)
{
    return RpcError{RpcErrorKind::Malformed, 0, 0, why, {}, {}};
}

/** An id we sent: a JSON number holding an exact integer. */
bool readId(const QJsonValue &value, qint64 &id)
{
    if (!value.isDouble())
        return false;
    const double d = value.toDouble();
    if (!std::isfinite(d) || d != std::floor(d) || std::fabs(d) > 9007199254740991.0)
        return false;
    id = static_cast<qint64>(d);
    return true;
}

bool readAnswer(const QJsonValue &value, RpcAnswer &answer, QString &why)
{
    if (!value.isObject()) {
        why = QStringLiteral("an answer is not an object");
        return false;
    }
    const QJsonObject object = value.toObject();
    if (object.value(QLatin1String("jsonrpc")) != QJsonValue(QStringLiteral("2.0"))) {
        why = QStringLiteral("\"jsonrpc\" is not \"2.0\"");
        return false;
    }
    if (!readId(object.value(QLatin1String("id")), answer.id)) {
        why = QStringLiteral("missing or non-integer id");
        return false;
    }
    const bool hasResult = object.contains(QLatin1String("result"));
    const bool hasError = object.contains(QLatin1String("error"));
    if (hasResult == hasError) {
        why = QStringLiteral("an answer must hold exactly one of result and error");
        return false;
    }
    if (hasResult) {
        answer.result = object.value(QLatin1String("result"));
        return true;
    }
    const QJsonValue errorValue = object.value(QLatin1String("error"));
    const QJsonObject error = errorValue.toObject();
    qint64 code = 0;
    if (!errorValue.isObject() || !readId(error.value(QLatin1String("code")), code)
        || !error.value(QLatin1String("message")).isString()) {
        why = QStringLiteral("an error object needs an integer code and a string message");
        return false;
    }
    answer.error.kind = RpcErrorKind::RpcError;
    answer.error.code = code;
    answer.error.message = sanitizeNodeText(error.value(QLatin1String("message")).toString());
    const QJsonValue data = error.value(QLatin1String("data"));
    if (data.isString()) {
        const QString hex = data.toString();
        if (hex.startsWith(QLatin1String("0x")) && hex.size() <= 2 * 1024 * 1024) {
            if (const auto bytes = crypto::fromHex(hex.toStdString()))
                answer.error.data = QByteArray(reinterpret_cast<const char *>(bytes->data()),
                                               static_cast<qsizetype>(bytes->size()));
        }
    }
    return true;
}

} // namespace

RpcParse parseRpcAnswer(QByteArrayView body, const QList<qint64> &ids, bool batch, int maxDepth)
{
    RpcParse parse;
    switch (scanJsonDepth(body, maxDepth)) {
    case JsonScan::TooDeep:
        parse.error = RpcError{RpcErrorKind::TooDeep, 0, 0,
                               QStringLiteral("JSON nested deeper than %1 levels").arg(maxDepth), {}, {}};
        return parse;
    case JsonScan::Unbalanced:
        parse.error = malformed(QStringLiteral("not JSON (unbalanced brackets or strings)"));
        return parse;
    case JsonScan::Ok: break;
    }
    QJsonParseError jsonError;
    const QJsonDocument document = QJsonDocument::fromJson(body.toByteArray(), &jsonError);
    if (jsonError.error != QJsonParseError::NoError) {
        parse.error = malformed(QStringLiteral("not JSON: ") + jsonError.errorString());
        return parse;
    }
    QList<QJsonValue> items;
    if (batch) {
        if (!document.isArray()) {
            parse.error = malformed(QStringLiteral("a batch must be answered with an array"));
            return parse;
        }
        const QJsonArray array = document.array();
        for (const QJsonValue &v : array)
            items.append(v);
    } else {
        if (!document.isObject()) {
            parse.error = malformed(QStringLiteral("a call must be answered with an object"));
            return parse;
        }
        items.append(QJsonValue(document.object()));
    }
    if (items.size() != ids.size()) {
        parse.error = malformed(QStringLiteral("%1 answers for %2 calls").arg(items.size()).arg(ids.size()));
        return parse;
    }
    QHash<qint64, RpcAnswer> byId;
    for (const QJsonValue &item : items) {
        RpcAnswer answer;
        QString why;
        if (!readAnswer(item, answer, why)) {
            parse.error = malformed(why);
            return parse;
        }
        if (!ids.contains(answer.id) || byId.contains(answer.id)) {
            parse.error = malformed(QStringLiteral("answer id %1 was not asked or came twice").arg(answer.id));
            return parse;
        }
        byId.insert(answer.id, answer);
    }
    for (const qint64 id : ids)
        parse.answers.append(byId.value(id));
    return parse;
}

} // namespace carnet::core::ledger
