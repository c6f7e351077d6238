// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For the contract binding tests on the ctest fixture "devnet": the client, the registry and its
// authority key, fresh funded (and optionally licensed) keys, block time control, and revert checks.
#include "core/ledger/contracts/contractcall.h"
#include "crypto/hash.h"
#include "crypto/random.h"
#include "tests/core/devnettestutil.h"

#include <QJsonObject>
#include <QtTest>

namespace carnet::test {

struct ContractsFixture
{
    core::ledger::NetworkConfig config;
    std::unique_ptr<core::ledger::EthClient> client;
    std::unique_ptr<core::ledger::Registry> registry;
    std::optional<crypto::PrivateKey> authority;

    /** False (with a QWARN) when the fixture's network file or authority key is missing. */
    bool load()
    {
        auto loaded = devnetConfig();
        if (!loaded)
            return false;
        config = *loaded;
        auto key = core::ledger::loadKeyFile(config.authorityKeyFile);
        if (!key)
            return false;
        authority.emplace(std::move(*key));
        client = std::make_unique<core::ledger::EthClient>(config); // the devnet's "gas": "free"
        const auto address = config.contract(QStringLiteral("CarnetRegistry"));
        if (!address)
            return false;
        registry = std::make_unique<core::ledger::Registry>(*client, *address);
        return true;
    }

    crypto::Address contract(const char *name) const { return config.contract(QLatin1String(name)).value(); }

    /** A fresh key holding 10 ether, or nullopt when funding failed. */
    std::optional<crypto::PrivateKey> fundedKey(const core::ledger::U256 &wei = *core::ledger::U256::fromDecimal("10000000000000000000"))
    {
        crypto::PrivateKey key = crypto::PrivateKey::generate();
        // anvil's dev account 0 pays; another test process sending from it at the same moment can
        // take the nonce anvil picked, so a failed send is tried again.
        QJsonObject tx{{QStringLiteral("from"), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")},
                       {QStringLiteral("to"), core::ledger::addressText(crypto::addressOf(key.publicKey()))},
                       {QStringLiteral("value"), core::ledger::quantityText(wei)}};
        withZeroFees(tx);
        for (int attempt = 0; attempt < 8; ++attempt) {
            const core::ledger::RpcAnswer answer = client->request(QStringLiteral("eth_sendTransaction"), {tx});
            const auto hash = answer.error.ok() ? core::ledger::hash32Of(answer.result) : std::nullopt;
            if (hash) {
                const auto receipt = client->waitForReceipt(*hash);
                if (receipt && receipt->success)
                    return key;
                qWarning("funding a fresh key: %s", receipt ? "reverted" : qPrintable(receipt.error().toString()));
                return std::nullopt;
            }
            qWarning("funding a fresh key failed (attempt %d): %s", attempt + 1, qPrintable(answer.error.toString()));
            QThread::msleep(50);
        }
        return std::nullopt;
    }

    /** Runs a transaction of the authority key, again when another test process took its nonce
     *  (the contract tests run in parallel and share that key); a revert is not retried. */
    template <typename Send>
    bool asAuthority(Send send)
    {
        for (int attempt = 0; attempt < 8; ++attempt) {
            const auto result = send();
            if (result)
                return true;
            if (result.error().kind == core::ledger::RpcErrorKind::Reverted) {
                qWarning("authority transaction reverted: %s", qPrintable(result.error().toString()));
                return false;
            }
            qWarning("authority transaction failed (attempt %d): %s", attempt + 1, qPrintable(result.error().toString()));
            client->resetNonce(crypto::addressOf(authority->publicKey()));
            QThread::msleep(50);
        }
        return false;
    }

    /** A fresh funded key licensed for `role` by the devnet authority, or nullopt. */
    std::optional<crypto::PrivateKey> licensedKey(core::ledger::Role role)
    {
        auto key = fundedKey();
        if (!key)
            return std::nullopt;
        const crypto::Address account = crypto::addressOf(key->publicKey());
        if (!asAuthority([&] { return registry->registerAccount(*authority, account, role, QStringLiteral("Test account")); }))
            return std::nullopt;
        return key;
    }

    /** Revokes the licence of `key` for `role` with the devnet authority. */
    bool revokeLicence(const crypto::PrivateKey &key, core::ledger::Role role)
    {
        const crypto::Address account = crypto::addressOf(key.publicKey());
        return asAuthority([&] { return registry->revoke(*authority, account, role); });
    }

    /** The latest block's timestamp. */
    std::uint64_t now() { return blockTime(QStringLiteral("latest")); }
    /** The timestamp of block `number` (the time a transaction mined there saw). */
    std::uint64_t blockTime(std::uint64_t number) { return blockTime(core::ledger::quantityText(core::ledger::U256(number))); }
    std::uint64_t blockTime(const QString &tag)
    {
        const auto answer = client->request(QStringLiteral("eth_getBlockByNumber"), {tag, false});
        const auto t = core::ledger::quantityOf(answer.result.toObject().value(QLatin1String("timestamp")));
        return t && t->toUint64() ? *t->toUint64() : 0;
    }

    /** Moves the chain's clock `seconds` forward and mines a block with the new time. */
    bool advance(std::uint64_t seconds)
    {
        return client->request(QStringLiteral("evm_increaseTime"), {static_cast<qint64>(seconds)}).error.ok()
            && client->request(QStringLiteral("evm_mine")).error.ok();
    }
};

inline crypto::Hash32 randomHash()
{
    crypto::Hash32 out{};
    const crypto::Bytes bytes = crypto::randomBytes(32);
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

inline crypto::Address addressOfKey(const crypto::PrivateKey &key)
{
    return crypto::addressOf(key.publicKey());
}

inline QString hashText(const crypto::Hash32 &hash)
{
    return core::ledger::hexOf(hash);
}

/** Checks that `result` failed with a revert decoded as `expected` (e.g. "NoSuchEntry(0x…, 3)"). */
template <typename T>
bool revertedWith(const core::Result<T, core::ledger::RpcError> &result, const QString &expected)
{
    if (result) {
        qWarning("expected %s, but the call succeeded", qPrintable(expected));
        return false;
    }
    const core::ledger::RpcError &error = result.error();
    const core::ledger::DecodedRevert revert = core::ledger::decodeRevert(error.data);
    if (error.kind != core::ledger::RpcErrorKind::Reverted || revert.description != expected || error.message != expected) {
        qWarning("expected %s, got %s (decoded %s)", qPrintable(expected), qPrintable(error.toString()),
                 qPrintable(revert.description));
        return false;
    }
    return true;
}

/** Deploys `contract` with constructor arguments `args` (expected to revert in these tests). */
inline core::Result<crypto::Hash32, core::ledger::RpcError> deploy(core::ledger::EthClient &client, const crypto::PrivateKey &key,
                                                            const contracts::Contract &contract, const core::ledger::AbiValue::List &args,
                                                            const char *argTypes)
{
    using namespace core::ledger;
    TxRequest request;
    request.data = *crypto::fromHex(contract.bytecodeHex);
    const auto encoded = abiEncode(*AbiType::parseList(argTypes), args);
    request.data.insert(request.data.end(), encoded->begin(), encoded->end());
    auto sent = client.sendTransaction(key, request);
    if (!sent)
        return core::fail(withDecodedRevert(sent.error()));
    return *sent;
}

} // namespace carnet::test
