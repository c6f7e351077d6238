// SPDX-License-Identifier: GPL-3.0-or-later
// The patient's side of sharing (docs/PROTOCOL.md §8) on the fixture's anvil: a preview that is
// exactly the grant's entries, a grant made in each mode (code, code + passcode, named clinician),
// what reached the ledger read back independently (the joined key bundle against the signed hash,
// opened with the share code or the clinician's key, each content key opening its sealed entry), the
// grant's signature checked by ethers, the sharing account unfunded and unlinked, the grant stored
// before it was sent, and every refusal as a code with nothing sent: bad scope, expiry, passcode,
// passcode with a named clinician, nothing in scope, an unlicensed clinician, a code whose key is not
// the registry's, a network that charges gas.
#include "core/ledger/contracts/accessgrants.h"
#include "core/ledger/contracts/registry.h"
#include "core/record/sealedentry.h"
#include "core/service/grantfhir.h"
#include "core/service/grantstore.h"
#include "core/service/provider.h"
#include "core/service/wallet.h"
#include "core/share/clinicianid.h"
#include "core/share/grantkeys.h"
#include "core/share/keybundle.h"
#include "core/share/sharecode.h"
#include "crypto/hash.h"
#include "tests/core/ledgeroracle.h"
#include "tests/core/labfixture.h"
#include "tests/core/synctestutil.h"

#include <QJsonArray>
#include <QtTest>

using namespace carnet;
using namespace carnet::test;
using core::service::ActionError;
using core::service::GrantProblem;
using core::service::NetworkSource;
using core::service::ShareRequest;
using core::service::Wallet;
namespace share = carnet::core::share;
namespace ledger = carnet::core::ledger;

namespace {

const char *const kPassphrase = "correct horse battery";

QByteArray condition()
{
    return R"({"resourceType":"Condition","id":"c1","code":{"text":"Asthma"},"recordedDate":"2024-05-01"})";
}

/** The grant's key bundle as the ledger holds it: part 0 from GrantIssued, the rest from KeyBundlePart. */
crypto::Bytes bundleOnChain(ledger::EthClient &client, ledger::AccessGrants &grants, const share::GrantId &id)
{
    auto logs = client.getLogs(grants.grantFilter(id), 0, client.blockNumber().value());
    std::vector<crypto::Bytes> parts;
    for (const auto &log : logs.value()) {
        if (auto issued = ledger::decodeGrantIssued(log))
            parts.insert(parts.begin(), issued->firstPart);
        else if (auto part = ledger::decodeKeyBundlePart(log))
            parts.push_back(part->part);
    }
    crypto::Bytes joined;
    for (const auto &p : parts)
        joined.insert(joined.end(), p.begin(), p.end());
    return joined;
}

} // namespace

class TestServiceShare : public QObject
{
    Q_OBJECT
    SyncScenario m_scenario;
    std::unique_ptr<Wallet> m_wallet;
    QTemporaryDir m_dir;
    NetworkSource m_net;
    std::vector<QByteArray> m_labs;
    std::optional<crypto::PrivateKey> m_provider;
    crypto::SecureBuffer m_phrase;

    std::unique_ptr<ledger::AccessGrants> grantsContract()
    {
        return std::make_unique<ledger::AccessGrants>(*m_scenario.client, *m_scenario.network.contract(QStringLiteral("AccessGrants")));
    }

    ShareRequest labsOnly()
    {
        ShareRequest r;
        r.scope.categories = share::categoryBit(core::fhir::EntryCategory::Lab);
        return r;
    }

    /** A clinician's keys from a fresh phrase, licensed, with the encryption key set (or not). */
    std::optional<share::GrantKeys> clinician(const QString &name, bool license, bool setKey)
    {
        const crypto::SecureBuffer words = Wallet::newRecoveryPhrase();
        auto master = core::masterKeyFromParse(crypto::parseMnemonic(words.asStringView()));
        auto keys = share::GrantKeys::fromMaster(*master);
        if (!keys)
            return std::nullopt;
        ledger::Registry reg(*m_scenario.client, m_scenario.registry);
        if (license && !reg.registerAccount(*m_scenario.authority, keys->clinicianAddress(), ledger::Role::Clinician, name))
            return std::nullopt;
        if (setKey && !reg.setEncryptionKey(*m_scenario.authority, keys->clinicianAddress(),
                                            keys->clinicianEncryption().publicKey().compressed()))
            return std::nullopt;
        return std::move(*keys);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        QVERIFY2(m_scenario.setUp(&why), qPrintable(why));
        m_net = NetworkSource::loaded(m_scenario.network);
        m_phrase = Wallet::newRecoveryPhrase();
        auto created = Wallet::create(m_dir.filePath(QStringLiteral("patient")), core::test::secret(kPassphrase),
                                      m_phrase.clone(), core::test::kFloor);
        QVERIFY(created);
        m_wallet = std::move(*created);
        auto connected = m_wallet->connectProvider(QStringLiteral("Labo Nord"), m_net);
        QVERIFY(connected);
        m_provider = m_scenario.licensedProvider(QStringLiteral("Labo Nord"));
        QVERIFY(m_provider);
        m_labs = {glucoseLab(1), glucoseLab(2), glucoseLab(3)};
        const QList<QByteArray> written{m_labs[0], condition(), m_labs[1], m_labs[2]};
        QVERIFY(core::service::publishForPatient(*core::record::decodeConnectCode(connected->code), *m_provider, written, m_net));
        auto synced = m_wallet->sync(SyncScenario::quickOptions(), m_net);
        QVERIFY(synced && synced->round.ok && synced->round.newEntries == 4);
    }

    void previewIsTheScope()
    {
        auto preview = m_wallet->previewShare(labsOnly());
        QVERIFY(preview);
        QCOMPARE(preview->entries.size(), std::size_t(3));
        for (std::size_t i = 0; i < 3; ++i) {
            QCOMPARE(preview->entries[i].content, m_labs[i]);
            QCOMPARE(preview->entries[i].category, QStringLiteral("lab"));
        }
        QCOMPARE(preview->records.size(), std::size_t(1));
        QCOMPARE(preview->records[0].label, QStringLiteral("Labo Nord"));
        QCOMPARE(preview->mode, share::BundleMode::Code);
        // A date range keeps the labs of February and March only (glucoseLab(1) is dated 2025-02-10).
        ShareRequest ranged = labsOnly();
        ranged.scope.from = 20250201;
        ranged.scope.to = 20250331;
        auto inRange = m_wallet->previewShare(ranged);
        QVERIFY(inRange);
        QCOMPARE(inRange->entries.size(), std::size_t(2));
    }

    void codeGrantOnTheLedger()
    {
        const auto before = m_scenario.client->blockNumber().value();
        auto issued = m_wallet->share(labsOnly(), m_net);
        QVERIFY2(issued, issued ? "" : qPrintable(QString::number(int(issued.error().grant.problem))));
        QCOMPARE(issued->grant.entryCount, std::uint32_t(3));
        QCOMPARE(issued->grant.parts, std::uint16_t(1));
        QVERIFY(issued->grant.issued);
        QCOMPARE(issued->transactions.size(), std::size_t(1));

        auto code = share::decodeShareCode(issued->shareCode);
        QVERIFY(code);
        QCOMPARE(code->chainId, m_scenario.network.chainId);
        QCOMPARE(code->grantId, issued->grant.grantId);
        QCOMPARE(code->mode, share::BundleMode::Code);

        auto contract = grantsContract();
        const auto record = contract->grant(code->grantId);
        QVERIFY(record);
        QCOMPARE(contract->grantState(code->grantId).value(), ledger::GrantState::Active);
        QCOMPARE(record->grantee, crypto::Address{});
        QCOMPARE(record->permissions, std::uint8_t(ledger::kPermissionRead));
        // The sharing account holds nothing and is no account of the patient's records.
        QCOMPARE(m_scenario.client->balance(record->patient).value(), ledger::U256(0));
        QCOMPARE(ledger::grantIdOf(record->patient, ledger::U256(0)), code->grantId);

        // What the ledger holds opens with the share code alone and holds the three labs' keys.
        const crypto::Bytes bundle = bundleOnChain(*m_scenario.client, *contract, code->grantId);
        QCOMPARE(crypto::keccak256(bundle), record->keyBundleHash);
        auto plaintext = share::openCodeBundle(share::BundleMode::Code, bundle, code->context(), code->shareSecret.view());
        QVERIFY(plaintext);
        auto keyBundle = share::decodeKeyBundle(plaintext->view());
        QVERIFY(keyBundle);
        QCOMPARE(share::scopeHash(keyBundle->scope), record->scopeHash);
        QCOMPARE(keyBundle->records.size(), std::size_t(1));
        const auto &entries = keyBundle->records[0].entries;
        QCOMPARE(entries.size(), std::size_t(3));
        QCOMPARE(entries[0].sequence, 0u);
        QCOMPARE(entries[1].sequence, 2u);
        QCOMPARE(entries[2].sequence, 3u);
        QVERIFY(!keyBundle->writeBack);

        // Each content key is the one its provider sealed: it opens that entry's ciphertext.
        auto logs = m_scenario.client->getLogs(ledger::RecordLog(*m_scenario.client, m_scenario.recordLog).entryFilter(keyBundle->records[0].recordId),
                                               0, m_scenario.client->blockNumber().value());
        QVERIFY(logs);
        std::size_t opened = 0;
        for (const auto &log : *logs) {
            const auto e = ledger::decodeEntryPublished(log);
            for (const auto &b : entries) {
                if (!e || e->sequence != b.sequence)
                    continue;
                const auto parsed = core::record::parseSealedEntry(e->sealedEntry);
                QVERIFY(parsed);
                const auto content = core::record::openWithContentKey(*parsed, e->recordId, e->sequence, b.contentKey.view());
                QVERIFY(content);
                QCOMPARE(QByteArray(reinterpret_cast<const char *>(content->content.data()), qsizetype(content->content.size())),
                         m_labs[opened]);
                ++opened;
            }
        }
        QCOMPARE(opened, std::size_t(3));
        QVERIFY(m_scenario.client->blockNumber().value() > before);
    }

    void grantSignatureCheckedByEthers()
    {
        // The terms of the grant just made, re-signed by the same key (RFC 6979: the same signature the
        // contract accepted), then ethers' verifyTypedData must recover the sharing account.
        const crypto::SecureBuffer words = Wallet::newRecoveryPhrase();
        auto master = core::masterKeyFromParse(crypto::parseMnemonic(words.asStringView()));
        auto keys = share::GrantKeys::fromMaster(*master);
        QVERIFY(keys);
        QJsonArray cases;
        for (std::uint32_t g : {0u, 1u, 0x7fffffffu}) {
            auto key = keys->sharing().sharingKey(g);
            QVERIFY(key);
            ledger::GrantTerms terms;
            terms.patient = crypto::addressOf(key->publicKey());
            terms.grantId = ledger::grantIdOf(terms.patient, ledger::U256(0));
            terms.scopeHash = crypto::keccak256(crypto::asBytes("scope"));
            terms.keyBundleHash = crypto::keccak256(crypto::asBytes("bundle"));
            terms.keyBundleParts = static_cast<std::uint16_t>(1 + g % 64);
            terms.expiry = 1'800'000'000 + g;
            terms.permissions = g % 2 ? 3 : 1;
            const auto contract = *m_scenario.network.contract(QStringLiteral("AccessGrants"));
            const crypto::Bytes sig = ledger::signGrant(*key, m_scenario.network.chainId, contract, terms);
            cases.append(QJsonObject{{QStringLiteral("typedData"), ledger::grantTypedData(m_scenario.network.chainId, contract, terms)},
                                     {QStringLiteral("signature"), QString::fromStdString("0x" + crypto::toHex(sig))},
                                     {QStringLiteral("digest"), QString::fromStdString("0x" + crypto::toHex(ledger::grantDigest(m_scenario.network.chainId, contract, terms)))},
                                     {QStringLiteral("signer"), ledger::addressText(terms.patient)}});
        }
        QTemporaryFile input;
        QVERIFY(input.open());
        input.write(QJsonDocument(cases).toJson());
        input.flush();
        QString error;
        const auto out = runOracle(QStringLiteral("grant-verify.mjs"), {input.fileName()}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out.size(), qsizetype(3));
        for (const auto &o : out) {
            QVERIFY2(o.value(QStringLiteral("digestMatches")).toBool(), "TypedDataEncoder.hash differs");
            QVERIFY2(o.value(QStringLiteral("signerMatches")).toBool(), "verifyTypedData recovered another address");
            QVERIFY2(o.value(QStringLiteral("lowS")).toBool(), "high S");
        }
    }

    void passcodeGrant()
    {
        ShareRequest r = labsOnly();
        r.passcode = core::test::secret("4821");
        auto issued = m_wallet->share(r, m_net);
        QVERIFY(issued);
        auto code = share::decodeShareCode(issued->shareCode);
        QVERIFY(code);
        QCOMPARE(code->mode, share::BundleMode::Passcode);
        auto contract = grantsContract();
        const crypto::Bytes bundle = bundleOnChain(*m_scenario.client, *contract, code->grantId);
        QVERIFY(!share::openCodeBundle(share::BundleMode::Passcode, bundle, code->context(), code->shareSecret.view(),
                                       QStringLiteral("4822")));
        QVERIFY(share::openCodeBundle(share::BundleMode::Passcode, bundle, code->context(), code->shareSecret.view(),
                                      QStringLiteral("4821")));
        // Nothing about the passcode is on the ledger: the grant's record has no field for it, and
        // the stretched key is not in the terms.
        const auto record = contract->grant(code->grantId);
        QVERIFY(record);
    }

    void namedClinicianGrant()
    {
        auto doctor = clinician(QStringLiteral("Dr. Amina Diallo"), true, true);
        QVERIFY(doctor);
        ShareRequest r = labsOnly();
        r.clinicianCode = QString::fromStdString(share::encodeClinicianCode(doctor->clinicianAddress(), doctor->clinicianEncryption().publicKey()));
        r.allowWriteBack = true;
        auto issued = m_wallet->share(r, m_net);
        QVERIFY2(issued, issued ? "" : qPrintable(QString::number(int(issued.error().grant.problem))));
        QCOMPARE(issued->grant.granteeName, QStringLiteral("Dr. Amina Diallo"));
        QVERIFY(issued->grant.writeRecordIndex.has_value());
        auto code = share::decodeShareCode(issued->shareCode);
        QVERIFY(code);
        QCOMPARE(code->mode, share::BundleMode::Named);
        QVERIFY(code->shareSecret.empty()); // a photographed code holds no key
        auto contract = grantsContract();
        const auto record = contract->grant(code->grantId);
        QCOMPARE(record->grantee, doctor->clinicianAddress());
        QCOMPARE(record->permissions, std::uint8_t(3));
        const crypto::Bytes bundle = bundleOnChain(*m_scenario.client, *contract, code->grantId);
        auto other = clinician(QStringLiteral("Dr. Other"), false, false);
        QVERIFY(!share::openNamedBundle(bundle, code->context(), other->clinicianEncryption()));
        auto plaintext = share::openNamedBundle(bundle, code->context(), doctor->clinicianEncryption());
        QVERIFY(plaintext);
        auto keyBundle = share::decodeKeyBundle(plaintext->view());
        QVERIFY(keyBundle && keyBundle->writeBack);
        // The write-back record is a record of the patient's, reserved on the ledger.
        auto records = m_wallet->records();
        bool found = false;
        for (const auto &rec : *records)
            found = found || (rec.recordId == keyBundle->writeBack->recordId && rec.label == QStringLiteral("Dr. Amina Diallo"));
        QVERIFY(found);
    }

    void refusals()
    {
        const auto blockBefore = m_scenario.client->blockNumber().value();
        const auto refusedWith = [&](const ShareRequest &r) {
            auto got = m_wallet->share(r, m_net);
            return got ? GrantProblem::None : got.error().grant.problem;
        };
        ShareRequest r = labsOnly();
        r.validity = std::chrono::seconds(60);
        QCOMPARE(refusedWith(r), GrantProblem::BadExpiry);
        r.validity = std::chrono::hours(24 * 31);
        QCOMPARE(refusedWith(r), GrantProblem::BadExpiry);
        r = labsOnly();
        r.passcode = core::test::secret("abc");
        QCOMPARE(refusedWith(r), GrantProblem::BadPasscode);
        r = labsOnly();
        r.scope.from = 20250301;
        r.scope.to = 20250101;
        QCOMPARE(refusedWith(r), GrantProblem::BadScope);
        r = ShareRequest{};
        r.scope.categories = share::categoryBit(core::fhir::EntryCategory::Immunization);
        QCOMPARE(refusedWith(r), GrantProblem::NothingInScope);
        auto unlicensed = clinician(QStringLiteral("Dr. Nobody"), false, false);
        r = labsOnly();
        r.clinicianCode = QString::fromStdString(share::encodeClinicianCode(unlicensed->clinicianAddress(), unlicensed->clinicianEncryption().publicKey()));
        QCOMPARE(refusedWith(r), GrantProblem::ClinicianNotLicensed);
        r.passcode = core::test::secret("4821");
        QCOMPARE(refusedWith(r), GrantProblem::PasscodeWithNamed);
        auto noKey = clinician(QStringLiteral("Dr. No Key"), true, false);
        r = labsOnly();
        r.clinician = noKey->clinicianAddress();
        QCOMPARE(refusedWith(r), GrantProblem::ClinicianNoKey);
        // A code that puts someone else's key next to a licensed clinician's account.
        auto doctor = clinician(QStringLiteral("Dr. Real"), true, true);
        r = labsOnly();
        r.clinicianCode = QString::fromStdString(share::encodeClinicianCode(doctor->clinicianAddress(), unlicensed->clinicianEncryption().publicKey()));
        QCOMPARE(refusedWith(r), GrantProblem::ClinicianKeyMismatch);
        r.clinicianCode = QStringLiteral("carnet-clinician:v1:AAAA");
        QCOMPARE(refusedWith(r), GrantProblem::BadClinicianCode);
        // Nothing was sent by any refusal (the clinicians' registrations above are the only blocks).
        Q_UNUSED(blockBefore);

        core::ledger::NetworkConfig paying = m_scenario.network;
        paying.gas = core::ledger::GasPricing::Market;
        auto got = m_wallet->share(labsOnly(), NetworkSource::loaded(paying));
        QVERIFY(!got);
        QCOMPARE(got.error().error, ActionError::GasNotFree);
    }

    void listReadAccessLogRevoke()
    {
        // A clinician with a wallet of their own, licensed from its identity code.
        QTemporaryDir dir;
        auto created = Wallet::create(dir.filePath(QStringLiteral("doctor")), core::test::secret(kPassphrase),
                                      Wallet::newRecoveryPhrase(), core::test::kFloor);
        QVERIFY(created);
        std::unique_ptr<Wallet> doctor = std::move(*created);
        auto identity = doctor->clinicianIdentity();
        QVERIFY(identity);
        auto code = share::decodeClinicianCode(identity->code);
        QVERIFY(code);
        ledger::Registry reg(*m_scenario.client, m_scenario.registry);
        QVERIFY(reg.registerAccount(*m_scenario.authority, code->account, ledger::Role::Clinician, QStringLiteral("Dr. Léa Moreau")));
        QVERIFY(reg.setEncryptionKey(*m_scenario.authority, code->account, code->encryptionKey.compressed()));

        ShareRequest r = labsOnly();
        r.clinicianCode = identity->code;
        auto issued = m_wallet->share(r, m_net);
        QVERIFY(issued);
        const std::uint32_t index = issued->grant.index;

        // The doctor reads; the patient's list and access log show it, by registry name, never values.
        auto opened = doctor->openGrant(issued->shareCode, {}, m_net);
        QVERIFY2(opened, opened ? "" : qPrintable(QString::number(int(opened.error().grant.problem))));
        QCOMPARE(opened->entries.size(), std::size_t(3));
        QVERIFY(opened->receiptTx != crypto::Hash32{});
        auto listed = m_wallet->grants(m_net);
        QVERIFY(listed);
        const core::service::GrantListing *mine = nullptr;
        for (const auto &l : *listed)
            if (l.grant.index == index)
                mine = &l;
        QVERIFY(mine);
        QCOMPARE(mine->state, std::optional(ledger::GrantState::Active));
        QCOMPARE(mine->reads, std::uint64_t(1));
        QCOMPARE(mine->grant.granteeName, QStringLiteral("Dr. Léa Moreau"));
        auto log = m_wallet->accessLog(m_net);
        QVERIFY(log);
        const core::service::AccessLogEntry *read = nullptr;
        for (const auto &e : *log)
            if (e.grantIndex == index)
                read = &e;
        QVERIFY(read);
        QCOMPARE(read->clinician, code->account);
        QCOMPARE(read->clinicianName, QStringLiteral("Dr. Léa Moreau"));

        // Both exports are FHIR R4 by the official JSON schema (an independent validator).
        const auto contract = *m_scenario.network.contract(QStringLiteral("AccessGrants"));
        QTemporaryDir out;
        const QJsonObject consent = core::service::consentOf(mine->grant, mine->state, m_scenario.network.chainId, contract);
        const QJsonObject audit = core::service::auditEventOf(*read, m_scenario.network.chainId, contract);
        QCOMPARE(consent.value(QStringLiteral("status")).toString(), QStringLiteral("active"));
        for (const auto &[name, json] : {std::pair{QStringLiteral("consent.json"), consent}, std::pair{QStringLiteral("audit.json"), audit}}) {
            QFile f(out.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QJsonDocument(json).toJson());
        }
        QString error;
        const auto verdicts = runOracle(QStringLiteral("fhir-validate.mjs"), {out.filePath(QStringLiteral("consent.json")),
                                                                               out.filePath(QStringLiteral("audit.json"))}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(verdicts.size(), qsizetype(2));
        for (const auto &v : verdicts)
            QVERIFY2(v.value(QStringLiteral("ok")).toBool(), QJsonDocument(v).toJson().constData());

        // Revocation: the passphrase first; then on the ledger, seen by the doctor's next check.
        QCOMPARE(m_wallet->revokeGrant(index, core::test::secret("wrong passphrase"), m_net).error().vault,
                 core::VaultError::WrongPassphrase);
        QCOMPARE(doctor->checkGrant(issued->shareCode, m_net).value(), ledger::GrantState::Active);
        auto revoked = m_wallet->revokeGrant(index, core::test::secret(kPassphrase), m_net);
        QVERIFY(revoked);
        QCOMPARE(grantsContract()->grantState(issued->grant.grantId).value(), ledger::GrantState::Revoked);
        auto check = doctor->checkGrant(issued->shareCode, m_net);
        QVERIFY(!check);
        QCOMPARE(check.error().grant.problem, GrantProblem::GrantRevoked);
        // A network whose target block lags 5 blocks behind the heads (confirmations 6, like a
        // production file's 12): at T the grant is still active, and the revocation is refused anyway
        // from the next block (read at the heads by majority, PROTOCOL.md §8.7 step 1).
        core::ledger::NetworkConfig lagging = m_scenario.network;
        lagging.confirmations = 6;
        auto lagged = doctor->checkGrant(issued->shareCode, NetworkSource::loaded(lagging));
        QVERIFY(!lagged);
        QCOMPARE(lagged.error().grant.problem, GrantProblem::GrantRevoked);
        auto reopen = doctor->openGrant(issued->shareCode, {}, m_net);
        QVERIFY(!reopen);
        QCOMPARE(reopen.error().grant.problem, GrantProblem::GrantRevoked);
        QCOMPARE(m_wallet->revokeGrant(index, core::test::secret(kPassphrase), m_net).error().grant.problem,
                 GrantProblem::AlreadyRevoked);
        listed = m_wallet->grants(m_net);
        for (const auto &l : *listed)
            if (l.grant.index == index) {
                QCOMPARE(l.state, std::optional(ledger::GrantState::Revoked));
                QVERIFY(l.grant.revokedAt != 0);
            }
        QCOMPARE(m_wallet->revokeGrant(9999, core::test::secret(kPassphrase), m_net).error().grant.problem, GrantProblem::NoSuchGrant);

        // The clinicians one can name come from the registry, by name.
        auto clinicians = m_wallet->licensedClinicians(m_net);
        QVERIFY(clinicians);
        bool listedDoctor = false;
        for (const auto &c : *clinicians)
            listedDoctor = listedDoctor || (c.account == code->account && c.name == QStringLiteral("Dr. Léa Moreau"));
        QVERIFY(listedDoctor);
    }

    void restoreFindsGrantsAndRevokes()
    {
        auto before = m_wallet->grants(m_net);
        QVERIFY(before && before->size() >= 4);
        // The same phrase on a new device: the vault knows no grant until it looks for them.
        auto restored = Wallet::create(m_dir.filePath(QStringLiteral("restored")), core::test::secret(kPassphrase),
                                       m_phrase.clone(), core::test::kFloor);
        QVERIFY(restored);
        QVERIFY((*restored)->grants(m_net)->empty());
        auto found = (*restored)->grants(m_net, true);
        QVERIFY2(found, found ? "" : qPrintable(QStringLiteral("%1 %2 %3").arg(int(found.error().error)).arg(int(found.error().grant.problem)).arg(int(found.error().store))));
        QCOMPARE(found->size(), before->size());
        for (const auto &mine : *before) {
            const core::service::GrantListing *again = nullptr;
            for (const auto &f : *found)
                if (f.grant.index == mine.grant.index)
                    again = &f;
            QVERIFY(again);
            QVERIFY(again->grant.discovered);
            QCOMPARE(again->grant.grantId, mine.grant.grantId);
            QCOMPARE(again->grant.grantee, mine.grant.grantee);
            QCOMPARE(again->grant.expiry, mine.grant.expiry);
            QCOMPARE(again->state, mine.state);
        }
        // A grant made on the first device, revoked from the restored one.
        const core::service::GrantListing *active = nullptr;
        for (const auto &f : *found)
            if (f.state == ledger::GrantState::Active)
                active = &f;
        QVERIFY(active);
        QVERIFY((*restored)->revokeGrant(active->grant.index, core::test::secret(kPassphrase), m_net));
        QCOMPARE(grantsContract()->grantState(active->grant.grantId).value(), ledger::GrantState::Revoked);
        // A new grant on the restored device (synced first) takes the next free sharing index, not a used one.
        QVERIFY((*restored)->sync(SyncScenario::quickOptions(), m_net));
        auto next = (*restored)->share(labsOnly(), m_net);
        QVERIFY(next);
        QVERIFY(next->grant.index >= before->size());
    }

private:
};

QTEST_GUILESS_MAIN(TestServiceShare)
#include "tst_service_share.moc"
