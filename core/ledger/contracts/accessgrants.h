// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* AccessGrants through typed calls (ledger/contracts/AccessGrants.sol, docs/CONTRACTS.md): the
 * patient's EIP-712 grant (built and signed here, checked by the contract), its revocation, the
 * clinicians' access receipts, the views at any block, and strict decoding of the three events. */
#include "core/ledger/contracts/contractcall.h"

#include <QJsonObject>

namespace carnet::core::ledger {

/** AccessGrants.PERMISSION_READ / PERMISSION_WRITE. */
inline constexpr std::uint8_t kPermissionRead = 1;
inline constexpr std::uint8_t kPermissionWrite = 2;

/** The terms the patient's sharing key signs (AccessGrants.GrantTerms, docs/PROTOCOL.md §8.2). */
struct GrantTerms
{
    crypto::Hash32 grantId{};       // grantIdOf(patient, nonce)
    crypto::Address patient{};      // the sharing account that signs and alone may add parts and revoke
    crypto::Hash32 scopeHash{};
    crypto::Hash32 keyBundleHash{}; // keccak of the whole encrypted key bundle
    std::uint16_t keyBundleParts = 1;
    std::uint64_t expiry = 0;       // unix seconds
    crypto::Address grantee{};      // zero: any licensed clinician holding the code
    std::uint8_t permissions = kPermissionRead;
    U256 nonce;
};

enum class GrantState : std::uint8_t { None = 0, Active = 1, Revoked = 2, Expired = 3, Incomplete = 4 };

/** What the contract keeps of a grant (AccessGrants.grant). */
struct GrantRecord
{
    crypto::Address patient{};
    crypto::Address grantee{};
    crypto::Hash32 scopeHash{};
    crypto::Hash32 keyBundleHash{};
    std::uint16_t keyBundleParts = 0;
    std::uint16_t partsReceived = 0;
    std::uint8_t permissions = 0;
    std::uint64_t expiry = 0;
    std::uint64_t issuedAt = 0;
    std::uint64_t revokedAt = 0; // 0 while not revoked
    friend bool operator==(const GrantRecord &, const GrantRecord &) = default;
};

struct GrantIssued
{
    crypto::Hash32 grantId{};
    crypto::Address patient{};
    crypto::Address grantee{};
    crypto::Hash32 scopeHash{};
    crypto::Hash32 keyBundleHash{};
    std::uint16_t keyBundleParts = 0;
    std::uint64_t expiry = 0;
    std::uint8_t permissions = 0;
    crypto::Bytes firstPart; // part 0 of the encrypted key bundle
    LogOrigin origin;
};

struct KeyBundlePart
{
    crypto::Hash32 grantId{};
    std::uint16_t index = 0; // 1 or more
    crypto::Bytes part;
    LogOrigin origin;
};

struct GrantRevoked
{
    crypto::Hash32 grantId{};
    crypto::Address patient{};
    std::uint64_t revokedAt = 0;
    LogOrigin origin;
};

struct AccessRecorded
{
    crypto::Hash32 grantId{};
    crypto::Address clinician{};
    crypto::Hash32 receiptHash{};
    std::uint64_t accessedAt = 0;
    LogOrigin origin;
};

// Strict event decoders: nullopt for a log of another event or a malformed one (topic count,
// topic0, ABI decoding of topics and data). The log's address is not checked.
std::optional<GrantIssued> decodeGrantIssued(const LogEntry &log);
std::optional<KeyBundlePart> decodeKeyBundlePart(const LogEntry &log);
std::optional<GrantRevoked> decodeGrantRevoked(const LogEntry &log);
std::optional<AccessRecorded> decodeAccessRecorded(const LogEntry &log);

/** keccak("carnet/grant-id/v1" ‖ patient ‖ uint256(nonce)): the only grant id `patient` may issue
 *  with `nonce` (AccessGrants.grantIdOf). */
crypto::Hash32 grantIdOf(const crypto::Address &patient, const U256 &nonce);

/** The eth_signTypedData_v4 JSON of `terms` for the AccessGrants contract at `verifyingContract`
 *  on chain `chainId` (domain "Carnet Access Grants", version "2"). */
QJsonObject grantTypedData(std::uint64_t chainId, const crypto::Address &verifyingContract, const GrantTerms &terms);
/** The EIP-712 digest of grantTypedData (what the contract's grantDigest returns). */
crypto::Hash32 grantDigest(std::uint64_t chainId, const crypto::Address &verifyingContract, const GrantTerms &terms);
/** The 65-byte r ‖ s ‖ v signature of the grant by `sharingKey` (low-S, v = 27/28). */
crypto::Bytes signGrant(const crypto::PrivateKey &sharingKey, std::uint64_t chainId, const crypto::Address &verifyingContract,
                        const GrantTerms &terms);

class AccessGrants
{
public:
    AccessGrants(EthClient &client, const crypto::Address &address)
        : m_contract(client, contracts::accessGrants::contract(), address)
    { }
    const crypto::Address &address() const { return m_contract.address(); }

    /** issue(terms, signature, part 0 of the bundle), sent by `submitter` (anyone; gas is theirs). */
    Result<Receipt, RpcError> issue(const crypto::PrivateKey &submitter, const GrantTerms &terms,
                                    crypto::ByteView patientSignature, crypto::ByteView firstPart,
                                    int confirmations = 1);
    /** addKeyBundlePart(grantId, index, part), sent by the grant's sharing key, parts in order. */
    Result<Receipt, RpcError> addKeyBundlePart(const crypto::PrivateKey &patient, const crypto::Hash32 &grantId,
                                               std::uint16_t index, crypto::ByteView part, int confirmations = 1);
    /** revoke(grantId), sent by the grant's sharing key. */
    Result<Receipt, RpcError> revoke(const crypto::PrivateKey &patient, const crypto::Hash32 &grantId, int confirmations = 1);
    /** recordAccess(grantId, receiptHash), sent by a licensed clinician. */
    Result<Receipt, RpcError> recordAccess(const crypto::PrivateKey &clinician, const crypto::Hash32 &grantId,
                                           const crypto::Hash32 &receiptHash, int confirmations = 1);

    Result<GrantState, RpcError> grantState(const crypto::Hash32 &grantId, const BlockTag &block = {});
    /** Reverted UnknownGrant for a grant never issued. */
    Result<GrantRecord, RpcError> grant(const crypto::Hash32 &grantId, const BlockTag &block = {});
    Result<std::uint64_t, RpcError> accessCount(const crypto::Hash32 &grantId, const BlockTag &block = {});
    Result<bool, RpcError> nonceUsed(const crypto::Address &patient, const U256 &nonce, const BlockTag &block = {});
    /** The contract's own EIP-712 digest of `terms`. */
    Result<crypto::Hash32, RpcError> grantDigest(const GrantTerms &terms, const BlockTag &block = {});
    Result<crypto::Hash32, RpcError> domainSeparator(const BlockTag &block = {});
    /** MAX_VALIDITY in seconds. */
    Result<std::uint64_t, RpcError> maxValidity(const BlockTag &block = {});
    Result<std::uint64_t, RpcError> maxPartBytes(const BlockTag &block = {});
    Result<std::uint64_t, RpcError> maxParts(const BlockTag &block = {});
    /** The contract's own grantIdOf. */
    Result<crypto::Hash32, RpcError> grantIdOf(const crypto::Address &patient, const U256 &nonce, const BlockTag &block = {});
    Result<crypto::Address, RpcError> registry(const BlockTag &block = {});

    /** eth_getLogs filter for every event of this contract about one grant (issued, parts, revoked, accesses). */
    LogFilter grantFilter(const crypto::Hash32 &grantId) const;

private:
    ContractClient m_contract;
};

} // namespace carnet::core::ledger
