// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli research post|list|datasets|refund|withdraw: the researcher's side of paid research
// (docs/CLI.md, "Paid research"; docs/PROTOCOL.md §9). Signed by --key-file, the researcher's
// licensed account; the work is core/service/researcher.h's.
#include "command.h"
#include "ledgercli.h"
#include "researchcli.h"
#include "walletio.h"

#include "core/fhir/entry.h"
#include "core/ledger/devnet.h"
#include "core/research/dataset.h"
#include "core/service/researcher.h"
#include "crypto/hash.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

const QString kWhat = QStringLiteral("research");

QString when(std::uint64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSeconds), Qt::UTC).toString(Qt::ISODate);
}

QString wei(const ledger::U256 &amount)
{
    return QString::fromStdString(amount.toDecimal());
}

std::optional<research::StudyId> studyArgument(const QString &text)
{
    const auto bytes = crypto::fromHex(text.toStdString());
    if (!text.startsWith(QLatin1String("0x")) || !bytes || bytes->size() != 32)
        return std::nullopt;
    research::StudyId id{};
    std::copy(bytes->begin(), bytes->end(), id.begin());
    return id;
}

/** The draft of the options, or a usage error (printed, `status` set). */
std::optional<service::StudyDraft> draftOf(const QCommandLineParser &parser, int &status)
{
    service::StudyDraft d;
    d.title = parser.value(QStringLiteral("title"));
    d.purpose = parser.value(QStringLiteral("purpose"));
    for (const QString &key : parser.value(QStringLiteral("categories")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool known = false;
        for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i)
            if (key.trimmed() == QLatin1String(fhir::categoryKey(static_cast<fhir::EntryCategory>(i)))) {
                d.data.categories |= static_cast<std::uint16_t>(1u << i);
                known = true;
            }
        if (!known) {
            status = ledgerError(kWhat + QStringLiteral(" post"), ExitUsage, QStringLiteral("unknown category '%1'").arg(key));
            return std::nullopt;
        }
    }
    auto codes = [&](const char *name) {
        QStringList list = parser.value(QLatin1String(name)).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (QString &c : list)
            c = c.trimmed();
        list.sort();
        list.removeDuplicates();
        return list;
    };
    d.data.loinc = codes("loinc");
    d.data.require = codes("require");
    for (const QString &c : d.data.require)
        if (!d.data.loinc.contains(c))
            d.data.loinc << c;
    d.data.loinc.sort();
    d.data.from = QDate::fromString(parser.value(QStringLiteral("from")), Qt::ISODate);
    d.data.to = QDate::fromString(parser.value(QStringLiteral("to")), Qt::ISODate);
    d.data.demographics = parser.isSet(QStringLiteral("demographics"));
    d.data.freeText = parser.isSet(QStringLiteral("free-text"));
    const auto price = ledger::U256::fromDecimal(parser.value(QStringLiteral("price")).toStdString());
    bool placesOk = false, daysOk = false;
    d.places = parser.value(QStringLiteral("places")).toUInt(&placesOk);
    const uint days = parser.value(QStringLiteral("days")).toUInt(&daysOk);
    if (!price || !placesOk || !daysOk || days == 0 || days > 730
        || (parser.isSet(QStringLiteral("from")) && !d.data.from.isValid()) || (parser.isSet(QStringLiteral("to")) && !d.data.to.isValid())) {
        status = ledgerError(kWhat + QStringLiteral(" post"), ExitUsage,
                             QStringLiteral("--price WEI, --places N and --days N (1 to 730) are needed; days as YYYY-MM-DD"));
        return std::nullopt;
    }
    d.price = *price;
    d.deadline = static_cast<std::uint64_t>(QDateTime::currentSecsSinceEpoch()) + std::uint64_t(days) * 86400;
    return d;
}

int post(const QCommandLineParser &parser, const crypto::PrivateKey &key, ledger::NetworkConfig network)
{
    int status = ExitOk;
    auto draft = draftOf(parser, status);
    if (!draft)
        return status;
    auto posted = service::postStudy(key, *draft, service::NetworkSource::loaded(std::move(network)));
    if (!posted)
        return reportResearchFailure(kWhat + QStringLiteral(" post"), posted.error());
    std::printf("study: %s\nescrow: %s wei\ntransaction: %s\nterms-hash: %s\n", qPrintable(ledger::hexOf(posted->studyId)),
                qPrintable(wei(posted->escrow)), qPrintable(ledger::hexOf(posted->transaction)),
                qPrintable(ledger::hexOf(crypto::keccak256({reinterpret_cast<const std::uint8_t *>(posted->terms.data()),
                                                            std::size_t(posted->terms.size())}))));
    return ExitOk;
}

int list(const QCommandLineParser &parser, const crypto::PrivateKey &key, ledger::NetworkConfig network)
{
    const crypto::Address self = crypto::addressOf(key.publicKey());
    auto studies = service::researcherStudies(self, service::NetworkSource::loaded(std::move(network)));
    if (!studies)
        return reportResearchFailure(kWhat + QStringLiteral(" list"), studies.error());
    QJsonArray json;
    for (const auto &s : *studies) {
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray joins;
            for (const auto &j : s.joins)
                joins.append(QJsonObject{{QStringLiteral("pseudonym"), ledger::hexOf(j.pseudonym)},
                                         {QStringLiteral("state"), j.participant.state == ledger::ParticipantState::Left ? QStringLiteral("left")
                                                                                                                          : QStringLiteral("joined")},
                                         {QStringLiteral("datasetHash"), ledger::hexOf(j.participant.datasetHash)},
                                         {QStringLiteral("parts"), int(j.participant.parts)},
                                         {QStringLiteral("block"), static_cast<qint64>(j.block)}});
            json.append(QJsonObject{{QStringLiteral("studyId"), ledger::hexOf(s.study.studyId)},
                                    {QStringLiteral("title"), s.study.terms.title},
                                    {QStringLiteral("price"), wei(s.study.record.pricePerParticipant)},
                                    {QStringLiteral("places"), static_cast<qint64>(s.study.record.places)},
                                    {QStringLiteral("joined"), static_cast<qint64>(s.study.record.joined)},
                                    {QStringLiteral("deadline"), when(s.study.record.deadline)},
                                    {QStringLiteral("refunded"), s.study.record.refunded},
                                    {QStringLiteral("joins"), joins}});
            continue;
        }
        std::printf("study %s: \"%s\"; %u of %u places taken; %s wei each; until %s%s\n", qPrintable(ledger::hexOf(s.study.studyId)),
                    qPrintable(s.study.terms.title), s.study.record.joined, s.study.record.places,
                    qPrintable(wei(s.study.record.pricePerParticipant)), qPrintable(when(s.study.record.deadline)),
                    s.study.record.refunded ? "; refunded" : "");
        for (const auto &j : s.joins)
            std::printf("  %s %s: dataset %s in %u parts (block %llu)\n",
                        j.participant.state == ledger::ParticipantState::Left ? "left  " : "joined", qPrintable(ledger::hexOf(j.pseudonym)),
                        qPrintable(ledger::hexOf(j.participant.datasetHash)), j.participant.parts,
                        static_cast<unsigned long long>(j.block));
    }
    if (parser.isSet(QStringLiteral("json")))
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
    else
        std::printf("%zu studies\n", studies->size());
    return ExitOk;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

const char *stepText(const service::ReceivedDataset &r)
{
    switch (r.step) {
    case service::ReceivedDataset::Step::Ok: return "ok";
    case service::ReceivedDataset::Step::NoParts: return "no node gives its parts as the ledger's delivery hash says";
    case service::ReceivedDataset::Step::Open: return research::describe(r.open);
    case service::ReceivedDataset::Step::Dataset: return "the dataset breaks the format's rules";
    case service::ReceivedDataset::Step::Header: return "the dataset names another network, study or pseudonym";
    }
    return "?";
}

int datasets(const QString &studyText, const QCommandLineParser &parser, const crypto::PrivateKey &key, ledger::NetworkConfig network)
{
    const QString what = kWhat + QStringLiteral(" datasets");
    const auto studyId = studyArgument(studyText);
    const QString out = parser.value(QStringLiteral("out"));
    if (!studyId || out.isEmpty())
        return ledgerError(what, ExitUsage, QStringLiteral("usage: carnet-cli research datasets 0x<study id> --out DIR --key-file K"));
    auto received = service::fetchDatasets(key, *studyId, service::NetworkSource::loaded(std::move(network)));
    if (!received)
        return reportResearchFailure(what, received.error());
    if (!QDir().mkpath(out))
        return ledgerError(what, ExitVaultIo, QStringLiteral("cannot create %1").arg(out));
    QJsonArray manifest;
    int good = 0;
    for (const auto &r : *received) {
        const QString pseudonym = ledger::hexOf(r.pseudonym);
        QJsonObject entry{{QStringLiteral("pseudonym"), pseudonym}, {QStringLiteral("datasetHash"), ledger::hexOf(r.datasetHash)},
                          {QStringLiteral("status"), QLatin1String(stepText(r))}};
        if (r.step == service::ReceivedDataset::Step::Ok) {
            const auto parsed = research::parseDataset(r.dataset);
            const QString dir = out + QLatin1Char('/') + pseudonym;
            QJsonObject counts;
            if (!parsed || !QDir().mkpath(dir))
                return ledgerError(what, ExitVaultIo, QStringLiteral("cannot write %1").arg(dir));
            for (const auto &[type, ndjson] : research::toNdjson(*parsed)) {
                if (!writeFile(dir + QLatin1Char('/') + type + QStringLiteral(".ndjson"), ndjson))
                    return ledgerError(what, ExitVaultIo, QStringLiteral("cannot write %1").arg(dir));
                counts.insert(type, static_cast<qint64>(ndjson.count('\n')));
            }
            entry.insert(QStringLiteral("resources"), counts);
            ++good;
        }
        std::printf("%s: %s\n", qPrintable(pseudonym), stepText(r));
        manifest.append(entry);
    }
    if (!writeFile(out + QStringLiteral("/manifest.json"), QJsonDocument(QJsonObject{{QStringLiteral("study"), ledger::hexOf(*studyId)},
                                                                                      {QStringLiteral("datasets"), manifest}})
                                                                .toJson(QJsonDocument::Indented)))
        return ledgerError(what, ExitVaultIo, QStringLiteral("cannot write the manifest"));
    std::printf("%d of %zu datasets verified and written to %s\n", good, received->size(), qPrintable(out));
    return ExitOk;
}

} // namespace

int runResearch(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The researcher's side of paid research (docs/PROTOCOL.md §9), signed by --key-file, an account\n"
        "licensed as researcher:\n"
        "  post      posts a study with price x places in escrow (terms: --title, --purpose, --categories,\n"
        "            --loinc, --require, --from, --to, --demographics, --free-text; --price WEI --places N --days N)\n"
        "  list      your studies and their joins\n"
        "  datasets  fetches every dataset of a study, checks it against the ledger and writes FHIR NDJSON\n"
        "            (one folder per pseudonym, one file per resource type) and manifest.json to --out\n"
        "  refund    after the deadline, credits back the escrow of the empty places\n"
        "  withdraw  sends your balance (refunds) to --to\n"
        "Exit status: 0, 1 usage, 13-19 network and key file, 35-44 research (docs/CLI.md)."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("action"), QStringLiteral("post, list, datasets, refund or withdraw."));
    parser.addOption({QStringLiteral("key-file"), QStringLiteral("The researcher's key file (hex private key, mode 0600)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("network"), QStringLiteral("The network file (default: $CARNET_HOME/network.json)."), QStringLiteral("FILE")});
    parser.addOption({QStringLiteral("title"), QStringLiteral("post: the study's title (1 to 120 characters)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("purpose"), QStringLiteral("post: what the study is for (1 to 4,000 characters)."), QStringLiteral("TEXT")});
    parser.addOption({QStringLiteral("categories"), QStringLiteral("post: categories asked (lab,vital,…)."), QStringLiteral("LIST")});
    parser.addOption({QStringLiteral("loinc"), QStringLiteral("post: LOINC codes asked (comma-separated)."), QStringLiteral("CODES")});
    parser.addOption({QStringLiteral("require"), QStringLiteral("post: LOINC codes a record must have."), QStringLiteral("CODES")});
    parser.addOption({QStringLiteral("from"), QStringLiteral("post: first day of the data (YYYY-MM-DD)."), QStringLiteral("DAY")});
    parser.addOption({QStringLiteral("to"), QStringLiteral("post: last day of the data; withdraw: the address to send to."), QStringLiteral("DAY|0x…")});
    parser.addOption({QStringLiteral("demographics"), QStringLiteral("post: ask for gender, birth year (or 90+), state and 3-digit ZIP.")});
    parser.addOption({QStringLiteral("free-text"), QStringLiteral("post: ask for free text (kept only if the patient agrees).")});
    parser.addOption({QStringLiteral("price"), QStringLiteral("post: wei paid per participant."), QStringLiteral("WEI")});
    parser.addOption({QStringLiteral("places"), QStringLiteral("post: participants paid for."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("days"), QStringLiteral("post: days until the deadline (1 to 730)."), QStringLiteral("N")});
    parser.addOption({QStringLiteral("out"), QStringLiteral("datasets: the folder to write to."), QStringLiteral("DIR")});
    parser.addOption({QStringLiteral("json"), QStringLiteral("list: print JSON.")});
    if (!parser.parse(arguments))
        return ledgerError(kWhat, ExitUsage, parser.errorText());
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "research")), stdout);
        return ExitOk;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    const bool takesStudy = action == QLatin1String("datasets") || action == QLatin1String("refund");
    if (!QStringList{QStringLiteral("post"), QStringLiteral("list"), QStringLiteral("datasets"), QStringLiteral("refund"),
                     QStringLiteral("withdraw")}
             .contains(action)
        || positional.size() != (takesStudy ? 2 : 1))
        return ledgerError(kWhat, ExitUsage, QStringLiteral("usage: carnet-cli research post|list|datasets STUDY|refund STUDY|withdraw --key-file K"));
    const QString what = kWhat + QLatin1Char(' ') + action;
    if (!parser.isSet(QStringLiteral("key-file")))
        return ledgerError(what, ExitUsage, QStringLiteral("--key-file is needed (the researcher's licensed key)"));
    auto key = ledger::loadKeyFile(parser.value(QStringLiteral("key-file")));
    if (!key)
        return ledgerError(what, ExitKeyFile, QStringLiteral("key file: %1").arg(QLatin1String(ledger::describe(key.error()))));
    int status = ExitOk;
    auto network = loadNetwork(what, parser.value(QStringLiteral("network")), status);
    if (!network)
        return status;
    if (action == QLatin1String("post"))
        return post(parser, *key, std::move(*network));
    if (action == QLatin1String("list"))
        return list(parser, *key, std::move(*network));
    if (action == QLatin1String("datasets"))
        return datasets(positional.value(1), parser, *key, std::move(*network));
    if (action == QLatin1String("refund")) {
        const auto studyId = studyArgument(positional.value(1));
        if (!studyId)
            return ledgerError(what, ExitUsage, QStringLiteral("give the study's id, 0x and 64 hex digits"));
        auto refunded = service::refundStudy(*key, *studyId, service::NetworkSource::loaded(std::move(*network)));
        if (!refunded)
            return reportResearchFailure(what, refunded.error());
        std::printf("refunded: study %s\ntransaction: %s\n", qPrintable(ledger::hexOf(*studyId)), qPrintable(ledger::hexOf(*refunded)));
        return ExitOk;
    }
    const auto to = crypto::parseAddress(parser.value(QStringLiteral("to")).toStdString());
    if (!to)
        return ledgerError(what, ExitUsage, QStringLiteral("--to needs the address to send to (0x and 40 hex digits)"));
    auto paid = service::withdrawResearcher(*key, *to, service::NetworkSource::loaded(std::move(*network)));
    if (!paid)
        return reportResearchFailure(what, paid.error());
    std::printf("withdrawn: %s wei to %s\ntransaction: %s\n", qPrintable(wei(paid->total)), qPrintable(ledger::addressText(*to)),
                qPrintable(ledger::hexOf(paid->paid.front().transaction)));
    return ExitOk;
}

} // namespace carnet::cli
