// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletrecords.h"
#include "ledgercli.h"
#include "messagetext.h"
#include "walletio.h"
#include "command.h"

#include "core/fhir/fhirerror.h"
#include "core/service/wallet.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

QString hexOf(crypto::ByteView bytes)
{
    return QStringLiteral("0x") + QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(bytes.data()),
                                                                   static_cast<qsizetype>(bytes.size())).toHex());
}

QByteArray jsonString(const QString &text)
{
    // A one-element array is the simplest way to get QJsonDocument's string escaping.
    QByteArray a = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return a.mid(1, a.size() - 2);
}

} // namespace

QString fileProblemText(const core::service::ActionFailure &failure)
{
    switch (failure.error) {
    case core::service::ActionError::FileTooLarge:
        return QStringLiteral("the file is larger than 16 MiB");
    case core::service::ActionError::NotFhir:
        return QStringLiteral("not a FHIR JSON resource or Bundle (%1)").arg(QLatin1String(fhir::describe(failure.fhir)));
    default:
        return QStringLiteral("cannot read the file");
    }
}

ReadResources readResources(const QString &path)
{
    ReadResources out;
    auto read = core::service::readFhirFile(path);
    if (!read) {
        out.problem = fileProblemText(read.error());
        return out;
    }
    out.resources = std::move(*read);
    out.ok = true;
    return out;
}

QByteArray walletEntriesJson(const std::vector<sync::StoredEntry> &entries,
                             const std::function<QString(const crypto::Hash32 &)> &labelOf)
{
    QByteArray out = "[";
    bool first = true;
    for (const sync::StoredEntry &e : entries) {
        out += first ? "\n  {" : ",\n  {";
        first = false;
        out += "\"record\": " + jsonString(hexOf(e.recordId));
        out += ", \"recordLabel\": " + jsonString(labelOf(e.recordId));
        out += ", \"sequence\": " + QByteArray::number(static_cast<qulonglong>(e.sequence));
        out += ", \"state\": " + jsonString(e.state == sync::EntryState::Verified ? QStringLiteral("verified") : QStringLiteral("refused"));
        out += ", \"author\": " + jsonString(ledger::addressText(e.author));
        out += ", \"authorName\": " + jsonString(e.authorName);
        out += ", \"patientReported\": " + QByteArray(e.patientReported ? "true" : "false");
        out += ", \"block\": " + QByteArray::number(static_cast<qulonglong>(e.blockNumber));
        out += ", \"authoredAt\": " + QByteArray::number(static_cast<qlonglong>(e.authoredAt));
        out += ", \"category\": " + jsonString(e.category);
        out += ", \"effective\": " + jsonString(e.effective);
        out += ", \"title\": " + jsonString(e.title);
        if (e.state == sync::EntryState::Refused)
            out += ", \"reason\": " + jsonString(messageText(e.reason)) + ", \"reasonCode\": " + jsonString(QLatin1String(sync::messageKey(e.reason.code)));
        else
            out += ", \"resource\": " + e.content; // the verified bytes, exactly as the author wrote them
        out += "}";
    }
    out += first ? "]\n" : "\n]\n";
    return out;
}

} // namespace carnet::cli
