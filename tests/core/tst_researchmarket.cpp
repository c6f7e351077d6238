// SPDX-License-Identifier: GPL-3.0-or-later
// ResearchMarket v2 through the C++ binding on the fixture's anvil: study ids bound to the researcher
// (studyIdOf, computed in C++ and by the contract), the terms read back from StudyPosted and checked
// against the stored hash, a patient's per-study account delivering its encrypted dataset in parts
// (in order, chained into the delivery hash the contract keeps, recomputed here from the logs) and
// joining under the pseudonym derived from it (pseudonymOf), a copier replaying the patient's join
// from another account, leaving, the researcher's refund of empty places after the deadline (chain
// clock moved by evm_increaseTime), withdrawals to a chosen address checked against ether balances,
// a recipient that refuses ether and one that re-enters withdraw, the six events decoded from
// receipts and from eth_getLogs, and every revert decoded by name with its arguments.
#include "core/ledger/contracts/researchmarket.h"
#include "crypto/hash.h"
#include "tests/core/contracttestutil.h"

using namespace carnet::core::ledger;
using carnet::test::addressOfKey;
using carnet::test::hashText;
using carnet::test::randomHash;
using carnet::test::revertedWith;
namespace crypto = carnet::crypto;

namespace {

const U256 kPrice(1000000000000000ULL); // 0.001 ether

crypto::Bytes encryptionKey()
{
    const auto k = crypto::PrivateKey::generate().publicKey().compressed();
    return crypto::Bytes(k.begin(), k.end());
}

crypto::Bytes termsText()
{
    const std::string t = "{\"purpose\":\"test study " + crypto::toHex(randomHash()) + "\",\"data\":[\"Observation\"]}";
    return crypto::Bytes(t.begin(), t.end());
}

QString dec(const U256 &v)
{
    return QString::fromStdString(v.toDecimal());
}

QString succeeded(const auto &result)
{
    return result ? QString() : result.error().toString();
}

} // namespace

class TestResearchMarket : public QObject
{
    Q_OBJECT
    carnet::test::ContractsFixture m_f;
    std::unique_ptr<ResearchMarket> m_market;

    StudyPost postFor(std::uint32_t places, std::uint64_t duration, const U256 &price = kPrice)
    {
        StudyPost p;
        p.salt = randomHash();
        p.terms = termsText();
        p.pricePerParticipant = price;
        p.places = places;
        p.deadline = m_f.now() + duration;
        p.encryptionKey = encryptionKey();
        return p;
    }

    /** Posts `post` as `researcher` with its escrow; the study id, or a zero id after a QWARN. */
    crypto::Hash32 posted(const crypto::PrivateKey &researcher, const StudyPost &post)
    {
        const auto r = m_market->postStudy(researcher, post, *post.escrow());
        if (!r)
            qWarning("postStudy: %s", qPrintable(r.error().toString()));
        return r ? r->studyId : crypto::Hash32{};
    }

    /** Delivers `parts` in order from `account`; false (with a QWARN) on the first failure. */
    bool deliver(const crypto::PrivateKey &account, const crypto::Hash32 &studyId, const std::vector<crypto::Bytes> &parts)
    {
        for (std::size_t i = 0; i < parts.size(); ++i) {
            const auto r = m_market->deliverPart(account, studyId, static_cast<std::uint16_t>(i), parts[i]);
            if (!r) {
                qWarning("deliverPart %zu: %s", i, qPrintable(r.error().toString()));
                return false;
            }
        }
        return true;
    }

    /** The fee a mined transaction paid (gasUsed × effectiveGasPrice). */
    U256 feeOf(const Receipt &receipt)
    {
        const auto a = m_f.client->request(QStringLiteral("eth_getTransactionReceipt"), {hexOf(receipt.transactionHash)});
        const auto price = quantityOf(a.result.toObject().value(QLatin1String("effectiveGasPrice")));
        return price ? *U256::mul(*price, U256(receipt.gasUsed)) : U256::max();
    }

    U256 etherAt(const crypto::Address &who, std::uint64_t block)
    {
        return m_f.client->balance(who, quantityText(U256(block))).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_f.load(), "no devnet network file: run through ctest (fixture devnet)");
        m_market = std::make_unique<ResearchMarket>(*m_f.client, m_f.contract("ResearchMarket"));
        QCOMPARE(m_market->registry().value(), m_f.registry->address());
        QCOMPARE(m_market->maxStudyDuration().value(), std::uint64_t(730 * 24 * 3600));
        QCOMPARE(m_market->encryptionKeyBytes().value(), std::uint64_t(33));
        QCOMPARE(m_market->maxTermsBytes().value(), std::uint64_t(16384));
        QCOMPARE(m_market->maxPartBytes().value(), std::uint64_t(32768));
        QCOMPARE(m_market->maxParts().value(), std::uint64_t(256));
    }

    void idsComputedLikeTheContract()
    {
        for (int i = 0; i < 4; ++i) {
            const crypto::Address who = addressOfKey(crypto::PrivateKey::generate());
            const crypto::Hash32 salt = i == 0 ? crypto::Hash32{} : randomHash();
            QCOMPARE(m_market->studyIdOf(who, salt).value(), studyIdOf(who, salt));
            QCOMPARE(m_market->pseudonymOf(salt, who).value(), pseudonymOf(salt, who));
        }
        // Distinct tags: a study id is never a pseudonym of the same bytes.
        const crypto::Address who = addressOfKey(crypto::PrivateKey::generate());
        QVERIFY(studyIdOf(who, crypto::Hash32{}) != pseudonymOf(crypto::Hash32{}, who));
    }

    void postAndReadTermsBack()
    {
        auto researcher = m_f.licensedKey(Role::Researcher);
        QVERIFY(researcher);
        const crypto::Address researcherAddress = addressOfKey(*researcher);
        const StudyPost post = postFor(3, 3600);
        const U256 marketBefore = m_f.client->balance(m_market->address()).value();

        const auto r = m_market->postStudy(*researcher, post, *post.escrow());
        QVERIFY2(r, qPrintable(succeeded(r)));
        QCOMPARE(r->studyId, studyIdOf(researcherAddress, post.salt));
        qInfo("gas: postStudy with %zu bytes of terms: %llu", post.terms.size(),
              static_cast<unsigned long long>(r->receipt.gasUsed));
        QCOMPARE(r->receipt.logs.size(), std::size_t(1));
        const auto ev = decodeStudyPosted(r->receipt.logs.at(0));
        QVERIFY(ev);
        QVERIFY(!decodeJoined(r->receipt.logs.at(0)) && !decodeDatasetPart(r->receipt.logs.at(0)));
        QCOMPARE(ev->studyId, r->studyId);
        QCOMPARE(ev->researcher, researcherAddress);
        QVERIFY(ev->terms == post.terms);
        QCOMPARE(ev->termsHash, crypto::keccak256(post.terms));
        QVERIFY(ev->termsMatch());
        QCOMPARE(ev->pricePerParticipant, kPrice);
        QCOMPARE(ev->places, std::uint32_t(3));
        QCOMPARE(ev->deadline, post.deadline);
        QVERIFY(ev->encryptionKey == post.encryptionKey);
        QCOMPARE(ev->origin.blockHash, r->receipt.blockHash);
        const StudyRecord expected{researcherAddress, crypto::keccak256(post.terms), kPrice, 3, 0, post.deadline, false};
        QCOMPARE(m_market->study(r->studyId).value(), expected);
        QCOMPARE(m_market->study(r->studyId, BlockTag::atHash(r->receipt.blockHash)).value(), expected);
        QVERIFY(revertedWith(m_market->study(r->studyId, r->receipt.blockNumber - 1),
                             QStringLiteral("UnknownStudy(%1)").arg(hashText(r->studyId))));
        QCOMPARE(etherAt(m_market->address(), r->receipt.blockNumber), *U256::add(marketBefore, *post.escrow()));

        // A reader finds the terms in the logs: by study id, and among all studies.
        const auto byId = m_market->postedLogs(r->receipt.blockNumber, r->receipt.blockNumber, r->studyId);
        QVERIFY2(byId, qPrintable(succeeded(byId)));
        QCOMPARE(byId->size(), std::size_t(1));
        QVERIFY(byId->front().terms == post.terms);
        QCOMPARE(byId->front().termsHash, m_market->study(r->studyId)->termsHash);
        const auto all = m_market->postedLogs(r->receipt.blockNumber - 1, r->receipt.blockNumber);
        QVERIFY(all);
        QVERIFY(std::any_of(all->begin(), all->end(), [&](const StudyPosted &p) { return p.studyId == r->studyId; }));
        QVERIFY(m_market->postedLogs(r->receipt.blockNumber, r->receipt.blockNumber, randomHash())->empty());
    }

    void studyIdBoundToResearcher()
    {
        auto a = m_f.licensedKey(Role::Researcher);
        auto b = m_f.licensedKey(Role::Researcher);
        QVERIFY(a && b);
        const StudyPost post = postFor(1, 3600);
        const crypto::Hash32 idA = posted(*a, post);
        QCOMPARE(idA, studyIdOf(addressOfKey(*a), post.salt));
        // Another researcher sending the same salt (a front-runner copying the calldata) gets another id.
        const crypto::Hash32 idB = posted(*b, post);
        QCOMPARE(idB, studyIdOf(addressOfKey(*b), post.salt));
        QVERIFY(idA != idB);
        QCOMPARE(m_market->study(idA)->researcher, addressOfKey(*a));
        QCOMPARE(m_market->study(idB)->researcher, addressOfKey(*b));
        QVERIFY(revertedWith(m_market->postStudy(*a, post, *post.escrow()), QStringLiteral("StudyExists(%1)").arg(hashText(idA))));
        StudyPost other = post; // other terms under the same salt: still the same id
        other.terms = termsText();
        QVERIFY(revertedWith(m_market->postStudy(*a, other, *other.escrow()), QStringLiteral("StudyExists(%1)").arg(hashText(idA))));
    }

    void postRefusals()
    {
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto clinician = m_f.licensedKey(Role::Clinician);
        QVERIFY(researcher && clinician);
        const std::uint64_t maxDuration = m_market->maxStudyDuration().value();

        const StudyPost ok = postFor(2, 3600);
        QVERIFY(revertedWith(m_market->postStudy(*clinician, ok, *ok.escrow()),
                             QStringLiteral("NotLicensedResearcher(%1)").arg(addressText(addressOfKey(*clinician)))));
        StudyPost p = ok;
        p.terms.clear();
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, *p.escrow()), QStringLiteral("BadTerms(0)")));
        p.terms = crypto::randomBytes(16385);
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, *p.escrow()), QStringLiteral("BadTerms(16385)")));
        p = ok;
        p.places = 0;
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, U256(0)), QStringLiteral("NoPlaces()")));
        p = ok;
        p.deadline = m_f.now();
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, *p.escrow()), QStringLiteral("BadDeadline(%1)").arg(p.deadline)));
        p.deadline = m_f.now() + maxDuration + 3600;
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, *p.escrow()), QStringLiteral("BadDeadline(%1)").arg(p.deadline)));
        p = ok;
        p.encryptionKey.pop_back();
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, *p.escrow()), QStringLiteral("BadEncryptionKey()")));
        p = ok;
        p.encryptionKey[0] = 0x04;
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, *p.escrow()), QStringLiteral("BadEncryptionKey()")));
        QVERIFY(revertedWith(m_market->postStudy(*researcher, ok, kPrice),
                             QStringLiteral("WrongEscrow(%1, %2)").arg(dec(kPrice), dec(*ok.escrow()))));
        const U256 tooMuch = *U256::add(*ok.escrow(), U256(1));
        QVERIFY(revertedWith(m_market->postStudy(*researcher, ok, tooMuch),
                             QStringLiteral("WrongEscrow(%1, %2)").arg(dec(tooMuch), dec(*ok.escrow()))));
        p = ok;
        p.pricePerParticipant = U256::max(); // price × places overflows
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, U256(0)), QStringLiteral("WrongEscrow(0, %1)").arg(dec(U256::max()))));

        // Terms of exactly MAX_TERMS_BYTES are accepted and come back whole; an unpaid study needs no escrow.
        p = postFor(5, 3600, U256(0));
        p.terms = crypto::randomBytes(16384);
        const auto big = m_market->postStudy(*researcher, p, U256(0));
        QVERIFY2(big, qPrintable(succeeded(big)));
        qInfo("gas: postStudy with 16384 bytes of terms: %llu", static_cast<unsigned long long>(big->receipt.gasUsed));
        QVERIFY(decodeStudyPosted(big->receipt.logs.at(0))->terms == p.terms);
        QCOMPARE(m_market->study(big->studyId)->pricePerParticipant, U256(0));
        // A revoked researcher can post no more.
        QVERIFY(m_f.revokeLicence(*researcher, Role::Researcher));
        const StudyPost late = postFor(1, 3600);
        QVERIFY(revertedWith(m_market->postStudy(*researcher, late, *late.escrow()),
                             QStringLiteral("NotLicensedResearcher(%1)").arg(addressText(addressOfKey(*researcher)))));
    }

    void deliverAndJoin()
    {
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto patient = m_f.fundedKey(); // the patient's per-study account
        auto stranger = m_f.fundedKey();
        QVERIFY(researcher && patient && stranger);
        const crypto::Address patientAddress = addressOfKey(*patient);
        const crypto::Hash32 studyId = posted(*researcher, postFor(3, 3600));
        const crypto::Hash32 pseudonym = pseudonymOf(studyId, patientAddress);
        const crypto::Hash32 unknown = randomHash();
        const QString unknownText = QStringLiteral("UnknownStudy(%1)").arg(hashText(unknown));
        QVERIFY(revertedWith(m_market->deliverPart(*patient, unknown, 0, crypto::randomBytes(8)), unknownText));
        QVERIFY(revertedWith(m_market->join(*patient, unknown, randomHash()), unknownText));
        QVERIFY(revertedWith(m_market->leaveStudy(*patient, unknown), unknownText));
        QVERIFY(revertedWith(m_market->refund(*researcher, unknown), unknownText));

        // Without a part there is nothing to join with.
        QVERIFY(revertedWith(m_market->join(*patient, studyId, randomHash()), QStringLiteral("NoDataset()")));
        QCOMPARE(m_market->participant(studyId, pseudonym).value(), ParticipantRecord{});

        // Parts in order: a full 32 KiB part first, then smaller ones.
        const std::vector<crypto::Bytes> parts{crypto::randomBytes(32768), crypto::randomBytes(1000), crypto::randomBytes(1)};
        const auto first = m_market->deliverPart(*patient, studyId, 0, parts[0]);
        QVERIFY2(first, qPrintable(succeeded(first)));
        qInfo("gas: deliverPart of 32768 bytes (first part): %llu", static_cast<unsigned long long>(first->gasUsed));
        const auto p0 = decodeDatasetPart(first->logs.at(0));
        QVERIFY(p0);
        QCOMPARE(p0->studyId, studyId);
        QCOMPARE(p0->pseudonym, pseudonym);
        QCOMPARE(p0->index, std::uint16_t(0));
        QVERIFY(p0->part == parts[0]);
        const ParticipantRecord afterFirst{ParticipantState::None, patientAddress, {}, nextDeliveryHash({}, parts[0]), 1};
        QCOMPARE(m_market->participant(studyId, pseudonym).value(), afterFirst);
        QVERIFY(m_market->participant(studyId, pseudonym)->delivering());
        const auto second = m_market->deliverPart(*patient, studyId, 1, parts[1]);
        QVERIFY(second);
        qInfo("gas: deliverPart of 1000 bytes (second part): %llu", static_cast<unsigned long long>(second->gasUsed));
        QVERIFY(revertedWith(m_market->deliverPart(*patient, studyId, 5, parts[2]), QStringLiteral("PartOutOfOrder(2, 5)")));
        QVERIFY(revertedWith(m_market->deliverPart(*patient, studyId, 1, parts[2]), QStringLiteral("PartOutOfOrder(2, 1)")));
        QVERIFY(revertedWith(m_market->deliverPart(*patient, studyId, 2, {}), QStringLiteral("BadPart(0)")));
        QVERIFY(revertedWith(m_market->deliverPart(*patient, studyId, 2, crypto::randomBytes(32769)), QStringLiteral("BadPart(32769)")));
        QVERIFY(m_market->deliverPart(*patient, studyId, 2, parts[2]));

        // The chain the contract keeps is the one computed here, and the one the logs give.
        crypto::Hash32 chain{};
        for (const auto &part : parts)
            chain = nextDeliveryHash(chain, part);
        QCOMPARE(m_market->participant(studyId, pseudonym)->deliveryHash, chain);
        QCOMPARE(m_market->participant(studyId, pseudonym, first->blockNumber).value(), afterFirst); // at an older block
        const auto logged = m_market->datasetParts(studyId, pseudonym, first->blockNumber, m_f.client->blockNumber().value());
        QVERIFY2(logged, qPrintable(succeeded(logged)));
        QCOMPARE(logged->size(), std::size_t(3));
        QCOMPARE(deliveryHashOf(*logged), std::optional<crypto::Hash32>(chain));
        std::vector<DatasetPart> swapped = *logged; // a node serving the parts out of order is caught
        std::swap(swapped[0], swapped[1]);
        QVERIFY(!deliveryHashOf(swapped));
        swapped = *logged; // as is one altering a part
        swapped[1].part[0] ^= 1;
        QVERIFY(deliveryHashOf(swapped) != std::optional<crypto::Hash32>(chain));

        // Joining: dataset hash required, the price credited to the sender's own balance.
        QVERIFY(revertedWith(m_market->join(*patient, studyId, {}), QStringLiteral("ZeroValue()")));
        QVERIFY(revertedWith(m_market->leaveStudy(*patient, studyId),
                             QStringLiteral("NotParticipant(%1)").arg(addressText(patientAddress)))); // delivering, not joined
        const crypto::Hash32 datasetHash = randomHash();
        const auto joined = m_market->join(*patient, studyId, datasetHash);
        QVERIFY2(joined, qPrintable(succeeded(joined)));
        qInfo("gas: join: %llu", static_cast<unsigned long long>(joined->gasUsed));
        const auto j = decodeJoined(joined->logs.at(0));
        QVERIFY(j);
        QCOMPARE(j->studyId, studyId);
        QCOMPARE(j->pseudonym, pseudonym);
        QCOMPARE(j->account, patientAddress);
        QCOMPARE(j->datasetHash, datasetHash);
        QCOMPARE(j->deliveryHash, chain);
        QCOMPARE(j->parts, std::uint16_t(3));
        QCOMPARE(j->price, kPrice);
        QCOMPARE(m_market->participant(studyId, pseudonym).value(),
                 (ParticipantRecord{ParticipantState::Joined, patientAddress, datasetHash, chain, 3}));
        QCOMPARE(m_market->balanceOf(patientAddress).value(), kPrice);
        QCOMPARE(m_market->study(studyId)->joined, std::uint32_t(1));
        const QString alreadyJoined = QStringLiteral("AlreadyJoined(%1, %2)").arg(hashText(studyId), hashText(pseudonym));
        QVERIFY(revertedWith(m_market->join(*patient, studyId, datasetHash), alreadyJoined));
        QVERIFY(revertedWith(m_market->deliverPart(*patient, studyId, 3, parts[2]), alreadyJoined));
        const auto joins = m_market->joinedLogs(studyId, joined->blockNumber - 1, joined->blockNumber);
        QVERIFY(joins);
        QCOMPARE(joins->size(), std::size_t(1));
        QCOMPARE(joins->front().origin, j->origin);

        // Leaving: only an account that joined, once; then nothing more with that account.
        QVERIFY(revertedWith(m_market->leaveStudy(*stranger, studyId),
                             QStringLiteral("NotParticipant(%1)").arg(addressText(addressOfKey(*stranger)))));
        const auto left = m_market->leaveStudy(*patient, studyId);
        QVERIFY(left);
        const auto l = decodeLeft(left->logs.at(0));
        QVERIFY(l);
        QCOMPARE(l->studyId, studyId);
        QCOMPARE(l->pseudonym, pseudonym);
        QCOMPARE(l->leftAt, m_f.blockTime(left->blockNumber));
        QCOMPARE(m_market->participant(studyId, pseudonym)->state, ParticipantState::Left);
        const QString alreadyLeft = QStringLiteral("AlreadyLeft(%1, %2)").arg(hashText(studyId), hashText(pseudonym));
        QVERIFY(revertedWith(m_market->leaveStudy(*patient, studyId), alreadyLeft));
        QVERIFY(revertedWith(m_market->deliverPart(*patient, studyId, 3, parts[2]), alreadyLeft));
        QVERIFY(revertedWith(m_market->join(*patient, studyId, datasetHash), alreadyLeft));
        QCOMPARE(m_market->balanceOf(patientAddress).value(), kPrice);   // what was paid stays paid
        QCOMPARE(m_market->study(studyId)->joined, std::uint32_t(1)); // the place stays taken

        // The study's history through its filter: posted, three parts, joined, left.
        const auto history = m_f.client->getLogs(m_market->studyFilter(studyId), first->blockNumber - 1, left->blockNumber);
        QVERIFY(history);
        QCOMPARE(history->size(), std::size_t(6));
        QVERIFY(decodeStudyPosted(history->at(0)) && decodeDatasetPart(history->at(1)) && decodeDatasetPart(history->at(3)));
        QVERIFY(decodeJoined(history->at(4)) && decodeLeft(history->at(5)));
    }

    void copiedJoinIsRefused()
    {
        // A copier watching the mempool replays the patient's join (the same calldata: study id and
        // dataset hash) from its own account: it gets its own pseudonym, without a dataset.
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto patient = m_f.fundedKey();
        auto copier = m_f.fundedKey();
        QVERIFY(researcher && patient && copier);
        const crypto::Address patientAddress = addressOfKey(*patient), copierAddress = addressOfKey(*copier);
        const crypto::Hash32 studyId = posted(*researcher, postFor(2, 3600));
        const std::vector<crypto::Bytes> parts{crypto::randomBytes(500)};
        QVERIFY(deliver(*patient, studyId, parts));
        const crypto::Hash32 datasetHash = randomHash();
        QVERIFY(revertedWith(m_market->join(*copier, studyId, datasetHash), QStringLiteral("NoDataset()")));
        QCOMPARE(m_market->participant(studyId, pseudonymOf(studyId, copierAddress)).value(), ParticipantRecord{});
        // Copying the part as well only makes the copier deliver under its own pseudonym.
        QVERIFY(m_market->deliverPart(*copier, studyId, 0, parts[0]));
        QCOMPARE(m_market->participant(studyId, pseudonymOf(studyId, copierAddress))->account, copierAddress);
        QCOMPARE(m_market->participant(studyId, pseudonymOf(studyId, patientAddress))->parts, std::uint16_t(1));

        const auto joined = m_market->join(*patient, studyId, datasetHash);
        QVERIFY2(joined, qPrintable(succeeded(joined)));
        QCOMPARE(decodeJoined(joined->logs.at(0))->pseudonym, pseudonymOf(studyId, patientAddress));
        QCOMPARE(decodeJoined(joined->logs.at(0))->account, patientAddress);
        QCOMPARE(m_market->balanceOf(patientAddress).value(), kPrice);
        QCOMPARE(m_market->balanceOf(copierAddress).value(), U256(0));
        QCOMPARE(m_market->participant(studyId, pseudonymOf(studyId, patientAddress))->state, ParticipantState::Joined);
    }

    void tooManyParts()
    {
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto patient = m_f.fundedKey();
        QVERIFY(researcher && patient);
        const crypto::Hash32 studyId = posted(*researcher, postFor(1, 3600));
        const std::vector<crypto::Bytes> parts(256, crypto::Bytes{0x2a});
        QVERIFY(deliver(*patient, studyId, parts));
        QVERIFY(revertedWith(m_market->deliverPart(*patient, studyId, 256, parts[0]), QStringLiteral("TooManyParts(256)")));
        const auto joined = m_market->join(*patient, studyId, randomHash());
        QVERIFY(joined);
        QCOMPARE(decodeJoined(joined->logs.at(0))->parts, std::uint16_t(256));
        crypto::Hash32 chain{};
        for (const auto &part : parts)
            chain = nextDeliveryHash(chain, part);
        QCOMPARE(decodeJoined(joined->logs.at(0))->deliveryHash, chain);
    }

    void fullDeadlineAndRefund()
    {
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto a = m_f.fundedKey();
        auto b = m_f.fundedKey();
        QVERIFY(researcher && a && b);
        const crypto::Address researcherAddress = addressOfKey(*researcher);
        const StudyPost onePlace = postFor(1, 900);
        const crypto::Hash32 full = posted(*researcher, onePlace);
        StudyPost threePlaces = postFor(3, 900);
        threePlaces.deadline = onePlace.deadline;
        const crypto::Hash32 open = posted(*researcher, threePlaces);
        QVERIFY(deliver(*a, full, {crypto::randomBytes(64)}) && deliver(*b, full, {crypto::randomBytes(64)}));
        QVERIFY(m_market->join(*a, full, randomHash()));
        QVERIFY(revertedWith(m_market->join(*b, full, randomHash()), QStringLiteral("StudyFull(%1)").arg(hashText(full))));
        QVERIFY(deliver(*a, open, {crypto::randomBytes(64)}));
        QVERIFY(m_market->join(*a, open, randomHash()));
        QVERIFY(deliver(*b, open, {crypto::randomBytes(64)})); // b delivers but does not join before the deadline

        // Refund: only the researcher, only after the deadline, once.
        QVERIFY(revertedWith(m_market->refund(*a, open), QStringLiteral("NotResearcher(%1)").arg(addressText(addressOfKey(*a)))));
        QVERIFY(revertedWith(m_market->refund(*researcher, open),
                             QStringLiteral("DeadlineNotReached(%1, %2)").arg(hashText(open)).arg(threePlaces.deadline)));
        QVERIFY(m_f.advance(threePlaces.deadline - m_f.now() + 1));
        const QString closed = QStringLiteral("StudyClosed(%1, %2)").arg(hashText(open)).arg(threePlaces.deadline);
        QVERIFY(revertedWith(m_market->deliverPart(*b, open, 1, crypto::randomBytes(64)), closed));
        QVERIFY(revertedWith(m_market->join(*b, open, randomHash()), closed));
        QVERIFY(revertedWith(m_market->refund(*researcher, full), QStringLiteral("NothingToRefund(%1)").arg(hashText(full))));
        QCOMPARE(m_market->study(full)->refunded, false);
        const auto refunded = m_market->refund(*researcher, open);
        QVERIFY2(refunded, qPrintable(succeeded(refunded)));
        const auto r = decodeRefunded(refunded->logs.at(0));
        QVERIFY(r);
        QCOMPARE(r->studyId, open);
        QCOMPARE(r->researcher, researcherAddress);
        QCOMPARE(r->amount, *U256::mul(kPrice, U256(2))); // two empty places
        QCOMPARE(m_market->study(open)->refunded, true);
        QCOMPARE(m_market->balanceOf(researcherAddress).value(), r->amount);
        QVERIFY(revertedWith(m_market->refund(*researcher, open), QStringLiteral("AlreadyRefunded(%1)").arg(hashText(open))));
        // Leaving after the deadline is still allowed (it records the patient's wish).
        QVERIFY(m_market->leaveStudy(*a, open));
    }

    void withdrawToChosenAddress()
    {
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto patient = m_f.fundedKey();
        QVERIFY(researcher && patient);
        const crypto::Address patientAddress = addressOfKey(*patient);
        const crypto::Hash32 studyId = posted(*researcher, postFor(2, 3600));
        QVERIFY(deliver(*patient, studyId, {crypto::randomBytes(100)}));
        QVERIFY(m_market->join(*patient, studyId, randomHash()));

        const crypto::Address to = addressOfKey(crypto::PrivateKey::generate()); // never used before
        QVERIFY(revertedWith(m_market->withdraw(*patient, crypto::Address{}), QStringLiteral("ZeroAddress()")));
        const U256 before = m_f.client->balance(patientAddress).value();
        const auto w = m_market->withdraw(*patient, to);
        QVERIFY2(w, qPrintable(succeeded(w)));
        qInfo("gas: withdraw to a fresh address: %llu", static_cast<unsigned long long>(w->gasUsed));
        const auto wd = decodeWithdrawn(w->logs.at(0));
        QVERIFY(wd);
        QCOMPARE(wd->account, patientAddress);
        QCOMPARE(wd->to, to);
        QCOMPARE(wd->amount, kPrice);
        QCOMPARE(etherAt(to, w->blockNumber), kPrice);
        QCOMPARE(*U256::add(etherAt(patientAddress, w->blockNumber), feeOf(*w)), before); // the sender only paid the fee
        QCOMPARE(m_market->balanceOf(patientAddress).value(), U256(0));
        QCOMPARE(m_market->balanceOf(patientAddress, w->blockNumber - 1).value(), kPrice);
        QVERIFY(revertedWith(m_market->withdraw(*patient, to), QStringLiteral("NothingToWithdraw(%1)").arg(addressText(patientAddress))));
    }

    void transferFailureAndReentrancy()
    {
        // Two accounts with code (set by anvil): one refuses ether; one, on receiving ether, calls
        // withdraw(itself) again and logs what that inner call returned.
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto patient = m_f.fundedKey();
        QVERIFY(researcher && patient);
        const crypto::Address patientAddress = addressOfKey(*patient);
        const crypto::Hash32 studyId = posted(*researcher, postFor(2, 3600));
        QVERIFY(deliver(*patient, studyId, {crypto::randomBytes(100)}));
        QVERIFY(m_market->join(*patient, studyId, randomHash()));
        const crypto::Address refuser = addressOfKey(crypto::PrivateKey::generate());
        const crypto::Address reenterer = addressOfKey(crypto::PrivateKey::generate());

        const auto withdrawCall = abiEncodeCall(functionSignature(carnet::contracts::researchMarket::contract(),
                                                                  carnet::contracts::researchMarket::fnWithdraw), {reenterer});
        QVERIFY(withdrawCall && withdrawCall->size() == 36);
        // refuser: PUSH1 0 PUSH1 0 REVERT
        const QString refuserCode = QStringLiteral("0x60006000fd");
        // reenterer: mstore(0, selector << 224); mstore(4, address()); call(gas, market, 0, 0, 36, 0, 0);
        //            returndatacopy(0, 0, returndatasize); log0(0, returndatasize); stop
        const std::string selector = crypto::toHex(crypto::ByteView(withdrawCall->data(), 4));
        const QString reentererCode = QString::fromStdString(
            "0x63" + selector                     // PUSH4 selector
            + "60e01b600052"                      // PUSH1 224 SHL PUSH1 0 MSTORE
            + "30600452"                          // ADDRESS PUSH1 4 MSTORE: withdraw(address(this))
            + "6000600060246000600073"            // retSize retOff argSize=36 argOff value, PUSH20 market
            + crypto::toHex(m_market->address())  //
            + "5af150"                            // GAS CALL POP
            + "3d600060003e"                      // RETURNDATASIZE PUSH1 0 PUSH1 0 RETURNDATACOPY
            + "3d6000a000");                      // RETURNDATASIZE PUSH1 0 LOG0 STOP
        for (const auto &[who, code] : {std::pair{refuser, refuserCode}, std::pair{reenterer, reentererCode}}) {
            const auto set = m_f.client->request(QStringLiteral("anvil_setCode"), {addressText(who), code});
            QVERIFY2(set.error.ok(), qPrintable(set.error.toString() + QLatin1Char(' ') + code));
        }

        // Withdrawing to the refuser reverts with TransferFailed: the balance stays.
        QVERIFY(revertedWith(m_market->withdraw(*patient, refuser),
                             QStringLiteral("TransferFailed(%1, %2)").arg(addressText(refuser), dec(kPrice))));
        QCOMPARE(m_market->balanceOf(patientAddress).value(), kPrice);

        // Withdrawing to the re-enterer pays once; its inner withdraw() hit the guard.
        const auto w = m_market->withdraw(*patient, reenterer);
        QVERIFY2(w, qPrintable(succeeded(w)));
        bool sawGuard = false;
        int withdrawals = 0;
        for (const LogEntry &log : w->logs) {
            if (log.address == reenterer && log.topics.empty()) {
                const DecodedRevert inner = decodeRevert(QByteArray(reinterpret_cast<const char *>(log.data.data()),
                                                                    static_cast<qsizetype>(log.data.size())));
                QCOMPARE(inner.description, QStringLiteral("ReentrancyGuardReentrantCall()"));
                sawGuard = true;
            }
            withdrawals += decodeWithdrawn(log) ? 1 : 0;
        }
        QVERIFY(sawGuard);
        QCOMPARE(withdrawals, 1);
        QCOMPARE(decodeWithdrawn(w->logs.front())->to, reenterer);
        QCOMPARE(etherAt(reenterer, w->blockNumber), kPrice);
        QCOMPARE(m_market->balanceOf(patientAddress).value(), U256(0));
    }

    void constructorRefusesZeroRegistry()
    {
        auto deployer = m_f.fundedKey();
        QVERIFY(deployer);
        QVERIFY(revertedWith(carnet::test::deploy(*m_f.client, *deployer, carnet::contracts::researchMarket::contract(),
                                                  {crypto::Address{}}, "(address)"),
                             QStringLiteral("ZeroAddress()")));
    }
};

QTEST_GUILESS_MAIN(TestResearchMarket)
#include "tst_researchmarket.moc"
