// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the research calls of the service answer (docs/PROTOCOL.md §9): a study as a strict majority
// of the nodes shows it with its verified terms, the exact dataset a join would send, and the reports
// of joining and withdrawing. Public values only (accounts, pseudonyms, hashes): the study keys stay in
// the service.
#include "core/ledger/contracts/researchmarket.h"
#include "core/research/studyterms.h"
#include "core/service/researchfailure.h"
#include "core/sync/syncengine.h"

#include <QByteArray>
#include <QList>
#include <QStringList>

#include <optional>
#include <vector>

namespace carnet::core::service {

/** Whether the wallet's record has what a study asks (§9.3). */
enum class StudyFit {
    Satisfiable,
    NothingSelected, ///< no verified entry matches what the study asks
    MissingRequired, ///< a required LOINC code has no entry (see StudyListing::missingCodes)
};

/** A study whose terms a strict majority of the nodes confirms (§9.2), and this wallet's part in it. */
struct StudyListing
{
    research::StudyId studyId{};
    research::StudyTerms terms;
    ledger::StudyRecord record;              ///< at the round's target block, by majority
    QString researcherName;                  ///< registry name by majority ("" when unknown)
    std::optional<bool> researcherLicensed;  ///< licensed as a researcher at the target block
    bool open = false;                       ///< deadline after now and a place left
    StudyFit fit = StudyFit::NothingSelected;
    QStringList missingCodes;                ///< MissingRequired: the required codes the record lacks
    int selected = 0;                        ///< entries the dataset would hold (Patient included)
    crypto::Address account{};               ///< this wallet's study account (public)
    research::Pseudonym pseudonym{};         ///< this wallet's pseudonym in the study (public)
    ledger::ParticipantRecord participant;   ///< by majority
    std::optional<ledger::U256> balance;     ///< what the study account can withdraw; nullopt: can't verify
};

/** A study the nodes list but whose terms cannot be shown as the contract keeps them. */
struct UnverifiedStudy
{
    research::StudyId studyId{};
    ResearchProblem problem = ResearchProblem::CantVerify; ///< CantVerify, TermsForged, TermsInvalid, TermsMismatch
};

struct StudyList
{
    std::vector<StudyListing> studies;       ///< in the order posted
    std::vector<UnverifiedStudy> unverified;
    std::uint64_t targetBlock = 0;
    std::vector<sync::NodeReport> nodes;
};

/** One labelled value of a de-identified resource, for the preview "field by field". */
struct PreviewField
{
    QString path;  ///< "code.coding[0].code"
    QString value; ///< the JSON value as written in the dataset ("\"4548-4\"", "6.4")
};

struct PreviewResource
{
    QString resourceType;
    QString id;                  ///< the keyed id
    QList<PreviewField> fields;
    QStringList dropped;         ///< what de-identification removed ("Patient.name", …)
};

/** Exactly what a join sends (§9.4): the dataset bytes, their hash, and the same bytes field by field. */
struct DatasetPreview
{
    StudyListing study;
    QByteArray dataset;
    crypto::Hash32 datasetHash{};
    std::vector<PreviewResource> resources;
    int excluded = 0;            ///< selected resources removed whole (types not on the allow-list)
    bool freeText = false;       ///< free text kept (asked by the study and agreed by the patient)
    std::uint16_t parts = 0;     ///< parts of 32 KiB the sealed dataset takes
};

struct JoinReport
{
    research::StudyId studyId{};
    research::Pseudonym pseudonym{};
    crypto::Hash32 datasetHash{};
    std::uint16_t parts = 0;
    std::vector<crypto::Hash32> transactions; ///< the parts sent now, then join
    ledger::U256 price;
};

/** What was sent to the chosen address: one withdrawal per study account with a balance. */
struct WithdrawReport
{
    struct Paid
    {
        research::StudyId studyId{};
        ledger::U256 amount;
        crypto::Hash32 transaction{};
    };
    std::vector<Paid> paid;
    ledger::U256 total;
};

} // namespace carnet::core::service
