// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Grants for the clinician's tests, built the way a patient's wallet builds them (docs/PROTOCOL.md
// §8.2–8.6) from core/share and ledger::AccessGrants: the content keys of published entries taken from
// their sealed bytes with the record key, the bundle sealed for its mode, issued by its sharing key
// with zero fees, its parts sent, and its share code. Also a clinician wallet, licensed.
#include "core/ledger/contracts/accessgrants.h"
#include "core/service/wallet.h"
#include "core/share/clinicianid.h"
#include "core/share/keybundle.h"
#include "core/share/sharecode.h"
#include "crypto/hash.h"
#include "crypto/random.h"
#include "tests/core/synctestutil.h"

namespace carnet::test {

using core::Result;
using core::fail;

struct TestGrantRequest
{
    /** Entries as (record index in the scenario's keyring, record id, sequence). */
    struct Entry
    {
        std::uint32_t index = 0;
        crypto::Hash32 recordId{};
        std::uint64_t sequence = 0;
    };
    std::vector<Entry> entries;
    core::share::BundleMode mode = core::share::BundleMode::Code;
    QString passcode;                                ///< mode 2
    std::optional<crypto::PublicKey> clinicianKey;   ///< mode 3: K.pub
    crypto::Address grantee{};
    std::uint64_t validity = 3600;                   ///< seconds of chain time
    std::optional<core::record::ConnectCode> writeBack;
    bool sendAllParts = true;
    /** Padding entries' worth of scope (to make a bundle of several parts): extra single entries. */
    std::size_t padScope = 0;
};

struct TestGrant
{
    QString code;
    core::share::GrantId grantId{};
    std::optional<crypto::PrivateKey> sharing;
    core::ledger::GrantTerms terms;
    std::size_t parts = 0;
};

/** The chain's latest block time. */
inline std::uint64_t chainNow(core::ledger::EthClient &client)
{
    const auto answer = client.request(QStringLiteral("eth_getBlockByNumber"), {QStringLiteral("latest"), false});
    const auto t = core::ledger::quantityOf(answer.result.toObject().value(QLatin1String("timestamp")));
    return t && t->toUint64() ? *t->toUint64() : 0;
}

/** The content key of entry (recordId, sequence) of scenario `s`, from its sealed bytes on the node. */
inline std::optional<crypto::SecureBuffer> contentKeyOf(SyncScenario &s, std::uint32_t index, const crypto::Hash32 &recordId,
                                                        std::uint64_t sequence)
{
    core::ledger::RecordLog log(*s.client, s.recordLog);
    auto logs = s.client->getLogs(log.entryFilter(recordId), 0, *s.client->blockNumber());
    if (!logs)
        return std::nullopt;
    for (const auto &raw : *logs) {
        auto e = core::ledger::decodeEntryPublished(raw);
        if (!e || e->sequence != sequence)
            continue;
        auto parsed = core::record::parseSealedEntry(e->sealedEntry);
        auto key = s.keyring->recordKey(index);
        if (!parsed || !key)
            return std::nullopt;
        crypto::Bytes context(core::record::kEntryKeyTag.begin(), core::record::kEntryKeyTag.end());
        context.insert(context.end(), recordId.begin(), recordId.end());
        for (int shift = 56; shift >= 0; shift -= 8)
            context.push_back(static_cast<std::uint8_t>(sequence >> shift));
        auto opened = crypto::eciesOpen(*key, parsed->wrappedKey, context);
        if (!opened)
            return std::nullopt;
        return std::move(*opened);
    }
    return std::nullopt;
}

/** Builds, issues and (unless told not to) completes a grant; the error on failure in `why`. */
inline std::optional<TestGrant> issueGrant(SyncScenario &s, const TestGrantRequest &request, QString *why)
{
    namespace share = core::share;
    using namespace core::ledger;
    const auto grants = s.network.contract(QStringLiteral("AccessGrants"));
    if (!grants) {
        *why = QStringLiteral("no AccessGrants");
        return std::nullopt;
    }
    TestGrant g;
    g.sharing.emplace(crypto::PrivateKey::generate());
    const crypto::Address patient = crypto::addressOf(g.sharing->publicKey());
    g.grantId = share::grantIdOf(patient, 0);
    share::GrantScope scope;
    share::KeyBundle bundle;
    bundle.grantId = g.grantId;
    for (const auto &e : request.entries) {
        scope.entries.push_back({e.recordId, static_cast<std::uint32_t>(e.sequence)});
        auto key = contentKeyOf(s, e.index, e.recordId, e.sequence);
        if (!key) {
            *why = QStringLiteral("no content key for entry %1").arg(e.sequence);
            return std::nullopt;
        }
        auto it = std::find_if(bundle.records.begin(), bundle.records.end(), [&](const auto &r) { return r.recordId == e.recordId; });
        if (it == bundle.records.end()) {
            bundle.records.push_back({e.recordId, *s.keyring->patientAddress(e.index), {}});
            it = bundle.records.end() - 1;
        }
        it->entries.push_back({static_cast<std::uint32_t>(e.sequence), std::move(*key)});
    }
    for (std::size_t i = 0; i < request.padScope; ++i) {
        crypto::Hash32 id{};
        id[0] = 0xFF;
        id[1] = static_cast<std::uint8_t>(i >> 8);
        id[2] = static_cast<std::uint8_t>(i);
        scope.entries.push_back({id, 0});
    }
    std::sort(bundle.records.begin(), bundle.records.end(), [](const auto &a, const auto &b) { return a.recordId < b.recordId; });
    auto scopeBytes = share::encodeScope(scope);
    if (!scopeBytes) {
        *why = QStringLiteral("scope: %1").arg(QLatin1String(share::describe(scopeBytes.error())));
        return std::nullopt;
    }
    bundle.scope = *scopeBytes;
    if (request.writeBack)
        bundle.writeBack = share::WriteBack{request.writeBack->recordId, request.writeBack->recordKey};
    auto plain = share::encodeKeyBundle(bundle);
    if (!plain) {
        *why = QStringLiteral("bundle: %1").arg(QLatin1String(share::describe(plain.error())));
        return std::nullopt;
    }
    const share::BundleContext context{s.network.chainId, *grants, g.grantId};
    crypto::SecureBuffer secret;
    Result<crypto::Bytes, share::BundleError> sealed = fail(share::BundleError::Damaged);
    if (request.mode == share::BundleMode::Named) {
        sealed = share::sealNamedBundle(plain->view(), context, *request.clinicianKey);
    } else {
        secret = crypto::randomSecret(share::kShareSecretSize);
        sealed = share::sealCodeBundle(request.mode, plain->view(), context, secret.view(), request.passcode);
    }
    auto parts = sealed ? share::splitParts(*sealed) : Result<std::vector<crypto::Bytes>, share::BundleError>(fail(sealed.error()));
    if (!parts) {
        *why = QStringLiteral("seal: %1").arg(QLatin1String(share::describe(parts.error())));
        return std::nullopt;
    }
    g.parts = parts->size();
    GrantTerms &t = g.terms;
    t.grantId = g.grantId;
    t.patient = patient;
    t.scopeHash = share::scopeHash(*scopeBytes);
    t.keyBundleHash = crypto::keccak256(*sealed);
    t.keyBundleParts = static_cast<std::uint16_t>(parts->size());
    t.expiry = chainNow(*s.client) + request.validity;
    t.grantee = request.grantee;
    t.permissions = kPermissionRead | (request.writeBack ? kPermissionWrite : 0);
    t.nonce = U256(0);
    AccessGrants contract(*s.client, *grants);
    auto issued = contract.issue(*g.sharing, t, signGrant(*g.sharing, s.network.chainId, *grants, t), parts->front());
    if (!issued) {
        *why = QStringLiteral("issue: ") + issued.error().toString();
        return std::nullopt;
    }
    for (std::size_t i = 1; request.sendAllParts && i < parts->size(); ++i) {
        if (auto sent = contract.addKeyBundlePart(*g.sharing, g.grantId, static_cast<std::uint16_t>(i), (*parts)[i]); !sent) {
            *why = QStringLiteral("part: ") + sent.error().toString();
            return std::nullopt;
        }
    }
    const auto code = share::encodeShareCode(share::ShareCode{s.network.chainId, *grants, g.grantId, request.mode, std::move(secret)});
    g.code = QString::fromLatin1(reinterpret_cast<const char *>(code.data()), static_cast<qsizetype>(code.size()));
    return g;
}

/** A clinician's wallet (its own phrase) in `dir`, licensed as a clinician with its encryption key
 *  in the registry unless `license` is false. */
inline std::unique_ptr<core::service::Wallet> clinicianWallet(SyncScenario &s, const QString &dir, bool license = true,
                                                              const QString &name = QStringLiteral("Dr. Grant"))
{
    auto created = core::service::Wallet::create(dir, core::test::secret("correct horse battery"), crypto::generateMnemonic(),
                                                 core::test::kFloor);
    if (!created)
        return nullptr;
    auto id = (*created)->clinicianIdentity();
    auto decoded = id ? core::share::decodeClinicianCode(id->code) : Result<core::share::ClinicianId, core::share::ClinicianCodeError>(
                                                                         fail(core::share::ClinicianCodeError::WrongPrefix));
    if (!decoded)
        return nullptr;
    if (license) {
        core::ledger::Registry reg(*s.client, s.registry);
        if (!reg.registerAccount(*s.authority, decoded->account, core::ledger::Role::Clinician, name))
            return nullptr;
        const auto key = decoded->encryptionKey.compressed();
        if (!reg.setEncryptionKey(*s.authority, decoded->account, key))
            return nullptr;
    }
    return std::move(*created);
}

} // namespace carnet::test
