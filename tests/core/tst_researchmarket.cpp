// SPDX-License-Identifier: GPL-3.0-or-later
// ResearchMarket through the C++ binding on the fixture's anvil: a paid study posted with its escrow,
// patients joining and leaving under per-study pseudonyms, the researcher's refund of empty places
// after the deadline (chain clock moved by evm_increaseTime), withdrawals checked against the
// accounts' ether balances, the five events decoded from receipts and from eth_getLogs, and every
// revert decoded by name with its arguments (NotLicensedResearcher, StudyExists, UnknownStudy,
// ZeroValue, NoPlaces, BadDeadline, WrongEscrow, BadEncryptionKey, StudyClosed, StudyFull,
// AlreadyJoined, ZeroAddress, NotParticipant, AlreadyLeft, NotResearcher, DeadlineNotReached,
// AlreadyRefunded, NothingToRefund, NothingToWithdraw, TransferFailed to an account that refuses
// ether, and ReentrancyGuardReentrantCall seen by an account that re-enters withdraw).
#include "core/ledger/contracts/researchmarket.h"
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

QString dec(const U256 &v)
{
    return QString::fromStdString(v.toDecimal());
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
        p.studyId = randomHash();
        p.termsHash = randomHash();
        p.pricePerParticipant = price;
        p.places = places;
        p.deadline = m_f.now() + duration;
        p.encryptionKey = encryptionKey();
        return p;
    }

    /** The fee a mined transaction paid (gasUsed × effectiveGasPrice). */
    U256 feeOf(const Receipt &receipt)
    {
        const auto a = m_f.client->request(QStringLiteral("eth_getTransactionReceipt"), {hexOf(receipt.transactionHash)});
        const auto price = quantityOf(a.result.toObject().value(QLatin1String("effectiveGasPrice")));
        return price ? *U256::mul(*price, U256(receipt.gasUsed)) : U256::max();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_f.load(), "no devnet network file: run through ctest (fixture devnet)");
        m_market = std::make_unique<ResearchMarket>(*m_f.client, m_f.contract("ResearchMarket"));
        QCOMPARE(m_market->registry().value(), m_f.registry->address());
        QCOMPARE(m_market->maxStudyDuration().value(), std::uint64_t(730 * 24 * 3600));
        QCOMPARE(m_market->encryptionKeyBytes().value(), std::uint64_t(33));
    }

    void studyLifecycle()
    {
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto patientA = m_f.fundedKey(); // per-study accounts
        auto patientB = m_f.fundedKey();
        auto payout = m_f.fundedKey();
        QVERIFY(researcher && patientA && patientB && payout);
        const crypto::Address researcherAddress = addressOfKey(*researcher);
        const crypto::Address payoutAddress = addressOfKey(*payout);
        const StudyPost post = postFor(3, 900);
        const U256 escrow = *post.escrow();
        QCOMPARE(escrow, *U256::mul(kPrice, U256(3)));
        const U256 marketBefore = m_f.client->balance(m_market->address()).value();

        const auto posted = m_market->postStudy(*researcher, post, escrow);
        QVERIFY2(posted, qPrintable(posted ? QString() : posted.error().toString()));
        const auto ev = decodeStudyPosted(posted->logs.at(0));
        QVERIFY(ev);
        QCOMPARE(ev->studyId, post.studyId);
        QCOMPARE(ev->researcher, researcherAddress);
        QCOMPARE(ev->termsHash, post.termsHash);
        QCOMPARE(ev->pricePerParticipant, kPrice);
        QCOMPARE(ev->places, std::uint32_t(3));
        QCOMPARE(ev->deadline, post.deadline);
        QVERIFY(ev->encryptionKey == post.encryptionKey);
        QCOMPARE(ev->origin.blockHash, posted->blockHash);
        QVERIFY(!decodeJoined(posted->logs.at(0)));
        QCOMPARE(m_market->study(post.studyId).value(),
                 (StudyRecord{researcherAddress, post.termsHash, kPrice, 3, 0, post.deadline, false}));
        QCOMPARE(m_f.client->balance(m_market->address(), quantityText(U256(posted->blockNumber))).value(),
                 *U256::add(marketBefore, escrow));

        // Two patients join; both credit the same payout account.
        const crypto::Hash32 pseudoA = randomHash(), pseudoB = randomHash(), dataA = randomHash();
        const auto joinedA = m_market->join(*patientA, post.studyId, pseudoA, dataA, payoutAddress);
        QVERIFY(joinedA);
        const auto j = decodeJoined(joinedA->logs.at(0));
        QVERIFY(j);
        QCOMPARE(j->studyId, post.studyId);
        QCOMPARE(j->pseudonym, pseudoA);
        QCOMPARE(j->payoutAddress, payoutAddress);
        QCOMPARE(j->datasetHash, dataA);
        QCOMPARE(j->price, kPrice);
        QCOMPARE(m_market->participant(post.studyId, pseudoA).value(),
                 (ParticipantRecord{ParticipantState::Joined, addressOfKey(*patientA)}));
        QCOMPARE(m_market->participant(post.studyId, pseudoB).value(), (ParticipantRecord{ParticipantState::None, {}}));
        QCOMPARE(m_market->balanceOf(payoutAddress).value(), kPrice);
        QVERIFY(revertedWith(m_market->join(*patientB, post.studyId, pseudoA, randomHash(), payoutAddress),
                             QStringLiteral("AlreadyJoined(%1, %2)").arg(hashText(post.studyId), hashText(pseudoA))));
        QVERIFY(m_market->join(*patientB, post.studyId, pseudoB, randomHash(), payoutAddress));
        QCOMPARE(m_market->balanceOf(payoutAddress).value(), *U256::mul(kPrice, U256(2)));
        QCOMPARE(m_market->balanceOf(payoutAddress, joinedA->blockNumber).value(), kPrice);
        QCOMPARE(m_market->study(post.studyId)->joined, std::uint32_t(2));

        // Leaving: only the account that joined, once.
        QVERIFY(revertedWith(m_market->leaveStudy(*patientB, post.studyId, pseudoA),
                             QStringLiteral("NotParticipant(%1)").arg(addressText(addressOfKey(*patientB)))));
        const crypto::Hash32 stranger = randomHash();
        QVERIFY(revertedWith(m_market->leaveStudy(*patientA, post.studyId, stranger),
                             QStringLiteral("NotParticipant(%1)").arg(addressText(addressOfKey(*patientA)))));
        const auto left = m_market->leaveStudy(*patientA, post.studyId, pseudoA);
        QVERIFY(left);
        const auto l = decodeLeft(left->logs.at(0));
        QVERIFY(l);
        QCOMPARE(l->studyId, post.studyId);
        QCOMPARE(l->pseudonym, pseudoA);
        QCOMPARE(l->leftAt, m_f.blockTime(left->blockNumber));
        QCOMPARE(m_market->participant(post.studyId, pseudoA)->state, ParticipantState::Left);
        QVERIFY(revertedWith(m_market->leaveStudy(*patientA, post.studyId, pseudoA),
                             QStringLiteral("AlreadyLeft(%1, %2)").arg(hashText(post.studyId), hashText(pseudoA))));
        QCOMPARE(m_market->balanceOf(payoutAddress).value(), *U256::mul(kPrice, U256(2))); // what was paid stays paid
        QCOMPARE(m_market->study(post.studyId)->joined, std::uint32_t(2));                  // the place stays taken

        // Refund: only the researcher, only after the deadline, once.
        QVERIFY(revertedWith(m_market->refund(*patientA, post.studyId),
                             QStringLiteral("NotResearcher(%1)").arg(addressText(addressOfKey(*patientA)))));
        QVERIFY(revertedWith(m_market->refund(*researcher, post.studyId),
                             QStringLiteral("DeadlineNotReached(%1, %2)").arg(hashText(post.studyId)).arg(post.deadline)));
        QVERIFY(m_f.advance(post.deadline - m_f.now() + 1));
        QVERIFY(revertedWith(m_market->join(*patientA, post.studyId, randomHash(), randomHash(), payoutAddress),
                             QStringLiteral("StudyClosed(%1, %2)").arg(hashText(post.studyId)).arg(post.deadline)));
        const auto refunded = m_market->refund(*researcher, post.studyId);
        QVERIFY(refunded);
        const auto r = decodeRefunded(refunded->logs.at(0));
        QVERIFY(r);
        QCOMPARE(r->studyId, post.studyId);
        QCOMPARE(r->researcher, researcherAddress);
        QCOMPARE(r->amount, kPrice); // one empty place
        QCOMPARE(m_market->study(post.studyId)->refunded, true);
        QCOMPARE(m_market->balanceOf(researcherAddress).value(), kPrice);
        QVERIFY(revertedWith(m_market->refund(*researcher, post.studyId),
                             QStringLiteral("AlreadyRefunded(%1)").arg(hashText(post.studyId))));

        // Withdrawals move the ether: balance after = before + amount - fee.
        for (const auto *key : {&*researcher, &*payout}) {
            const crypto::Address who = addressOfKey(*key);
            const U256 amount = m_market->balanceOf(who).value();
            const U256 before = m_f.client->balance(who).value();
            const auto w = m_market->withdraw(*key);
            QVERIFY(w);
            const auto wd = decodeWithdrawn(w->logs.at(0));
            QVERIFY(wd);
            QCOMPARE(wd->account, who);
            QCOMPARE(wd->amount, amount);
            const U256 after = m_f.client->balance(who, quantityText(U256(w->blockNumber))).value();
            QCOMPARE(*U256::add(after, feeOf(*w)), *U256::add(before, amount));
            QCOMPARE(m_market->balanceOf(who).value(), U256(0));
            QVERIFY(revertedWith(m_market->withdraw(*key), QStringLiteral("NothingToWithdraw(%1)").arg(addressText(who))));
        }

        // The study's history through its filter: posted, two joins, left, refunded.
        const auto logs = m_f.client->getLogs(m_market->studyFilter(post.studyId), posted->blockNumber, refunded->blockNumber);
        QVERIFY(logs);
        QCOMPARE(logs->size(), std::size_t(5));
        QVERIFY(decodeStudyPosted(logs->at(0)) && decodeJoined(logs->at(1)) && decodeJoined(logs->at(2)));
        QVERIFY(decodeLeft(logs->at(3)) && decodeRefunded(logs->at(4)));
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
        p.studyId = {};
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, *p.escrow()), QStringLiteral("ZeroValue()")));
        p = ok;
        p.termsHash = {};
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, *p.escrow()), QStringLiteral("ZeroValue()")));
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
        QVERIFY(revertedWith(m_market->postStudy(*researcher, p, U256(0)),
                             QStringLiteral("WrongEscrow(0, %1)").arg(dec(U256::max()))));

        QVERIFY(m_market->postStudy(*researcher, ok, *ok.escrow()));
        QVERIFY(revertedWith(m_market->postStudy(*researcher, ok, *ok.escrow()),
                             QStringLiteral("StudyExists(%1)").arg(hashText(ok.studyId))));
        // An unpaid study needs no escrow.
        const StudyPost unpaid = postFor(5, 3600, U256(0));
        QVERIFY(m_market->postStudy(*researcher, unpaid, U256(0)));
        QCOMPARE(m_market->study(unpaid.studyId)->pricePerParticipant, U256(0));
        // A revoked researcher can post no more.
        QVERIFY(m_f.revokeLicence(*researcher, Role::Researcher));
        const StudyPost late = postFor(1, 3600);
        QVERIFY(revertedWith(m_market->postStudy(*researcher, late, *late.escrow()),
                             QStringLiteral("NotLicensedResearcher(%1)").arg(addressText(addressOfKey(*researcher)))));
    }

    void joinRefusals()
    {
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto patient = m_f.fundedKey();
        QVERIFY(researcher && patient);
        const crypto::Address payout = addressOfKey(crypto::PrivateKey::generate());
        const crypto::Hash32 unknown = randomHash();
        const QString unknownText = QStringLiteral("UnknownStudy(%1)").arg(hashText(unknown));
        QVERIFY(revertedWith(m_market->join(*patient, unknown, randomHash(), randomHash(), payout), unknownText));
        QVERIFY(revertedWith(m_market->leaveStudy(*patient, unknown, randomHash()), unknownText));
        QVERIFY(revertedWith(m_market->refund(*researcher, unknown), unknownText));
        QVERIFY(revertedWith(m_market->study(unknown), unknownText));

        const StudyPost post = postFor(1, 1800);
        QVERIFY(m_market->postStudy(*researcher, post, *post.escrow()));
        QVERIFY(revertedWith(m_market->join(*patient, post.studyId, {}, randomHash(), payout), QStringLiteral("ZeroValue()")));
        QVERIFY(revertedWith(m_market->join(*patient, post.studyId, randomHash(), {}, payout), QStringLiteral("ZeroValue()")));
        QVERIFY(revertedWith(m_market->join(*patient, post.studyId, randomHash(), randomHash(), {}), QStringLiteral("ZeroAddress()")));
        QVERIFY(m_market->join(*patient, post.studyId, randomHash(), randomHash(), payout));
        QVERIFY(revertedWith(m_market->join(*patient, post.studyId, randomHash(), randomHash(), payout),
                             QStringLiteral("StudyFull(%1)").arg(hashText(post.studyId))));
        // Every place taken: after the deadline there is nothing to refund.
        QVERIFY(m_f.advance(post.deadline - m_f.now() + 1));
        QVERIFY(revertedWith(m_market->refund(*researcher, post.studyId),
                             QStringLiteral("NothingToRefund(%1)").arg(hashText(post.studyId))));
        QCOMPARE(m_market->study(post.studyId)->refunded, false);
    }

    void transferFailureAndReentrancy()
    {
        // Two accounts with code (set by anvil): one refuses ether, one calls withdraw() again from
        // its receive and logs what that inner call returned. Both act through anvil's impersonation.
        auto researcher = m_f.licensedKey(Role::Researcher);
        auto patient = m_f.fundedKey();
        QVERIFY(researcher && patient);
        const StudyPost post = postFor(2, 3600);
        QVERIFY(m_market->postStudy(*researcher, post, *post.escrow()));
        const crypto::Address refuser = addressOfKey(crypto::PrivateKey::generate());
        const crypto::Address reenterer = addressOfKey(crypto::PrivateKey::generate());
        QVERIFY(m_market->join(*patient, post.studyId, randomHash(), randomHash(), refuser));
        QVERIFY(m_market->join(*patient, post.studyId, randomHash(), randomHash(), reenterer));

        const auto withdrawCall = abiEncodeCall(functionSignature(carnet::contracts::researchMarket::contract(),
                                                                  carnet::contracts::researchMarket::fnWithdraw), {});
        QVERIFY(withdrawCall && withdrawCall->size() == 4);
        // refuser: PUSH1 0 PUSH1 0 REVERT
        const QString refuserCode = QStringLiteral("0x60006000fd");
        // reenterer: mstore(0, selector << 224); call(gas, market, 0, 0, 4, 0, 0);
        //            returndatacopy(0, 0, returndatasize); log0(0, returndatasize); stop
        const QString reentererCode = QString::fromStdString(
            "0x63" + crypto::toHex(*withdrawCall) // PUSH4 selector
            + "60e01b"                            // PUSH1 224 SHL
            + "600052"                            // PUSH1 0 MSTORE
            + "6000600060046000600073"            // retSize retOff argSize argOff value, PUSH20 market
            + crypto::toHex(m_market->address())  //
            + "5af150"                            // GAS CALL POP
            + "3d600060003e"                      // RETURNDATASIZE PUSH1 0 PUSH1 0 RETURNDATACOPY
            + "3d6000a000");                      // RETURNDATASIZE PUSH1 0 LOG0 STOP
        for (const auto &[who, code] : {std::pair{refuser, refuserCode}, std::pair{reenterer, reentererCode}}) {
            const auto set = m_f.client->request(QStringLiteral("anvil_setCode"), {addressText(who), code});
            QVERIFY2(set.error.ok(), qPrintable(set.error.toString() + QLatin1Char(' ') + code));
            QVERIFY(m_f.client->request(QStringLiteral("anvil_setBalance"), {addressText(who), QStringLiteral("0xde0b6b3a7640000")}).error.ok());
            QVERIFY(m_f.client->request(QStringLiteral("anvil_impersonateAccount"), {addressText(who)}).error.ok());
        }
        const auto send = [&](const crypto::Address &from) {
            QJsonObject tx{{QStringLiteral("from"), addressText(from)},
                           {QStringLiteral("to"), addressText(m_market->address())},
                           {QStringLiteral("data"), hexOf(*withdrawCall)},
                           {QStringLiteral("gas"), QStringLiteral("0x7a120")}};
            carnet::test::withZeroFees(tx);
            return m_f.client->request(QStringLiteral("eth_sendTransaction"), {tx});
        };

        // The refuser's withdraw reverts with TransferFailed: its balance stays.
        const auto refused = m_f.client->request(QStringLiteral("eth_call"),
                                                 {QJsonObject{{QStringLiteral("from"), addressText(refuser)},
                                                              {QStringLiteral("to"), addressText(m_market->address())},
                                                              {QStringLiteral("data"), hexOf(*withdrawCall)}},
                                                  QStringLiteral("latest")});
        QVERIFY(!refused.error.ok());
        QCOMPARE(decodeRevert(refused.error.data).description,
                 QStringLiteral("TransferFailed(%1, %2)").arg(addressText(refuser), dec(kPrice)));
        QCOMPARE(m_market->balanceOf(refuser).value(), kPrice);

        // The re-entering account gets its price once; its inner withdraw() hit the guard.
        const auto sent = send(reenterer);
        QVERIFY2(sent.error.ok(), qPrintable(sent.error.toString()));
        const auto receipt = m_f.client->waitForReceipt(*hash32Of(sent.result));
        QVERIFY(receipt && receipt->success);
        QCOMPARE(m_market->balanceOf(reenterer).value(), U256(0));
        bool sawGuard = false;
        for (const LogEntry &log : receipt->logs) {
            if (log.address == reenterer && log.topics.empty()) {
                const DecodedRevert inner = decodeRevert(QByteArray(reinterpret_cast<const char *>(log.data.data()),
                                                                    static_cast<qsizetype>(log.data.size())));
                QCOMPARE(inner.description, QStringLiteral("ReentrancyGuardReentrantCall()"));
                sawGuard = true;
            }
        }
        QVERIFY(sawGuard);
        QCOMPARE(decodeWithdrawn(receipt->logs.front())->amount, kPrice);
        for (const crypto::Address &who : {refuser, reenterer})
            QVERIFY(m_f.client->request(QStringLiteral("anvil_stopImpersonatingAccount"), {addressText(who)}).error.ok());
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
