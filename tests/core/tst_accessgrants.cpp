// SPDX-License-Identifier: GPL-3.0-or-later
// AccessGrants through the C++ binding on the fixture's anvil: a grant built and signed in C++ with
// EIP-712 (digest checked against the contract's own grantDigest), its id bound to the signer
// (grantIdOf, checked against the contract's), issued by a third party with its key bundle in two
// parts, GrantIssued / KeyBundlePart / AccessRecorded / Revoked decoded from receipts and from
// eth_getLogs, the state machine None → Incomplete → Active → Expired / Revoked with the chain clock
// moved by evm_increaseTime, and every revert decoded by name with its arguments (GrantIdNotBound,
// UnknownGrant, GrantExpired, GrantRevoked, GrantIncomplete, ExpiryTooFar, BadSignature, NonceUsed,
// NotGrantee, NotPatient, NotLicensedClinician, ZeroAddress, BadPermissions, BadPartCount,
// BadPartSize, BadPartIndex, ZeroReceipt).
#include "core/ledger/contracts/accessgrants.h"
#include "core/ledger/eip712.h"
#include "tests/core/contracttestutil.h"

using namespace carnet::core::ledger;
using carnet::test::addressOfKey;
using carnet::test::hashText;
using carnet::test::randomHash;
using carnet::test::revertedWith;
namespace crypto = carnet::crypto;

class TestAccessGrants : public QObject
{
    Q_OBJECT
    carnet::test::ContractsFixture m_f;
    std::unique_ptr<AccessGrants> m_grants;

    /** Terms by a sharing key, valid for `validity` seconds of chain time, for a one-part bundle
     *  `bundle` (the default: kBundle). */
    GrantTerms termsFor(const crypto::PrivateKey &sharingKey, std::uint64_t validity, const crypto::Address &grantee = {},
                        const U256 &nonce = U256(7))
    {
        GrantTerms t;
        t.patient = addressOfKey(sharingKey);
        t.nonce = nonce;
        t.grantId = grantIdOf(t.patient, t.nonce);
        t.scopeHash = randomHash();
        t.keyBundleHash = crypto::keccak256(m_bundle);
        t.keyBundleParts = 1;
        t.expiry = m_f.now() + validity;
        t.grantee = grantee;
        t.permissions = kPermissionRead;
        return t;
    }
    const crypto::Bytes m_bundle = crypto::randomBytes(48);

    crypto::Bytes sign(const crypto::PrivateKey &key, const GrantTerms &terms)
    {
        return signGrant(key, m_f.config.chainId, m_grants->address(), terms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(m_f.load(), "no devnet network file: run through ctest (fixture devnet)");
        m_grants = std::make_unique<AccessGrants>(*m_f.client, m_f.contract("AccessGrants"));
        QCOMPARE(m_grants->registry().value(), m_f.registry->address());
        QCOMPARE(m_grants->maxValidity().value(), std::uint64_t(90 * 24 * 3600));
        QCOMPARE(m_grants->maxPartBytes().value(), std::uint64_t(32 * 1024));
        QCOMPARE(m_grants->maxParts().value(), std::uint64_t(64));
    }

    void grantIdIsBoundToItsSigner()
    {
        for (const U256 &nonce : {U256(0), U256(7), U256::max()}) {
            const crypto::Address signer = addressOfKey(crypto::PrivateKey::generate());
            QCOMPARE(grantIdOf(signer, nonce), m_grants->grantIdOf(signer, nonce).value());
        }
    }

    void digestMatchesTheContract()
    {
        const crypto::PrivateKey key = crypto::PrivateKey::generate();
        GrantTerms terms = termsFor(key, 3600, addressOfKey(crypto::PrivateKey::generate()));
        terms.nonce = U256::max();
        const auto data = TypedData::fromJson(grantTypedData(m_f.config.chainId, m_grants->address(), terms));
        QVERIFY(data);
        QCOMPARE(data->domainSeparator(), m_grants->domainSeparator().value());
        QCOMPARE(grantDigest(m_f.config.chainId, m_grants->address(), terms), m_grants->grantDigest(terms).value());
        // Each field changes the digest the same way on both sides.
        terms.expiry += 1;
        QCOMPARE(grantDigest(m_f.config.chainId, m_grants->address(), terms), m_grants->grantDigest(terms).value());
        // Another chain id or contract gives another digest.
        QVERIFY(grantDigest(m_f.config.chainId + 1, m_grants->address(), terms) != m_grants->grantDigest(terms).value());
    }

    void issueAccessRevoke()
    {
        const crypto::PrivateKey sharing = crypto::PrivateKey::generate(); // signs only, never pays gas
        auto submitter = m_f.fundedKey();
        auto clinician = m_f.licensedKey(Role::Clinician);
        auto other = m_f.licensedKey(Role::Clinician);
        QVERIFY(submitter && clinician && other);
        GrantTerms terms = termsFor(sharing, 3600); // any clinician with the QR
        const crypto::Bytes part0 = crypto::randomBytes(32 * 1024), part1 = crypto::randomBytes(200);
        crypto::Bytes bundle = part0;
        bundle.insert(bundle.end(), part1.begin(), part1.end());
        terms.keyBundleHash = crypto::keccak256(bundle);
        terms.keyBundleParts = 2;
        terms.permissions = kPermissionRead | kPermissionWrite;
        QCOMPARE(m_grants->grantState(terms.grantId).value(), GrantState::None);
        QVERIFY(revertedWith(m_grants->grant(terms.grantId), QStringLiteral("UnknownGrant(%1)").arg(hashText(terms.grantId))));

        const auto issued = m_grants->issue(*submitter, terms, sign(sharing, terms), part0);
        QVERIFY2(issued, qPrintable(issued ? QString() : issued.error().toString()));
        QCOMPARE(issued->logs.size(), std::size_t(1));
        const auto event = decodeGrantIssued(issued->logs[0]);
        QVERIFY(event);
        QCOMPARE(event->grantId, terms.grantId);
        QCOMPARE(event->patient, terms.patient);
        QCOMPARE(event->grantee, crypto::Address{});
        QCOMPARE(event->scopeHash, terms.scopeHash);
        QCOMPARE(event->expiry, terms.expiry);
        QCOMPARE(event->keyBundleHash, terms.keyBundleHash);
        QCOMPARE(event->keyBundleParts, std::uint16_t(2));
        QCOMPARE(event->permissions, std::uint8_t(3));
        QVERIFY(event->firstPart == part0);
        QCOMPARE(event->origin, LogOrigin::of(issued->logs[0]));
        QCOMPARE(event->origin.blockHash, issued->blockHash);
        QVERIFY(!decodeGrantRevoked(issued->logs[0]) && !decodeAccessRecorded(issued->logs[0])
                && !decodeKeyBundlePart(issued->logs[0]));

        // Incomplete until the last part is in: no receipt yet; parts only from the sharing key, in order.
        QCOMPARE(m_grants->grantState(terms.grantId).value(), GrantState::Incomplete);
        QVERIFY(revertedWith(m_grants->recordAccess(*clinician, terms.grantId, randomHash()),
                             QStringLiteral("GrantIncomplete(%1, 1, 2)").arg(hashText(terms.grantId))));
        QVERIFY(revertedWith(m_grants->addKeyBundlePart(*submitter, terms.grantId, 1, part1),
                             QStringLiteral("NotPatient(%1)").arg(addressText(addressOfKey(*submitter)))));
        QVERIFY(revertedWith(m_grants->addKeyBundlePart(sharing, terms.grantId, 2, part1), QStringLiteral("BadPartIndex(2, 1)")));
        QVERIFY(revertedWith(m_grants->addKeyBundlePart(sharing, terms.grantId, 1, {}), QStringLiteral("BadPartSize(0, 32768)")));
        const auto added = m_grants->addKeyBundlePart(sharing, terms.grantId, 1, part1);
        QVERIFY(added);
        const auto partEvent = decodeKeyBundlePart(added->logs.at(0));
        QVERIFY(partEvent && partEvent->grantId == terms.grantId && partEvent->index == 1 && partEvent->part == part1);
        QVERIFY(revertedWith(m_grants->addKeyBundlePart(sharing, terms.grantId, 2, part1), QStringLiteral("BadPartIndex(2, 2)")));

        const std::uint64_t issuedAt = m_f.blockTime(issued->blockNumber);
        QCOMPARE(m_grants->grantState(terms.grantId).value(), GrantState::Active);
        QCOMPARE(m_grants->grant(terms.grantId).value(),
                 (GrantRecord{terms.patient, {}, terms.scopeHash, terms.keyBundleHash, 2, 2, 3, terms.expiry, issuedAt, 0}));
        QCOMPARE(m_grants->nonceUsed(terms.patient, terms.nonce).value(), true);
        QCOMPARE(m_grants->nonceUsed(terms.patient, U256(8)).value(), false);
        QCOMPARE(m_grants->accessCount(terms.grantId).value(), std::uint64_t(0));

        // Two clinicians read; each leaves a receipt.
        const crypto::Hash32 receipt1 = randomHash();
        const auto a1 = m_grants->recordAccess(*clinician, terms.grantId, receipt1);
        QVERIFY(a1);
        const auto access = decodeAccessRecorded(a1->logs.at(0));
        QVERIFY(access);
        QCOMPARE(access->grantId, terms.grantId);
        QCOMPARE(access->clinician, addressOfKey(*clinician));
        QCOMPARE(access->receiptHash, receipt1);
        QCOMPARE(access->accessedAt, m_f.blockTime(a1->blockNumber));
        QVERIFY(m_grants->recordAccess(*other, terms.grantId, randomHash()));
        QCOMPARE(m_grants->accessCount(terms.grantId).value(), std::uint64_t(2));
        QCOMPARE(m_grants->accessCount(terms.grantId, a1->blockNumber).value(), std::uint64_t(1));

        // The patient's sharing key revokes: it holds nothing (gas is free; funding it would link it).
        QCOMPARE(m_f.client->balance(terms.patient).value(), U256(0));
        const auto revoked = m_grants->revoke(sharing, terms.grantId);
        QVERIFY(revoked);
        const auto rev = decodeGrantRevoked(revoked->logs.at(0));
        QVERIFY(rev);
        QCOMPARE(rev->grantId, terms.grantId);
        QCOMPARE(rev->patient, terms.patient);
        const std::uint64_t revokedAt = m_f.blockTime(revoked->blockNumber);
        QCOMPARE(rev->revokedAt, revokedAt);
        QCOMPARE(m_grants->grantState(terms.grantId).value(), GrantState::Revoked);
        QCOMPARE(m_grants->grantState(terms.grantId, a1->blockNumber).value(), GrantState::Active);
        QCOMPARE(m_grants->grant(terms.grantId)->revokedAt, revokedAt);
        QVERIFY(revertedWith(m_grants->recordAccess(*clinician, terms.grantId, randomHash()),
                             QStringLiteral("GrantRevoked(%1)").arg(hashText(terms.grantId))));
        QVERIFY(revertedWith(m_grants->revoke(sharing, terms.grantId),
                             QStringLiteral("GrantRevoked(%1)").arg(hashText(terms.grantId))));

        QVERIFY(revertedWith(m_grants->addKeyBundlePart(sharing, terms.grantId, 2, part1),
                             QStringLiteral("GrantRevoked(%1)").arg(hashText(terms.grantId))));

        // The grant's whole history through its log filter: issued, its second part, two accesses, revoked.
        const auto logs = m_f.client->getLogs(m_grants->grantFilter(terms.grantId), issued->blockNumber, revoked->blockNumber);
        QVERIFY(logs);
        QCOMPARE(logs->size(), std::size_t(5));
        QVERIFY(decodeGrantIssued(logs->at(0)));
        QVERIFY(decodeKeyBundlePart(logs->at(1)));
        QVERIFY(decodeAccessRecorded(logs->at(2)));
        QVERIFY(decodeAccessRecorded(logs->at(3)));
        QVERIFY(decodeGrantRevoked(logs->at(4)));
    }

    void nominativeGrantAndExpiry()
    {
        const crypto::PrivateKey sharing = crypto::PrivateKey::generate();
        auto submitter = m_f.fundedKey();
        auto grantee = m_f.licensedKey(Role::Clinician);
        auto other = m_f.licensedKey(Role::Clinician);
        auto provider = m_f.licensedKey(Role::Provider);
        QVERIFY(submitter && grantee && other && provider);
        const GrantTerms terms = termsFor(sharing, 600, addressOfKey(*grantee));
        QVERIFY(m_grants->issue(*submitter, terms, sign(sharing, terms), m_bundle));
        QCOMPARE(m_grants->grant(terms.grantId)->grantee, addressOfKey(*grantee));

        QVERIFY(revertedWith(m_grants->recordAccess(*other, terms.grantId, randomHash()),
                             QStringLiteral("NotGrantee(%1)").arg(addressText(addressOfKey(*other)))));
        QVERIFY(revertedWith(m_grants->recordAccess(*grantee, terms.grantId, crypto::Hash32{}), QStringLiteral("ZeroReceipt()")));
        QVERIFY(m_grants->recordAccess(*grantee, terms.grantId, randomHash()));

        // Revoked licence: the named grantee can no longer read.
        QVERIFY(m_f.revokeLicence(*grantee, Role::Clinician));
        QVERIFY(revertedWith(m_grants->recordAccess(*grantee, terms.grantId, randomHash()),
                             QStringLiteral("NotLicensedClinician(%1)").arg(addressText(addressOfKey(*grantee)))));

        // A provider (not a clinician) under an open grant.
        const crypto::PrivateKey sharing2 = crypto::PrivateKey::generate();
        const GrantTerms open = termsFor(sharing2, 600);
        QVERIFY(m_grants->issue(*submitter, open, sign(sharing2, open), m_bundle));
        QVERIFY(revertedWith(m_grants->recordAccess(*provider, open.grantId, randomHash()),
                             QStringLiteral("NotLicensedClinician(%1)").arg(addressText(addressOfKey(*provider)))));

        // Past the expiry: Expired, no more access; revoking an expired grant is still allowed.
        const std::uint64_t before = m_f.client->blockNumber().value();
        QVERIFY(m_f.advance(terms.expiry - m_f.now() + 1));
        QVERIFY(m_f.now() > terms.expiry);
        QCOMPARE(m_grants->grantState(terms.grantId).value(), GrantState::Expired);
        QCOMPARE(m_grants->grantState(terms.grantId, before).value(), GrantState::Active);
        QVERIFY(m_f.advance(700));
        QVERIFY(revertedWith(m_grants->recordAccess(*other, open.grantId, randomHash()),
                             QStringLiteral("GrantExpired(%1, %2)").arg(hashText(open.grantId)).arg(open.expiry)));
        QVERIFY(m_grants->revoke(sharing, terms.grantId)); // from a sharing key holding nothing
        QCOMPARE(m_grants->grantState(terms.grantId).value(), GrantState::Revoked); // revocation wins over expiry
    }

    void issueRefusals()
    {
        const crypto::PrivateKey sharing = crypto::PrivateKey::generate();
        auto submitter = m_f.fundedKey();
        QVERIFY(submitter);
        const crypto::Bytes &bundle = m_bundle;
        const std::uint64_t maxValidity = m_grants->maxValidity().value();

        // An id not bound to (patient, nonce): someone else's id, or a random one.
        for (const crypto::Hash32 &id : {randomHash(), grantIdOf(addressOfKey(crypto::PrivateKey::generate()), U256(7))}) {
            GrantTerms taken = termsFor(sharing, 600);
            taken.grantId = id;
            QVERIFY(revertedWith(m_grants->issue(*submitter, taken, sign(sharing, taken), bundle),
                                 QStringLiteral("GrantIdNotBound(%1, %2)")
                                     .arg(hashText(id), hashText(grantIdOf(taken.patient, taken.nonce)))));
        }
        GrantTerms zeroPatient = termsFor(sharing, 600);
        zeroPatient.patient = {};
        QVERIFY(revertedWith(m_grants->issue(*submitter, zeroPatient, sign(sharing, zeroPatient), bundle),
                             QStringLiteral("ZeroAddress()")));
        GrantTerms past = termsFor(sharing, 0); // expiry = the latest block's time: already over
        past.expiry -= 1;
        QVERIFY(revertedWith(m_grants->issue(*submitter, past, sign(sharing, past), bundle),
                             QStringLiteral("GrantExpired(%1, %2)").arg(hashText(past.grantId)).arg(past.expiry)));
        GrantTerms far = termsFor(sharing, maxValidity + 3600);
        const auto tooFar = m_grants->issue(*submitter, far, sign(sharing, far), bundle);
        QVERIFY(!tooFar);
        // ExpiryTooFar(expiry, now + MAX_VALIDITY): "now" is the pending block's time, not known exactly here.
        const DecodedRevert farRevert = decodeRevert(tooFar.error().data);
        QCOMPARE(farRevert.name, QStringLiteral("ExpiryTooFar"));
        QVERIFY(farRevert.description.startsWith(QStringLiteral("ExpiryTooFar(%1, ").arg(far.expiry)));
        const auto latest = U256::fromDecimal(farRevert.description.section(QStringLiteral(", "), 1).chopped(1).toStdString());
        QVERIFY(latest && *latest->toUint64() >= m_f.now() + maxValidity && *latest->toUint64() < far.expiry);

        const GrantTerms noBundle = termsFor(sharing, 600);
        QVERIFY(revertedWith(m_grants->issue(*submitter, noBundle, sign(sharing, noBundle), {}), QStringLiteral("BadPartSize(0, 32768)")));
        const GrantTerms big = termsFor(sharing, 600);
        QVERIFY(revertedWith(m_grants->issue(*submitter, big, sign(sharing, big), crypto::randomBytes(32 * 1024 + 1)),
                             QStringLiteral("BadPartSize(32769, 32768)")));
        for (const std::uint16_t parts : {std::uint16_t(0), std::uint16_t(65)}) {
            GrantTerms t = termsFor(sharing, 600);
            t.keyBundleParts = parts;
            QVERIFY(revertedWith(m_grants->issue(*submitter, t, sign(sharing, t), bundle), QStringLiteral("BadPartCount(%1)").arg(parts)));
        }
        for (const std::uint8_t permissions : {std::uint8_t(0), std::uint8_t(2), std::uint8_t(5)}) {
            GrantTerms t = termsFor(sharing, 600);
            t.permissions = permissions;
            QVERIFY(revertedWith(m_grants->issue(*submitter, t, sign(sharing, t), bundle),
                                 QStringLiteral("BadPermissions(%1)").arg(permissions)));
        }

        // Signatures: by another key, over other terms, truncated, with a high S, with a bad v.
        const GrantTerms terms = termsFor(sharing, 600);
        const crypto::PrivateKey stranger = crypto::PrivateKey::generate();
        QVERIFY(revertedWith(m_grants->issue(*submitter, terms, sign(stranger, terms), bundle), QStringLiteral("BadSignature()")));
        GrantTerms altered = terms;
        altered.scopeHash = randomHash();
        QVERIFY(revertedWith(m_grants->issue(*submitter, altered, sign(sharing, terms), bundle), QStringLiteral("BadSignature()")));
        crypto::Bytes truncated = sign(sharing, terms);
        truncated.pop_back();
        QVERIFY(revertedWith(m_grants->issue(*submitter, terms, truncated, bundle), QStringLiteral("BadSignature()")));
        QVERIFY(revertedWith(m_grants->issue(*submitter, terms, crypto::Bytes(65, 0), bundle), QStringLiteral("BadSignature()")));
        crypto::Bytes highS = sign(sharing, terms); // s' = n - s with v flipped recovers the same key: refused
        {
            const auto n = *U256::fromHex("0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141");
            const auto s = *U256::fromBigEndian(crypto::ByteView(highS).subspan(32, 32));
            const auto flipped = U256::sub(n, s)->toBytes32();
            std::copy(flipped.begin(), flipped.end(), highS.begin() + 32);
            highS[64] = highS[64] == 27 ? 28 : 27;
        }
        QVERIFY(revertedWith(m_grants->issue(*submitter, terms, highS, bundle), QStringLiteral("BadSignature()")));
        crypto::Bytes badV = sign(sharing, terms);
        badV[64] = 29;
        QVERIFY(revertedWith(m_grants->issue(*submitter, terms, badV, bundle), QStringLiteral("BadSignature()")));
        QCOMPARE(m_grants->grantState(terms.grantId).value(), GrantState::None);

        // Issued once; the same terms again (a replay), and other terms with the used nonce.
        QVERIFY(m_grants->issue(*submitter, terms, sign(sharing, terms), bundle));
        QVERIFY(revertedWith(m_grants->issue(*submitter, terms, sign(sharing, terms), bundle),
                             QStringLiteral("NonceUsed(%1, 7)").arg(addressText(terms.patient))));
        GrantTerms again = terms;
        again.scopeHash = randomHash();
        QVERIFY(revertedWith(m_grants->issue(*submitter, again, sign(sharing, again), bundle),
                             QStringLiteral("NonceUsed(%1, 7)").arg(addressText(terms.patient))));
        again = termsFor(sharing, 600, {}, U256(8));
        QVERIFY(m_grants->issue(*submitter, again, sign(sharing, again), bundle));
    }

    void revokeAndAccessRefusals()
    {
        const crypto::PrivateKey sharing = crypto::PrivateKey::generate();
        auto submitter = m_f.fundedKey();
        auto clinician = m_f.licensedKey(Role::Clinician);
        QVERIFY(submitter && clinician);
        const crypto::Hash32 unknown = randomHash();
        QVERIFY(revertedWith(m_grants->revoke(*submitter, unknown), QStringLiteral("UnknownGrant(%1)").arg(hashText(unknown))));
        QVERIFY(revertedWith(m_grants->recordAccess(*clinician, unknown, randomHash()),
                             QStringLiteral("UnknownGrant(%1)").arg(hashText(unknown))));
        const GrantTerms terms = termsFor(sharing, 600);
        QVERIFY(m_grants->issue(*submitter, terms, sign(sharing, terms), m_bundle));
        // The submitter (or anyone but the sharing key) cannot revoke.
        QVERIFY(revertedWith(m_grants->revoke(*submitter, terms.grantId),
                             QStringLiteral("NotPatient(%1)").arg(addressText(addressOfKey(*submitter)))));
        QCOMPARE(m_grants->grantState(terms.grantId).value(), GrantState::Active);
    }

    void grantsDoNotReplayAcrossChainsOrContracts()
    {
        const crypto::PrivateKey sharing = crypto::PrivateKey::generate();
        auto submitter = m_f.fundedKey();
        QVERIFY(submitter);
        const GrantTerms terms = termsFor(sharing, 600, {}, U256(0));
        // Signed for another chain, or for another AccessGrants contract: worthless here.
        const crypto::Bytes otherChain = signGrant(sharing, m_f.config.chainId + 1, m_grants->address(), terms);
        QVERIFY(revertedWith(m_grants->issue(*submitter, terms, otherChain, m_bundle), QStringLiteral("BadSignature()")));
        crypto::Address elsewhere = m_grants->address();
        elsewhere[19] ^= 1;
        const crypto::Bytes otherContract = signGrant(sharing, m_f.config.chainId, elsewhere, terms);
        QVERIFY(revertedWith(m_grants->issue(*submitter, terms, otherContract, m_bundle), QStringLiteral("BadSignature()")));

        // A grant issued here, replayed byte for byte on a second AccessGrants deployment of the same chain.
        const crypto::Bytes signature = sign(sharing, terms);
        QVERIFY(m_grants->issue(*submitter, terms, signature, m_bundle));
        auto deployed = carnet::test::deploy(*m_f.client, *submitter, carnet::contracts::accessGrants::contract(),
                                             {m_f.registry->address()}, "(address)");
        QVERIFY(deployed);
        const auto receipt = m_f.client->waitForReceipt(*deployed);
        QVERIFY(receipt && receipt->contractAddress);
        AccessGrants second(*m_f.client, *receipt->contractAddress);
        QVERIFY(revertedWith(second.issue(*submitter, terms, signature, m_bundle), QStringLiteral("BadSignature()")));
        QCOMPARE(second.grantState(terms.grantId).value(), GrantState::None);
    }

    void constructorRefusesZeroRegistry()
    {
        auto deployer = m_f.fundedKey();
        QVERIFY(deployer);
        QVERIFY(revertedWith(carnet::test::deploy(*m_f.client, *deployer, carnet::contracts::accessGrants::contract(),
                                                  {crypto::Address{}}, "(address)"),
                             QStringLiteral("ZeroAddress()")));
    }
};

QTEST_GUILESS_MAIN(TestAccessGrants)
#include "tst_accessgrants.moc"
