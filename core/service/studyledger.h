// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* What the nodes say about studies (docs/PROTOCOL.md §9), in one round of a GrantLedger (§7 steps
 * 1–3; its registry reads too): ResearchMarket's views at T by strict majority of the round's nodes
 * (dissenters flagged, nullopt: "can't verify"), and its logs checked against what the majority
 * agreed — a study's terms against its termsHash, a participation's parts against its deliveryHash —
 * from the agreeing nodes in turn (a node giving others is flagged ForgedEntry). One thread at a time. */
#include "core/ledger/contracts/researchmarket.h"
#include "core/research/studykeys.h"
#include "core/service/grantledger.h"
#include "core/service/researchfailure.h"

#include <map>
#include <memory>

namespace carnet::core::service {

/** study(): the study as the contract keeps it, or a majority reverting UnknownStudy (`known` false). */
struct StudyLookup
{
    bool known = false;
    ledger::StudyRecord record;
    friend bool operator==(const StudyLookup &, const StudyLookup &) = default;
};

class StudyLedger
{
public:
    /** A round on `network`: NoMarket when its file names no ResearchMarket. */
    explicit StudyLedger(const ledger::NetworkConfig &network);
    ~StudyLedger();
    StudyLedger(const StudyLedger &) = delete;
    StudyLedger &operator=(const StudyLedger &) = delete;

    /** GrantLedger::assess, then ResearchMarket's code at T by majority. */
    sync::RoundTarget assess();
    GrantLedger &round() { return *m_round; }
    const crypto::Address &market() const { return m_market; }
    research::StudyLocation where(const research::StudyId &studyId) const;

    std::optional<StudyLookup> study(const research::StudyId &studyId);
    std::optional<ledger::ParticipantRecord> participant(const research::StudyId &studyId, const research::Pseudonym &pseudonym);
    std::optional<ledger::U256> balanceOf(const crypto::Address &account);
    /** The timestamp of the target block by majority: what the contract's deadline checks compare with. */
    std::optional<std::uint64_t> blockTime();

    /** The study ids of every usable node's StudyPosted logs in [0, T] (their union, in block order):
     *  each is then checked by majority (study()), so a node hiding a study is outvoted and one making
     *  one up is not believed. nullopt when no node answered. */
    std::optional<std::vector<research::StudyId>> listedStudies();
    /** The StudyPosted event of an agreed study whose terms hash to `record.termsHash`, from the nodes
     *  that agreed on study() in turn (others flagged NodeTermsForged): TermsForged when none gives it,
     *  CantVerify when none answered. */
    Result<ledger::StudyPosted, ResearchProblem> posted(const research::StudyId &studyId, const ledger::StudyRecord &record);
    /** The Joined logs of a study in [0, T], the union of the nodes' (a join counts for the caller only
     *  once participant() agrees on it). nullopt when no node answered. */
    std::optional<std::vector<ledger::StudyJoined>> joins(const research::StudyId &studyId);
    /** The parts of an agreed participation: DatasetPart logs from the nodes in turn until one gives
     *  exactly `record.parts` parts chaining to `record.deliveryHash` (others flagged NodeDatasetForged). */
    std::optional<std::vector<QByteArray>> parts(const research::StudyId &studyId, const research::Pseudonym &pseudonym,
                                                 const ledger::ParticipantRecord &record);

private:
    std::unique_ptr<GrantLedger> m_round;
    crypto::Address m_market{};
    bool m_hasMarket = false;
    std::map<research::StudyId, std::vector<sync::NodeState *>> m_studyAgreeing;
    std::map<research::StudyId, ledger::StudyPosted> m_posted; ///< from listedStudies(), per study, first node's
};

} // namespace carnet::core::service
