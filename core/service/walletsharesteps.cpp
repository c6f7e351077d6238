// SPDX-License-Identifier: GPL-3.0-or-later
// The steps of making a grant (core/service/share_p.h): content keys from the nodes, a free sharing
// index, the sealed bundle, and the transactions.
#include "core/ledger/contracts/recordlog.h"
#include "core/record/sealedentry.h"
#include "core/service/share_p.h"
#include "core/share/sealedbundle.h"
#include "crypto/hash.h"
#include "crypto/random.h"

#include <QThread>

#include <map>

namespace carnet::core::service::detail {

namespace {

ActionFailure problem(GrantProblem p, std::uint64_t count = 0)
{
    ActionFailure f = grantFailure(p);
    f.grant.count = count;
    return f;
}

/** One client per configured node (each asked on its own). */
std::vector<std::unique_ptr<ledger::EthClient>> clientsOf(const ledger::NetworkConfig &network)
{
    std::vector<std::unique_ptr<ledger::EthClient>> out;
    for (const QUrl &url : network.nodes)
        out.push_back(std::make_unique<ledger::EthClient>(network.chainId, QList<QUrl>{url}, transactionOptions(), network.gas));
    return out;
}

bool isMajority(int votes, std::size_t nodes)
{
    return votes > static_cast<int>(nodes / 2);
}

} // namespace

QString utf8Text(const crypto::SecureBuffer &text)
{
    return QString::fromUtf8(text.asStringView().data(), static_cast<qsizetype>(text.size()));
}

ActionResult<std::vector<share::BundleRecord>> fetchContentKeys(const ledger::NetworkConfig &network,
                                                                 const crypto::Address &recordLog,
                                                                 const record::RecordKeyring &keyring,
                                                                 const std::vector<sync::StoredRecord> &records,
                                                                 const std::vector<sync::StoredEntry> &selected)
{
    // What is wanted, per record: sequence → the sealed hash the vault verified, and the block range.
    struct Wanted
    {
        const sync::StoredRecord *record = nullptr;
        std::map<std::uint64_t, crypto::Hash32> hashes;
        std::map<std::uint64_t, crypto::SecureBuffer> keys;
        std::uint64_t fromBlock = UINT64_MAX, toBlock = 0;
    };
    std::map<crypto::Hash32, Wanted> wanted;
    for (const sync::StoredEntry &e : selected) {
        Wanted &w = wanted[e.recordId];
        if (!w.record)
            for (const sync::StoredRecord &r : records)
                if (r.recordId == e.recordId)
                    w.record = &r;
        if (!w.record)
            return fail(storeFailure(sync::StoreError::UnknownRecord));
        w.hashes[e.sequence] = e.sealedHash;
        w.fromBlock = std::min(w.fromBlock, e.blockNumber);
        w.toBlock = std::max(w.toBlock, e.blockNumber);
    }
    std::size_t missing = selected.size();
    auto clients = clientsOf(network);
    for (auto &[recordId, w] : wanted) {
        auto recordKey = keyring.recordKey(w.record->index);
        if (!recordKey)
            return fail(vaultFailure(VaultError::Damaged));
        const ledger::LogFilter filter = ledger::RecordLog(*clients.front(), recordLog).entryFilter(recordId);
        for (auto &client : clients) {
            if (w.keys.size() == w.hashes.size())
                break;
            auto read = client->forEachLogWindow(filter, w.fromBlock, w.toBlock, [&](std::vector<ledger::LogEntry> &&logs) {
                for (const ledger::LogEntry &log : logs) {
                    const auto entry = ledger::decodeEntryPublished(log);
                    if (!entry || entry->recordId != recordId)
                        continue;
                    const auto hash = w.hashes.find(entry->sequence);
                    if (hash == w.hashes.end() || w.keys.count(entry->sequence)
                        || crypto::keccak256(entry->sealedEntry) != hash->second)
                        continue;
                    const auto parsed = record::parseSealedEntry(entry->sealedEntry);
                    if (!parsed)
                        continue;
                    if (auto key = record::unwrapContentKey(*parsed, recordId, entry->sequence, *recordKey))
                        w.keys.emplace(entry->sequence, std::move(*key));
                }
                return w.keys.size() < w.hashes.size();
            });
            (void)read; // a node that fails or withholds: the next one is asked
        }
        missing -= w.keys.size();
    }
    if (missing != 0)
        return fail(problem(GrantProblem::KeysUnavailable, missing));

    std::vector<share::BundleRecord> out;
    for (auto &[recordId, w] : wanted) {
        share::BundleRecord r;
        r.recordId = recordId;
        auto author = keyring.patientAddress(w.record->index);
        if (!author)
            return fail(vaultFailure(VaultError::Damaged));
        r.patientAuthor = *author;
        for (auto &[sequence, key] : w.keys)
            r.entries.push_back(share::BundleEntry{static_cast<std::uint32_t>(sequence), std::move(key)});
        out.push_back(std::move(r));
    }
    return out; // std::map keeps record ids and sequences sorted, as the bundle requires
}

ActionResult<std::uint32_t> freeGrantIndex(const ledger::NetworkConfig &network, const crypto::Address &accessGrants,
                                           GrantStore &grants, const share::SharingKeyring &sharing)
{
    auto next = grants.nextGrantIndex();
    if (!next)
        return fail(storeFailure(next.error()));
    auto clients = clientsOf(network);
    for (std::uint32_t g = *next, skipped = 0; skipped <= 100; ++g, ++skipped) {
        auto address = sharing.sharingAddress(g);
        if (!address)
            return fail(vaultFailure(VaultError::Damaged));
        int answered = 0, used = 0;
        ledger::RpcError last;
        for (auto &client : clients) {
            auto head = client->blockNumber();
            if (!head) {
                last = head.error();
                continue;
            }
            auto isUsed = ledger::AccessGrants(*client, accessGrants).nonceUsed(*address, ledger::U256(0), ledger::BlockTag(*head));
            if (!isUsed) {
                last = isUsed.error();
                continue;
            }
            ++answered;
            used += *isUsed ? 1 : 0;
        }
        if (isMajority(used, clients.size())) {
            if (auto taken = grants.reserveGrantIndex(g + 1); !taken)
                return fail(storeFailure(taken.error()));
            continue; // another device of this phrase, or this wallet before a restore, used it
        }
        if (isMajority(answered - used, clients.size()))
            return g;
        ActionFailure f = isMajority(answered, clients.size()) ? problem(GrantProblem::CantVerify)
                                                                : actionFailure(ActionError::Unreachable);
        f.rpc = last;
        return fail(f);
    }
    return fail(problem(GrantProblem::CantVerify));
}

ActionResult<SealedGrantBundle> sealBundle(const share::KeyBundle &bundle, share::BundleMode mode,
                                           const share::BundleContext &context, const crypto::SecureBuffer &passcode,
                                           const Grantee &grantee)
{
    auto plaintext = share::encodeKeyBundle(bundle);
    if (!plaintext) {
        ActionFailure f = problem(GrantProblem::BundleDamaged);
        f.grant.keyBundle = plaintext.error();
        return fail(f);
    }
    SealedGrantBundle out;
    Result<crypto::Bytes, share::BundleError> sealed = fail(share::BundleError::TooLarge);
    if (mode == share::BundleMode::Named) {
        if (!grantee.key)
            return fail(problem(GrantProblem::ClinicianNoKey));
        sealed = share::sealNamedBundle(plaintext->view(), context, *grantee.key);
    } else {
        out.shareSecret = crypto::SecureBuffer(share::kShareSecretSize);
        crypto::randomFill(std::span<std::uint8_t>(out.shareSecret.data(), out.shareSecret.size()));
        sealed = share::sealCodeBundle(mode, plaintext->view(), context, out.shareSecret.view(), utf8Text(passcode));
    }
    if (!sealed) {
        ActionFailure f = problem(sealed.error() == share::BundleError::BadPasscode ? GrantProblem::BadPasscode
                                                                                     : GrantProblem::TooManyEntries);
        f.grant.bundle = sealed.error();
        return fail(f);
    }
    out.bundle = std::move(*sealed);
    return out;
}

ActionResult<SentGrant> sendGrant(const ledger::NetworkConfig &network, const crypto::Address &accessGrants,
                                  const crypto::PrivateKey &sharingKey, const ledger::GrantTerms &terms,
                                  const crypto::Bytes &signature, const std::vector<crypto::Bytes> &parts,
                                  std::uint16_t partsSent, GrantStore &grants, std::uint32_t index)
{
    ledger::EthClient sender(network, transactionOptions());
    ledger::AccessGrants contract(sender, accessGrants);
    const int confirmations = std::max(network.confirmations, 1);
    SentGrant out;
    for (std::uint16_t i = partsSent; i < parts.size(); ++i) {
        auto receipt = i == 0 ? contract.issue(sharingKey, terms, signature, parts[0], confirmations)
                              : contract.addKeyBundlePart(sharingKey, terms.grantId, i, parts[i], confirmations);
        if (!receipt)
            return fail(rpcFailure(GrantProblem::IssueRefused, receipt.error()));
        out.transactions.push_back(receipt->transactionHash);
        out.gasUsed += receipt->gasUsed;
        if (auto saved = grants.setPartsSent(index, static_cast<std::uint16_t>(i + 1)); !saved)
            return fail(storeFailure(saved.error()));
    }
    // The nodes decide, not the node the transactions went through.
    auto clients = clientsOf(network);
    for (int attempt = 0; attempt < 50; ++attempt) {
        int active = 0;
        for (auto &client : clients) {
            auto state = ledger::AccessGrants(*client, accessGrants).grantState(terms.grantId);
            active += state && *state == ledger::GrantState::Active ? 1 : 0;
        }
        if (isMajority(active, clients.size()))
            return out;
        QThread::msleep(200);
    }
    return fail(problem(GrantProblem::CantVerify));
}

} // namespace carnet::core::service::detail
