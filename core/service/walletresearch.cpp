// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's side of research (docs/PROTOCOL.md §9): the studies by majority with their terms
// checked, the selection of §9.3 and the exact dataset of §9.4 (preview). Joining, leaving and
// withdrawing: walletresearchjoin.cpp.
#include "core/fhir/json.h"
#include "core/research/dataset.h"
#include "core/research/deid.h"
#include "core/service/research_p.h"
#include "crypto/hash.h"

#include <QDateTime>

#include <algorithm>
#include <set>

namespace carnet::core::service {

using detail::vaultFailure;

namespace detail {

ActionFailure researchProblem(ResearchProblem problem)
{
    return researchFailure(problem);
}

ActionFailure marketFailure(const ledger::RpcError &error)
{
    ActionFailure f = error.kind == ledger::RpcErrorKind::Reverted ? researchFailure(ResearchProblem::Refused)
                                                                   : actionFailure(ActionError::Unreachable);
    f.rpc = error;
    return f;
}

ActionResult<std::unique_ptr<StudyLedger>> studyRound(const NetworkSource &source)
{
    auto config = source.resolve();
    if (!config)
        return fail(networkFileFailure(config.error()));
    if (!config->contract(QStringLiteral("ResearchMarket")) || !config->contract(QStringLiteral("AccessGrants"))
        || !config->contract(QStringLiteral("CarnetRegistry")) || !config->contract(QStringLiteral("RecordLog")))
        return fail(researchFailure(ResearchProblem::NoMarket));
    auto ledger = std::make_unique<StudyLedger>(*config);
    const sync::RoundTarget target = ledger->assess();
    if (!target.ok)
        return fail(target.problem.code == sync::MessageCode::RoundNoNodeAnswered ? actionFailure(ActionError::Unreachable)
                                                                                  : researchFailure(ResearchProblem::CantVerify));
    return ledger;
}

ActionResult<StudyListing> verifiedStudy(StudyLedger &ledger, const research::StudyId &studyId)
{
    const auto lookup = ledger.study(studyId);
    if (!lookup)
        return fail(researchFailure(ResearchProblem::CantVerify));
    if (!lookup->known)
        return fail(researchFailure(ResearchProblem::UnknownStudy));
    auto posted = ledger.posted(studyId, lookup->record);
    if (!posted)
        return fail(researchFailure(posted.error()));
    auto terms = research::parseTerms(QByteArrayView(reinterpret_cast<const char *>(posted->terms.data()),
                                                     qsizetype(posted->terms.size())));
    if (!terms) {
        ActionFailure f = researchFailure(ResearchProblem::TermsInvalid);
        f.research.terms = terms.error();
        return fail(f);
    }
    if (const auto mismatch = research::compareWithStudy(*terms, ledger.where(studyId), lookup->record, posted->encryptionKey);
        mismatch != research::TermsMismatch::None) {
        ActionFailure f = researchFailure(ResearchProblem::TermsMismatch);
        f.research.mismatch = mismatch;
        return fail(f);
    }
    StudyListing listing;
    listing.studyId = studyId;
    listing.terms = std::move(*terms);
    listing.record = lookup->record;
    listing.researcherName = ledger.round().nameOf(lookup->record.researcher).value_or(QString());
    listing.researcherLicensed = ledger.round().isLicensedResearcher(lookup->record.researcher);
    // The contract compares the deadline with the block time: the target block's, by majority (the
    // device's clock when no majority gives it).
    const std::uint64_t time = ledger.blockTime().value_or(std::uint64_t(now()));
    listing.open = lookup->record.deadline > time && lookup->record.joined < lookup->record.places;
    return listing;
}

ActionResult<void> addParticipation(StudyLedger &ledger, const research::StudyKeys &keys, StudyListing &listing)
{
    listing.account = keys.account;
    listing.pseudonym = keys.pseudonym;
    const auto participant = ledger.participant(listing.studyId, keys.pseudonym);
    if (!participant)
        return fail(researchFailure(ResearchProblem::CantVerify));
    listing.participant = *participant;
    if (participant->parts > 0 || participant->state != ledger::ParticipantState::None)
        listing.balance = ledger.balanceOf(keys.account);
    else
        listing.balance = ledger::U256(0);
    return {};
}

namespace {

/** The LOINC codes of an Observation's code (http://loinc.org codings). */
QStringList loincCodes(const QByteArray &content)
{
    QStringList out;
    auto root = fhir::parseResource(content);
    if (!root || (*root)["resourceType"].toString() != QLatin1String("Observation"))
        return out;
    for (const fhir::JsonValue &coding : (*root)["code"]["coding"].elements())
        if (coding["system"].toString() == QLatin1String("http://loinc.org") && coding["code"].isString())
            out << coding["code"].toString();
    return out;
}

std::uint32_t dayNumberOf(const QDate &day, std::uint32_t none)
{
    return day.isValid() ? share::dayNumber(day) : none;
}

/** "a.b[0].c" = value rows of a de-identified resource, for the preview field by field. */
void flatten(const fhir::JsonValue &value, const QString &path, QList<PreviewField> &out)
{
    switch (value.type()) {
    case fhir::JsonValue::Type::Object:
        for (const fhir::JsonMember &m : value.members())
            flatten(m.value, path.isEmpty() ? m.key : path + QLatin1Char('.') + m.key, out);
        return;
    case fhir::JsonValue::Type::Array: {
        int i = 0;
        for (const fhir::JsonValue &e : value.elements())
            flatten(e, path + QStringLiteral("[%1]").arg(i++), out);
        return;
    }
    case fhir::JsonValue::Type::String: out.push_back({path, value.toString()}); return;
    case fhir::JsonValue::Type::Number: out.push_back({path, value.toDecimal().lexeme}); return;
    case fhir::JsonValue::Type::Bool: out.push_back({path, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")}); return;
    case fhir::JsonValue::Type::Null: out.push_back({path, QStringLiteral("null")}); return;
    }
}

} // namespace

Selection selectFor(const research::DataRequest &request, const std::vector<sync::StoredEntry> &verified)
{
    Selection s;
    const std::uint32_t from = dayNumberOf(request.from, 0);
    const std::uint32_t to = dayNumberOf(request.to, 99991231);
    std::set<QString> found;
    const sync::StoredEntry *patient = nullptr;
    for (const sync::StoredEntry &e : verified) {
        if (e.state != sync::EntryState::Verified)
            continue;
        if (e.resourceType == QLatin1String("Patient") && (!patient || e.authoredAt >= patient->authoredAt))
            patient = &e;
        const auto category = categoryOfKey(e.category).value_or(fhir::EntryCategory::Other);
        const bool byCategory = request.categories & share::categoryBit(category);
        const QStringList codes = request.loinc.isEmpty() ? QStringList() : loincCodes(e.content);
        const bool byCode = std::any_of(codes.begin(), codes.end(), [&](const QString &c) { return request.loinc.contains(c); });
        const std::uint32_t day = dayOf(e);
        if ((!byCategory && !byCode) || day < from || day > to || e.resourceType == QLatin1String("Patient"))
            continue;
        s.entries.push_back(e);
        for (const QString &c : codes)
            found.insert(c);
    }
    for (const QString &code : request.require)
        if (!found.contains(code))
            s.missingCodes << code;
    s.fit = s.entries.empty() ? StudyFit::NothingSelected : s.missingCodes.isEmpty() ? StudyFit::Satisfiable : StudyFit::MissingRequired;
    if (request.demographics && patient)
        s.entries.push_back(*patient);
    return s;
}

ActionResult<BuiltDataset> buildDataset(const StudyListing &study, const Selection &selection, const research::StudyKeys &keys,
                                        bool keepFreeText, const research::StudyLocation &where)
{
    research::DeidPolicy policy;
    policy.idSecret = keys.idSecret.clone();
    policy.keepFreeText = keepFreeText && study.terms.data.freeText;
    policy.asOf = QDateTime::fromSecsSinceEpoch(std::int64_t(study.record.deadline), Qt::UTC).date();
    BuiltDataset out;
    std::map<std::pair<QString, QString>, QByteArray> lines; // (type, keyed id) → line, sorted
    for (const sync::StoredEntry &e : selection.entries) {
        auto outcome = research::deidentify(e.content, policy);
        if (!outcome || outcome->excluded) {
            ++out.excluded;
            continue;
        }
        // Two records may hold the same type and id (two providers' "Patient/1"): the first stays.
        if (!lines.emplace(std::pair{outcome->resourceType, outcome->id}, outcome->json).second) {
            ++out.excluded;
            continue;
        }
        PreviewResource r{outcome->resourceType, outcome->id, {}, outcome->dropped};
        if (auto tree = fhir::parseJson(outcome->json, {research::kMaxDatasetBytes, 64}))
            flatten(*tree, QString(), r.fields);
        out.resources.push_back(std::move(r));
    }
    std::sort(out.resources.begin(), out.resources.end(), [](const PreviewResource &a, const PreviewResource &b) {
        return std::pair(a.resourceType, a.id) < std::pair(b.resourceType, b.id);
    });
    std::vector<QByteArray> resources;
    for (auto &[key, line] : lines)
        resources.push_back(std::move(line));
    auto bytes = research::buildDataset(research::DatasetHeader{where.chainId, where.market, keys.pseudonym, where.studyId},
                                        std::move(resources));
    if (!bytes || std::size_t(bytes->size()) > research::kMaxDatasetBytes)
        return fail(researchFailure(ResearchProblem::DatasetTooLarge));
    out.bytes = std::move(*bytes);
    out.hash = crypto::keccak256({reinterpret_cast<const std::uint8_t *>(out.bytes.data()), std::size_t(out.bytes.size())});
    return out;
}

} // namespace detail

using namespace detail;

struct Wallet::ResearchStart
{
    research::ResearchKeys keys;
    RecordView view;                      ///< the verified entries
    std::unique_ptr<StudyLedger> ledger;  ///< an assessed round
};

ActionResult<Wallet::ResearchStart> Wallet::startResearch(const NetworkSource &network)
{
    auto keys = m_vault->researchKeys();
    if (!keys)
        return fail(vaultFailure(keys.error()));
    sync::EntryQuery query;
    query.verifiedOnly = true;
    auto view = read(query);
    if (!view)
        return fail(view.error());
    auto ledger = studyRound(network);
    if (!ledger)
        return fail(ledger.error());
    return ResearchStart{std::move(*keys), std::move(*view), std::move(*ledger)};
}

namespace {
/** The selection of `study` from the verified entries, its fit written into the listing. */
Selection applySelection(StudyListing &study, const std::vector<sync::StoredEntry> &entries)
{
    Selection selection = selectFor(study.terms.data, entries);
    study.fit = selection.fit;
    study.missingCodes = selection.missingCodes;
    study.selected = int(selection.entries.size());
    return selection;
}
} // namespace

ActionResult<StudyList> Wallet::studies(const NetworkSource &network)
{
    auto start = startResearch(network);
    if (!start)
        return fail(start.error());
    auto &[keys, view, ledger] = *start;
    const auto listed = ledger->listedStudies();
    if (!listed)
        return fail(actionFailure(ActionError::Unreachable));
    StudyList out;
    out.targetBlock = ledger->round().targetBlock();
    for (const research::StudyId &id : *listed) {
        auto study = verifiedStudy(*ledger, id);
        if (!study) {
            if (study.error().error != ActionError::Research || study.error().research.problem != ResearchProblem::UnknownStudy)
                out.unverified.push_back({id, study.error().research.problem});
            continue; // a study a majority does not know: a lying node's invention, not shown
        }
        auto studyKeys = keys.study(ledger->where(id));
        if (!studyKeys)
            continue; // k_s of 0 or ≥ n (probability < 2^-127): this wallet cannot take part
        if (auto added = addParticipation(*ledger, *studyKeys, *study); !added)
            return fail(added.error());
        (void)applySelection(*study, view.entries);
        out.studies.push_back(std::move(*study));
    }
    out.nodes = ledger->round().nodes();
    return out;
}

ActionResult<DatasetPreview> Wallet::previewStudy(const research::StudyId &studyId, bool freeText, const NetworkSource &network)
{
    auto start = startResearch(network);
    if (!start)
        return fail(start.error());
    auto &[keys, view, ledger] = *start;
    auto study = verifiedStudy(*ledger, studyId);
    if (!study)
        return fail(study.error());
    const research::StudyLocation where = ledger->where(studyId);
    auto studyKeys = keys.study(where);
    if (!studyKeys)
        return fail(vaultFailure(VaultError::Damaged));
    if (auto added = addParticipation(*ledger, *studyKeys, *study); !added)
        return fail(added.error());
    const Selection selection = applySelection(*study, view.entries);
    if (selection.fit != StudyFit::Satisfiable)
        return fail(researchFailure(ResearchProblem::CannotSatisfy));
    auto built = buildDataset(*study, selection, *studyKeys, freeText, where);
    if (!built)
        return fail(built.error());
    DatasetPreview preview;
    preview.freeText = freeText && study->terms.data.freeText;
    preview.study = std::move(*study);
    preview.dataset = std::move(built->bytes);
    preview.datasetHash = built->hash;
    preview.resources = std::move(built->resources);
    preview.excluded = built->excluded;
    auto parts = research::sealDataset(preview.dataset, preview.study.terms.encryptionKey, where, *studyKeys);
    if (!parts)
        return fail(researchFailure(ResearchProblem::DatasetTooLarge));
    preview.parts = std::uint16_t(parts->size());
    return preview;
}

} // namespace carnet::core::service
