// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Typed bindings over the ABI codec and the generated carnet_contracts constants: CarnetRegistry
 * calls and transactions, and revert decoding for every Carnet contract (docs/LEDGER-NETWORK.md).
 *
 * Functions are encoded from the signatures solc produced (looked up by their generated selector),
 * never from hand-written strings. A revert's data is decoded by its selector against the errors of
 * all four contracts, Error(string) and Panic(uint256); the name ends up in RpcError::message,
 * e.g. "NotAuthority(0x1234…)". */
#include "core/ledger/abi.h"
#include "core/ledger/ethclient.h"
#include "ledger/contracts_generated.h"

namespace carnet::core::ledger {

enum class Role : std::uint8_t { Provider = 1, Clinician = 2, Researcher = 3 };

std::optional<Role> roleFromName(const QString &name); // "provider", "clinician", "researcher"
QString roleName(Role role);
inline constexpr Role kAllRoles[] = {Role::Provider, Role::Clinician, Role::Researcher};

struct DecodedRevert
{
    QString name;        // "NotAuthority", "Error", "Panic"; empty when unknown
    QString description; // "NotAuthority(0xAbC…)", "Error(\"reason\")", or "unknown revert data 0x…"
};

DecodedRevert decodeRevert(const QByteArray &data);
/** For a Reverted error: replaces the message with the decoded revert (keeps everything else). */
RpcError withDecodedRevert(RpcError error);

class BlockTag; // contractcall.h (which includes this header): the block a view reads state at

struct LicenceInterval
{
    std::uint64_t registeredAt = 0;
    std::uint64_t revokedAt = 0; // 0 while in force
};

class Registry
{
public:
    Registry(EthClient &client, const crypto::Address &address) : m_client(client), m_address(address) {}
    const crypto::Address &address() const { return m_address; }

    Result<Receipt, RpcError> registerAccount(const crypto::PrivateKey &authority, const crypto::Address &account,
                                              Role role, const QString &name, int confirmations = 1);
    Result<Receipt, RpcError> revoke(const crypto::PrivateKey &authority, const crypto::Address &account, Role role,
                                     int confirmations = 1);
    /** setEncryptionKey(account, key): the 33-byte compressed key patients seal grants to. */
    Result<Receipt, RpcError> setEncryptionKey(const crypto::PrivateKey &authority, const crypto::Address &account,
                                               crypto::ByteView compressedKey, int confirmations = 1);

    /** Licence intervals one account may have per role before intervals() refuses the answer: a
     *  registry that claims more (a lying node, or an authority gone mad) is not followed call after
     *  call. Each register/revoke pair makes one interval; 64 is far above any real history. */
    static constexpr std::uint64_t kMaxLicenceIntervals = 64;

    Result<crypto::Address, RpcError> authority();
    // Each view reads the latest state, or the state at `at` (a BlockTag of contractcall.h: the sync
    // reads the registry at its target block). Two overloads rather than a default argument, because
    // BlockTag is only declared here.
    Result<bool, RpcError> isLicensed(const crypto::Address &account, Role role);
    Result<bool, RpcError> isLicensed(const crypto::Address &account, Role role, const BlockTag &at);
    /** The contract's isLicensedAt(account, role, block): was the licence in force at `block`? */
    Result<bool, RpcError> isLicensedAt(const crypto::Address &account, Role role, std::uint64_t block);
    Result<bool, RpcError> isLicensedAt(const crypto::Address &account, Role role, std::uint64_t block, const BlockTag &at);
    Result<QString, RpcError> nameOf(const crypto::Address &account);
    Result<QString, RpcError> nameOf(const crypto::Address &account, const BlockTag &at);
    /** encryptionKeyOf(account): the bytes the authority set, empty when none (not checked here). */
    Result<crypto::Bytes, RpcError> encryptionKeyOf(const crypto::Address &account, const BlockTag &at);
    /** licenceCount then licenceInterval(i) for each i; BadAnswer when the count is above
     *  kMaxLicenceIntervals. */
    Result<std::vector<LicenceInterval>, RpcError> intervals(const crypto::Address &account, Role role);
    Result<std::vector<LicenceInterval>, RpcError> intervals(const crypto::Address &account, Role role, const BlockTag &at);

private:
    Result<AbiValue::List, RpcError> view(const contracts::Selector &selector, const AbiValue::List &args,
                                          const char *returns, const BlockTag &at);
    Result<Receipt, RpcError> transact(const crypto::PrivateKey &key, const contracts::Selector &selector,
                                       const AbiValue::List &args, int confirmations);
    EthClient &m_client;
    crypto::Address m_address;
};

/** The signature solc gave the function with this selector in `contract` (asserts it exists). */
AbiSignature functionSignature(const contracts::Contract &contract, const contracts::Selector &selector);

} // namespace carnet::core::ledger
