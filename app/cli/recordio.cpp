// SPDX-License-Identifier: GPL-3.0-or-later
#include "walletrecords.h"
#include "ledgercli.h"
#include "messagetext.h"
#include "walletio.h"
#include "command.h"

#include "core/fhir/bundle.h"
#include "core/sync/publisher.h"

#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

constexpr qint64 kMaxFileBytes = 16 * 1024 * 1024;

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

ReadResources readResources(const QString &path)
{
    ReadResources out;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        out.problem = QStringLiteral("cannot read the file");
        return out;
    }
    if (file.size() > kMaxFileBytes) {
        out.problem = QStringLiteral("the file is larger than 16 MiB");
        return out;
    }
    const QByteArray bytes = file.readAll();
    auto spans = fhir::splitBundle(bytes);
    if (!spans) {
        out.problem = QStringLiteral("not a FHIR JSON resource or Bundle (%1)").arg(QLatin1String(fhir::describe(spans.error())));
        return out;
    }
    for (const fhir::ByteSpan &span : *spans)
        out.resources.push_back(bytes.mid(span.offset, span.length));
    out.ok = true;
    return out;
}

int publishOwn(const ledger::NetworkConfig &network, const record::RecordKeyring &keyring, const sync::StoredRecord &self,
               const QList<QByteArray> &resources)
{
    const QString what = QStringLiteral("wallet add");
    const auto recordLog = network.contract(QStringLiteral("RecordLog"));
    auto key = keyring.patientKey(self.index);
    auto recordKey = keyring.recordPublicKey(self.index);
    if (!recordLog || !key || !recordKey)
        return ledgerError(what, ExitNoNetwork, QStringLiteral("the network file names no RecordLog contract"));
    // P_n holds nothing and is never funded: a funding transaction would link the record to whoever
    // paid (docs/LEDGER-NETWORK.md, "Gas"). It can only send on a chain where gas is free.
    if (network.gas != ledger::GasPricing::Free)
        return ledgerError(what, ExitPublishFailed,
                           QStringLiteral("this network charges for gas (its file does not say \"gas\": \"free\"); the "
                                          "record's patient key %1 holds nothing and is never funded, so it cannot send")
                               .arg(ledger::addressText(crypto::addressOf(key->publicKey()))));
    ledger::EthClient client(network);
    if (auto checked = client.checkNodes(); !checked)
        return ledgerError(what, statusFor(checked.error()), checked.error().toString());
    const record::ConnectCode target{self.recordId, *recordKey};
    for (const QByteArray &content : resources) {
        sync::PublishRequest request{target, *key, content, true,
                                     static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()), network.confirmations};
        auto published = sync::publishEntry(client, *recordLog, request);
        if (!published)
            return ledgerError(what, ExitPublishFailed, published.error().toString());
        std::printf("published: entry %llu, block %llu, %zu bytes sealed (patient-reported)\n",
                    static_cast<unsigned long long>(published->sequence),
                    static_cast<unsigned long long>(published->blockNumber), published->sealedBytes);
    }
    std::puts("run `carnet-cli wallet sync` to verify and store them");
    return ExitOk;
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
