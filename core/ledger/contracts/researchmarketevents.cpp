// SPDX-License-Identifier: GPL-3.0-or-later
// ResearchMarket's six events decoded strictly, and what the contract computes that a wallet or a
// researcher computes again locally: study ids, pseudonyms and the delivery hash of dataset parts.
#include "core/ledger/contracts/researchmarket.h"

#include "crypto/hash.h"

namespace carnet::core::ledger {

namespace generated = contracts::researchMarket;

namespace {

const AbiEvent &postedEvent()
{
    static const AbiEvent e =
        eventOf(generated::contract(), generated::evStudyPosted, {true, true, false, false, false, false, false, false});
    return e;
}

const AbiEvent &partEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evDatasetPart, {true, true, false, false});
    return e;
}

const AbiEvent &joinedEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evJoined, {true, true, true, false, false, false, false});
    return e;
}

const AbiEvent &leftEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evLeft, {true, true, false});
    return e;
}

const AbiEvent &refundedEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evRefunded, {true, true, false});
    return e;
}

const AbiEvent &withdrawnEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evWithdrawn, {true, true, false});
    return e;
}

// Decoded as uint32 / uint16 by the strict decoder: in range.
std::uint32_t uint32Of(const AbiValue &value)
{
    return static_cast<std::uint32_t>(uint64Of(value));
}

std::uint16_t uint16Of(const AbiValue &value)
{
    return static_cast<std::uint16_t>(uint64Of(value));
}

void append(crypto::Bytes &out, std::string_view text)
{
    out.insert(out.end(), text.begin(), text.end());
}

template <std::size_t N>
void append(crypto::Bytes &out, const std::array<std::uint8_t, N> &bytes)
{
    out.insert(out.end(), bytes.begin(), bytes.end());
}

} // namespace

bool StudyPosted::termsMatch() const
{
    return crypto::keccak256(terms) == termsHash;
}

std::optional<StudyPosted> decodeStudyPosted(const LogEntry &log)
{
    const auto v = decodeEventLog(postedEvent(), log);
    if (!v)
        return std::nullopt;
    return StudyPosted{bytes32Of(v->at(0)), *v->at(1).asAddress(), bytes32Of(v->at(2)), *v->at(3).asUint(),
                       uint32Of(v->at(4)),  uint64Of(v->at(5)),    *v->at(6).asBytes(), *v->at(7).asBytes(),
                       LogOrigin::of(log)};
}

std::optional<DatasetPart> decodeDatasetPart(const LogEntry &log)
{
    const auto v = decodeEventLog(partEvent(), log);
    if (!v)
        return std::nullopt;
    return DatasetPart{bytes32Of(v->at(0)), bytes32Of(v->at(1)), uint16Of(v->at(2)), *v->at(3).asBytes(), LogOrigin::of(log)};
}

std::optional<StudyJoined> decodeJoined(const LogEntry &log)
{
    const auto v = decodeEventLog(joinedEvent(), log);
    if (!v)
        return std::nullopt;
    return StudyJoined{bytes32Of(v->at(0)), bytes32Of(v->at(1)), *v->at(2).asAddress(), bytes32Of(v->at(3)),
                       bytes32Of(v->at(4)), uint16Of(v->at(5)),  *v->at(6).asUint(),    LogOrigin::of(log)};
}

std::optional<StudyLeft> decodeLeft(const LogEntry &log)
{
    const auto v = decodeEventLog(leftEvent(), log);
    if (!v)
        return std::nullopt;
    return StudyLeft{bytes32Of(v->at(0)), bytes32Of(v->at(1)), uint64Of(v->at(2)), LogOrigin::of(log)};
}

std::optional<StudyRefunded> decodeRefunded(const LogEntry &log)
{
    const auto v = decodeEventLog(refundedEvent(), log);
    if (!v)
        return std::nullopt;
    return StudyRefunded{bytes32Of(v->at(0)), *v->at(1).asAddress(), *v->at(2).asUint(), LogOrigin::of(log)};
}

std::optional<Withdrawn> decodeWithdrawn(const LogEntry &log)
{
    const auto v = decodeEventLog(withdrawnEvent(), log);
    if (!v)
        return std::nullopt;
    return Withdrawn{*v->at(0).asAddress(), *v->at(1).asAddress(), *v->at(2).asUint(), LogOrigin::of(log)};
}

crypto::Hash32 studyIdOf(const crypto::Address &researcher, const crypto::Hash32 &salt)
{
    crypto::Bytes input;
    append(input, "carnet/study-id/v1");
    append(input, researcher);
    append(input, salt);
    return crypto::keccak256(input);
}

crypto::Hash32 pseudonymOf(const crypto::Hash32 &studyId, const crypto::Address &account)
{
    crypto::Bytes input;
    append(input, "carnet/study-pseudonym/v1");
    append(input, studyId);
    append(input, account);
    return crypto::keccak256(input);
}

crypto::Hash32 nextDeliveryHash(const crypto::Hash32 &previous, crypto::ByteView part)
{
    crypto::Bytes input(previous.begin(), previous.end());
    input.insert(input.end(), part.begin(), part.end());
    return crypto::keccak256(input);
}

std::optional<crypto::Hash32> deliveryHashOf(std::span<const DatasetPart> parts)
{
    crypto::Hash32 hash{};
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (std::size_t{parts[i].index} != i)
            return std::nullopt;
        hash = nextDeliveryHash(hash, parts[i].part);
    }
    return hash;
}

} // namespace carnet::core::ledger
