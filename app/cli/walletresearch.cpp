// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli wallet studies|study-preview|join|leave|earnings|withdraw: paid research from the patient's
// side (docs/CLI.md, "Paid research"). The work is the service's (core/service/wallet.h); this file
// reads options, prints, and maps codes to words and exit statuses.
#include "command.h"
#include "ledgercli.h"
#include "researchcli.h"
#include "walletio.h"
#include "walletrecords.h"

#include "core/fhir/entry.h"

#include <QCommandLineParser>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace carnet::cli {

using namespace core;

namespace {

QString when(std::uint64_t unixSeconds)
{
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(unixSeconds), Qt::UTC).toString(Qt::ISODate);
}

QString wei(const ledger::U256 &amount)
{
    return QString::fromStdString(amount.toDecimal());
}

QString categoriesText(std::uint16_t bits)
{
    QStringList keys;
    for (int i = 0; i <= static_cast<int>(fhir::EntryCategory::Other); ++i)
        if (bits & (1u << i))
            keys << QLatin1String(fhir::categoryKey(static_cast<fhir::EntryCategory>(i)));
    return keys.isEmpty() ? QStringLiteral("none") : keys.join(QLatin1Char(','));
}

const char *stateName(ledger::ParticipantState state)
{
    switch (state) {
    case ledger::ParticipantState::None: return "not joined";
    case ledger::ParticipantState::Joined: return "joined";
    case ledger::ParticipantState::Left: return "left";
    }
    return "?";
}

QString fitText(const service::StudyListing &s)
{
    switch (s.fit) {
    case service::StudyFit::Satisfiable: return QStringLiteral("satisfies it (%1 entries)").arg(s.selected);
    case service::StudyFit::NothingSelected: return QStringLiteral("has nothing this study asks for");
    case service::StudyFit::MissingRequired: return QStringLiteral("lacks %1, which the study requires").arg(s.missingCodes.join(QStringLiteral(", ")));
    }
    return {};
}

QString asksText(const research::DataRequest &d)
{
    QStringList loinc;
    for (const QString &c : d.loinc)
        loinc << (d.require.contains(c) ? c + QStringLiteral(" (required)") : c);
    return QStringLiteral("categories %1; LOINC %2; from %3; to %4; demographics %5; free text %6")
        .arg(categoriesText(d.categories), loinc.isEmpty() ? QStringLiteral("none") : loinc.join(QLatin1Char(',')),
             d.from.isValid() ? d.from.toString(Qt::ISODate) : QStringLiteral("any"),
             d.to.isValid() ? d.to.toString(Qt::ISODate) : QStringLiteral("any"),
             QLatin1String(d.demographics ? "yes" : "no"), QLatin1String(d.freeText ? "asked" : "no"));
}

QJsonObject studyJson(const service::StudyListing &s)
{
    QJsonArray loinc, require;
    for (const QString &c : s.terms.data.loinc)
        loinc.append(c);
    for (const QString &c : s.terms.data.require)
        require.append(c);
    return QJsonObject{
        {QStringLiteral("studyId"), ledger::hexOf(s.studyId)},
        {QStringLiteral("title"), s.terms.title},
        {QStringLiteral("purpose"), s.terms.purpose},
        {QStringLiteral("researcher"), ledger::addressText(s.record.researcher)},
        {QStringLiteral("researcherName"), s.researcherName},
        {QStringLiteral("researcherLicensed"), s.researcherLicensed ? QJsonValue(*s.researcherLicensed) : QJsonValue()},
        {QStringLiteral("categories"), categoriesText(s.terms.data.categories)},
        {QStringLiteral("loinc"), loinc},
        {QStringLiteral("require"), require},
        {QStringLiteral("from"), s.terms.data.from.isValid() ? s.terms.data.from.toString(Qt::ISODate) : QString()},
        {QStringLiteral("to"), s.terms.data.to.isValid() ? s.terms.data.to.toString(Qt::ISODate) : QString()},
        {QStringLiteral("demographics"), s.terms.data.demographics},
        {QStringLiteral("freeText"), s.terms.data.freeText},
        {QStringLiteral("price"), wei(s.record.pricePerParticipant)},
        {QStringLiteral("places"), static_cast<qint64>(s.record.places)},
        {QStringLiteral("joined"), static_cast<qint64>(s.record.joined)},
        {QStringLiteral("deadline"), when(s.record.deadline)},
        {QStringLiteral("open"), s.open},
        {QStringLiteral("fit"), s.fit == service::StudyFit::Satisfiable ? QStringLiteral("satisfiable")
                                 : s.fit == service::StudyFit::NothingSelected ? QStringLiteral("nothing-selected")
                                                                               : QStringLiteral("missing-required")},
        {QStringLiteral("entries"), s.selected},
        {QStringLiteral("account"), ledger::addressText(s.account)},
        {QStringLiteral("pseudonym"), ledger::hexOf(s.pseudonym)},
        {QStringLiteral("state"), QLatin1String(stateName(s.participant.state))},
        {QStringLiteral("datasetHash"), s.participant.state == ledger::ParticipantState::None ? QString() : ledger::hexOf(s.participant.datasetHash)},
        {QStringLiteral("earnings"), s.balance ? wei(*s.balance) : QString()},
    };
}

void printStudy(const service::StudyListing &s)
{
    std::printf("study %s: \"%s\" by %s (%s, licensed %s)\n", qPrintable(ledger::hexOf(s.studyId)), qPrintable(s.terms.title),
                qPrintable(s.researcherName.isEmpty() ? QStringLiteral("(not registered)") : s.researcherName),
                qPrintable(ledger::addressText(s.record.researcher)),
                !s.researcherLicensed ? "can't verify" : *s.researcherLicensed ? "yes" : "no");
    std::printf("  purpose: %s\n", qPrintable(QString(s.terms.purpose).replace(QLatin1Char('\n'), QLatin1Char(' '))));
    std::printf("  asks: %s\n", qPrintable(asksText(s.terms.data)));
    std::printf("  pays: %s wei; %u of %u places left; until %s; %s\n", qPrintable(wei(s.record.pricePerParticipant)),
                s.record.places - s.record.joined, s.record.places, qPrintable(when(s.record.deadline)), s.open ? "open" : "closed");
    std::printf("  your record: %s\n", qPrintable(fitText(s)));
    std::printf("  you: %s", stateName(s.participant.state));
    if (s.participant.state != ledger::ParticipantState::None)
        std::printf(" (dataset %s), earnings %s wei", qPrintable(ledger::hexOf(s.participant.datasetHash)),
                    s.balance ? qPrintable(wei(*s.balance)) : "can't verify");
    std::printf("\n");
}

const char *unverifiedText(service::ResearchProblem p)
{
    switch (p) {
    case service::ResearchProblem::TermsForged: return "no node gives its terms as posted";
    case service::ResearchProblem::TermsInvalid: return "its terms break the rules";
    case service::ResearchProblem::TermsMismatch: return "its terms are not those the contract keeps";
    default: return "can't verify: no strict majority of the nodes agrees";
    }
}

std::optional<research::StudyId> studyIdOf(const char *action, const QString &text, int &status)
{
    const auto bytes = crypto::fromHex(text.toStdString());
    if (!text.startsWith(QLatin1String("0x")) || !bytes || bytes->size() != 32) {
        status = reportError(action, ExitUsage, QStringLiteral("give the study's id, 0x and 64 hex digits (see `carnet-cli wallet studies`)"));
        return std::nullopt;
    }
    research::StudyId id{};
    std::copy(bytes->begin(), bytes->end(), id.begin());
    return id;
}

std::optional<ledger::NetworkConfig> networkOf(const char *action, const QCommandLineParser &parser, int &status)
{
    return loadNetwork(QStringLiteral("wallet %1").arg(QLatin1String(action)), parser.value(QStringLiteral("network")), status);
}

int studiesAction(const QString &dir, const QCommandLineParser &parser, bool earningsOnly)
{
    const char *action = earningsOnly ? "earnings" : "studies";
    int status = ExitOk;
    auto network = networkOf(action, parser, status);
    if (!network)
        return status;
    auto wallet = openWallet(action, dir, status);
    if (!wallet)
        return status;
    auto listed = wallet->studies(service::NetworkSource::loaded(std::move(*network)));
    if (!listed)
        return actionFailure(action, listed.error(), dir);
    QJsonArray json;
    ledger::U256 total;
    int shown = 0;
    for (const auto &s : listed->studies) {
        if (earningsOnly && s.participant.state == ledger::ParticipantState::None)
            continue;
        ++shown;
        if (parser.isSet(QStringLiteral("json"))) {
            json.append(studyJson(s));
        } else if (earningsOnly) {
            std::printf("study %s: \"%s\": %s, %s wei to withdraw\n", qPrintable(ledger::hexOf(s.studyId)), qPrintable(s.terms.title),
                        stateName(s.participant.state), s.balance ? qPrintable(wei(*s.balance)) : "can't verify");
        } else {
            printStudy(s);
        }
        if (s.balance)
            total = ledger::U256::add(total, *s.balance).value_or(total);
    }
    if (parser.isSet(QStringLiteral("json"))) {
        std::fputs(QJsonDocument(json).toJson(QJsonDocument::Indented).constData(), stdout);
        return ExitOk;
    }
    if (!earningsOnly)
        for (const auto &u : listed->unverified)
            std::printf("unverified study %s: %s\n", qPrintable(ledger::hexOf(u.studyId)), unverifiedText(u.problem));
    if (earningsOnly)
        std::printf("%d studies joined; %s wei to withdraw in all\n", shown, qPrintable(wei(total)));
    else
        std::printf("%d studies (target block %llu)\n", shown, static_cast<unsigned long long>(listed->targetBlock));
    return ExitOk;
}

int previewAction(const QString &studyText, const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    const auto studyId = studyIdOf("study-preview", studyText, status);
    if (!studyId)
        return status;
    auto network = networkOf("study-preview", parser, status);
    if (!network)
        return status;
    auto wallet = openWallet("study-preview", dir, status);
    if (!wallet)
        return status;
    auto preview = wallet->previewStudy(*studyId, parser.isSet(QStringLiteral("free-text")),
                                        service::NetworkSource::loaded(std::move(*network)));
    if (!preview)
        return actionFailure("study-preview", preview.error(), dir);
    if (parser.isSet(QStringLiteral("bytes"))) {
        std::fwrite(preview->dataset.constData(), 1, std::size_t(preview->dataset.size()), stdout);
        return ExitOk;
    }
    printStudy(preview->study);
    for (const auto &r : preview->resources) {
        std::printf("%s/%s\n", qPrintable(r.resourceType), qPrintable(r.id));
        for (const auto &f : r.fields)
            std::printf("  %s = %s\n", qPrintable(f.path), qPrintable(f.value));
        if (!r.dropped.isEmpty())
            std::printf("  removed: %s\n", qPrintable(r.dropped.join(QStringLiteral(", "))));
    }
    std::printf("resources: %zu (%d left out whole)\n", preview->resources.size(), preview->excluded);
    std::printf("free text: %s\n", preview->freeText ? "kept (asked and agreed)" : "removed");
    std::printf("bytes: %lld in %u parts once sealed\n", static_cast<long long>(preview->dataset.size()), preview->parts);
    std::printf("dataset-hash: %s\n", qPrintable(ledger::hexOf(preview->datasetHash)));
    return ExitOk;
}

/** The passphrase, read once, opening the wallet and re-authenticating the action. */
template <typename Act>
int withPassphrase(const char *action, const QString &dir, Act act)
{
    if (!service::Wallet::exists(dir))
        return reportVaultError(action, VaultError::NotFound, dir);
    std::optional<crypto::SecureBuffer> passphrase = readPassphrase("Passphrase: ");
    if (!passphrase)
        return reportError(action, ExitUsage, QStringLiteral("cannot read the passphrase from standard input"));
    auto wallet = service::Wallet::open(dir, *passphrase);
    if (!wallet)
        return reportVaultError(action, wallet.error(), dir);
    const int status = act(**wallet, *passphrase);
    passphrase->clear();
    return status;
}

int joinAction(const QString &studyText, const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    const auto studyId = studyIdOf("join", studyText, status);
    if (!studyId)
        return status;
    const auto hash = crypto::fromHex(parser.value(QStringLiteral("hash")).toStdString());
    if (!parser.value(QStringLiteral("hash")).startsWith(QLatin1String("0x")) || !hash || hash->size() != 32)
        return reportError("join", ExitUsage, QStringLiteral("--hash needs the dataset-hash that `carnet-cli wallet study-preview` printed: "
                                                             "a join sends only the dataset you have seen"));
    crypto::Hash32 previewHash{};
    std::copy(hash->begin(), hash->end(), previewHash.begin());
    auto network = networkOf("join", parser, status);
    if (!network)
        return status;
    return withPassphrase("join", dir, [&](service::Wallet &wallet, const crypto::SecureBuffer &passphrase) {
        auto joined = wallet.joinStudy(*studyId, previewHash, parser.isSet(QStringLiteral("free-text")), passphrase,
                                       service::NetworkSource::loaded(std::move(*network)));
        if (!joined)
            return actionFailure("join", joined.error(), dir);
        std::printf("joined: study %s\npseudonym: %s\ndataset-hash: %s\nparts: %u\npaid: %s wei (to this study's own account; "
                    "`carnet-cli wallet withdraw --to 0x…` sends it on)\n",
                    qPrintable(ledger::hexOf(joined->studyId)), qPrintable(ledger::hexOf(joined->pseudonym)),
                    qPrintable(ledger::hexOf(joined->datasetHash)), joined->parts, qPrintable(wei(joined->price)));
        for (const auto &tx : joined->transactions)
            std::printf("transaction: %s\n", qPrintable(ledger::hexOf(tx)));
        return int(ExitOk);
    });
}

int leaveAction(const QString &studyText, const QString &dir, const QCommandLineParser &parser)
{
    int status = ExitOk;
    const auto studyId = studyIdOf("leave", studyText, status);
    if (!studyId)
        return status;
    auto network = networkOf("leave", parser, status);
    if (!network)
        return status;
    return withPassphrase("leave", dir, [&](service::Wallet &wallet, const crypto::SecureBuffer &passphrase) {
        auto left = wallet.leaveStudy(*studyId, passphrase, service::NetworkSource::loaded(std::move(*network)));
        if (!left)
            return actionFailure("leave", left.error(), dir);
        std::printf("left: study %s\ntransaction: %s\n", qPrintable(ledger::hexOf(*studyId)), qPrintable(ledger::hexOf(*left)));
        std::printf("note: nothing more is shared under this pseudonym; the dataset already sent stays with the researcher "
                    "(its encrypted parts stay on the ledger) and what was paid stays paid\n");
        return int(ExitOk);
    });
}

int withdrawAction(const QString &dir, const QCommandLineParser &parser)
{
    const auto to = crypto::parseAddress(parser.value(QStringLiteral("to")).toStdString());
    if (!to)
        return reportError("withdraw", ExitUsage, QStringLiteral("--to needs the address to send the earnings to (0x and 40 hex digits)"));
    int status = ExitOk;
    auto network = networkOf("withdraw", parser, status);
    if (!network)
        return status;
    return withPassphrase("withdraw", dir, [&](service::Wallet &wallet, const crypto::SecureBuffer &passphrase) {
        auto paid = wallet.withdrawEarnings(*to, passphrase, service::NetworkSource::loaded(std::move(*network)));
        if (!paid)
            return actionFailure("withdraw", paid.error(), dir);
        for (const auto &p : paid->paid)
            std::printf("withdrawn: study %s, %s wei, transaction %s\n", qPrintable(ledger::hexOf(p.studyId)), qPrintable(wei(p.amount)),
                        qPrintable(ledger::hexOf(p.transaction)));
        std::printf("total: %s wei to %s\n", qPrintable(wei(paid->total)), qPrintable(ledger::addressText(*to)));
        if (paid->paid.size() > 1)
            std::printf("note: these studies now pay one address, so anyone can see that their pseudonyms belong together\n");
        return int(ExitOk);
    });
}

} // namespace

int runWalletResearchAction(const QString &action, const QString &study, const QString &dir, const QCommandLineParser &parser)
{
    if (action == QLatin1String("studies"))
        return studiesAction(dir, parser, false);
    if (action == QLatin1String("earnings"))
        return studiesAction(dir, parser, true);
    if (action == QLatin1String("study-preview"))
        return previewAction(study, dir, parser);
    if (action == QLatin1String("join"))
        return joinAction(study, dir, parser);
    if (action == QLatin1String("leave"))
        return leaveAction(study, dir, parser);
    if (action == QLatin1String("withdraw"))
        return withdrawAction(dir, parser);
    return -1;
}

} // namespace carnet::cli
