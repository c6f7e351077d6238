// SPDX-License-Identifier: GPL-3.0-or-later
// CarnetRegistry's paths that tst_registry leaves out, through the generic ContractClient on a
// registry this test deploys itself (so the devnet's own authority is never moved): the two-step
// authority transfer with AuthorityTransferStarted / AuthorityTransferred, NotPendingAuthority,
// NotAuthority for the former authority, ZeroAddress (constructor, transfer, register), InvalidRole,
// NameTooLong at MAX_NAME_BYTES + 1, and NoSuchInterval.
#include "core/ledger/contracts/registry.h"
#include "tests/core/contracttestutil.h"

using namespace carnet::core::ledger;
using carnet::test::addressOfKey;
using carnet::test::revertedWith;
namespace crypto = carnet::crypto;
namespace generated = carnet::contracts::carnetRegistry;

class TestRegistryAdmin : public QObject
{
    Q_OBJECT
    carnet::test::ContractsFixture m_f;

    /** A CarnetRegistry deployed by (and with the authority) `authority`. */
    std::optional<ContractClient> deployRegistry(const crypto::PrivateKey &authority)
    {
        const auto hash = carnet::test::deploy(*m_f.client, authority, generated::contract(), {addressOfKey(authority)}, "(address)");
        if (!hash)
            return std::nullopt;
        const auto receipt = m_f.client->waitForReceipt(*hash);
        if (!receipt || !receipt->success || !receipt->contractAddress)
            return std::nullopt;
        return ContractClient(*m_f.client, generated::contract(), *receipt->contractAddress);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(m_f.load(), "no devnet network file: run through ctest (fixture devnet)"); }

    void authorityTransfer()
    {
        auto first = m_f.fundedKey();
        auto second = m_f.fundedKey();
        auto stranger = m_f.fundedKey();
        QVERIFY(first && second && stranger);
        auto registry = deployRegistry(*first);
        QVERIFY(registry);
        const crypto::Address a1 = addressOfKey(*first), a2 = addressOfKey(*second), a3 = addressOfKey(*stranger);
        QCOMPARE(*registry->view(generated::fnAuthority, {}, "(address)")->at(0).asAddress(), a1);

        QVERIFY(revertedWith(registry->transact(*stranger, generated::fnTransferAuthority, {a3}),
                             QStringLiteral("NotAuthority(%1)").arg(addressText(a3))));
        QVERIFY(revertedWith(registry->transact(*first, generated::fnTransferAuthority, {crypto::Address{}}),
                             QStringLiteral("ZeroAddress()")));
        const auto started = registry->transact(*first, generated::fnTransferAuthority, {a2});
        QVERIFY(started);
        const AbiEvent startedEvent = eventOf(generated::contract(), generated::evAuthorityTransferStarted, {true, true});
        const auto s = decodeEventLog(startedEvent, started->logs.at(0));
        QVERIFY(s);
        QCOMPARE(*s->at(0).asAddress(), a1);
        QCOMPARE(*s->at(1).asAddress(), a2);
        QCOMPARE(*registry->view(generated::fnPendingAuthority, {}, "(address)")->at(0).asAddress(), a2);
        QCOMPARE(*registry->view(generated::fnAuthority, {}, "(address)")->at(0).asAddress(), a1); // not yet

        QVERIFY(revertedWith(registry->transact(*stranger, generated::fnAcceptAuthority, {}),
                             QStringLiteral("NotPendingAuthority(%1)").arg(addressText(a3))));
        const auto accepted = registry->transact(*second, generated::fnAcceptAuthority, {});
        QVERIFY(accepted);
        const AbiEvent transferredEvent = eventOf(generated::contract(), generated::evAuthorityTransferred, {true, true});
        const auto t = decodeEventLog(transferredEvent, accepted->logs.at(0));
        QVERIFY(t);
        QCOMPARE(*t->at(0).asAddress(), a1);
        QCOMPARE(*t->at(1).asAddress(), a2);
        QVERIFY(!decodeEventLog(startedEvent, accepted->logs.at(0)));
        QCOMPARE(*registry->view(generated::fnAuthority, {}, "(address)")->at(0).asAddress(), a2);
        QCOMPARE(*registry->view(generated::fnPendingAuthority, {}, "(address)")->at(0).asAddress(), crypto::Address{});
        // Accepting again: nothing is pending any more.
        QVERIFY(revertedWith(registry->transact(*second, generated::fnAcceptAuthority, {}),
                             QStringLiteral("NotPendingAuthority(%1)").arg(addressText(a2))));
        // The former authority can no longer register.
        QVERIFY(revertedWith(registry->transact(*first, generated::fnRegister, {a3, U256(1), std::string("X")}),
                             QStringLiteral("NotAuthority(%1)").arg(addressText(a1))));
        QVERIFY(registry->transact(*second, generated::fnRegister, {a3, U256(1), std::string("X")}));
    }

    void argumentRefusals()
    {
        auto authority = m_f.fundedKey();
        QVERIFY(authority);
        auto registry = deployRegistry(*authority);
        QVERIFY(registry);
        const crypto::Address account = addressOfKey(crypto::PrivateKey::generate());
        const std::uint64_t maxName = *registry->view(generated::fnMaxNameBytes, {}, "(uint256)")->at(0).asUint()->toUint64();
        QVERIFY(maxName > 0 && maxName < 10000);

        QVERIFY(revertedWith(registry->transact(*authority, generated::fnRegister, {crypto::Address{}, U256(1), std::string("A")}),
                             QStringLiteral("ZeroAddress()")));
        for (const std::uint64_t role : {0, 4, 255}) {
            const QString invalid = QStringLiteral("InvalidRole(%1)").arg(role);
            QVERIFY(revertedWith(registry->transact(*authority, generated::fnRegister, {account, U256(role), std::string("A")}), invalid));
            QVERIFY(revertedWith(registry->transact(*authority, generated::fnRevoke, {account, U256(role)}), invalid));
        }
        const std::string longName(maxName + 1, 'a');
        QVERIFY(revertedWith(registry->transact(*authority, generated::fnRegister, {account, U256(2), longName}),
                             QStringLiteral("NameTooLong(%1, %2)").arg(maxName + 1).arg(maxName)));
        QVERIFY(registry->transact(*authority, generated::fnRegister, {account, U256(2), std::string(maxName, 'a')}));
        QVERIFY(revertedWith(registry->view(generated::fnLicenceInterval, {account, U256(2), U256(1)}, "(uint64,uint64)"),
                             QStringLiteral("NoSuchInterval(%1, 2, 1)").arg(addressText(account))));
        QVERIFY(revertedWith(registry->view(generated::fnLicenceInterval, {account, U256(1), U256(0)}, "(uint64,uint64)"),
                             QStringLiteral("NoSuchInterval(%1, 1, 0)").arg(addressText(account))));
        QVERIFY(registry->view(generated::fnLicenceInterval, {account, U256(2), U256(0)}, "(uint64,uint64)"));
    }

    void encryptionKeys()
    {
        auto authority = m_f.fundedKey();
        auto stranger = m_f.fundedKey();
        QVERIFY(authority && stranger);
        auto deployed = deployRegistry(*authority);
        QVERIFY(deployed);
        Registry registry(*m_f.client, deployed->address());
        const crypto::Address account = addressOfKey(crypto::PrivateKey::generate());
        const auto key = crypto::PrivateKey::generate().publicKey().compressed();
        QVERIFY(registry.encryptionKeyOf(account, BlockTag::latest())->empty());
        QVERIFY(revertedWith(registry.setEncryptionKey(*stranger, account, key),
                             QStringLiteral("NotAuthority(%1)").arg(addressText(addressOfKey(*stranger)))));
        QVERIFY(revertedWith(registry.setEncryptionKey(*authority, crypto::Address{}, key), QStringLiteral("ZeroAddress()")));
        crypto::Bytes uncompressedPrefix(key.begin(), key.end());
        uncompressedPrefix[0] = 0x04;
        QVERIFY(revertedWith(registry.setEncryptionKey(*authority, account, uncompressedPrefix), QStringLiteral("BadEncryptionKey()")));
        QVERIFY(revertedWith(registry.setEncryptionKey(*authority, account, crypto::ByteView(key).first(32)),
                             QStringLiteral("BadEncryptionKey()")));
        const auto set = registry.setEncryptionKey(*authority, account, key);
        QVERIFY(set);
        const auto got = registry.encryptionKeyOf(account, BlockTag::latest());
        QVERIFY(got && crypto::ByteView(*got).size() == 33 && std::equal(got->begin(), got->end(), key.begin()));
        QVERIFY(registry.encryptionKeyOf(account, BlockTag(set->blockNumber - 1))->empty());
        const AbiEvent setEvent = eventOf(generated::contract(), generated::evEncryptionKeySet, {true, false});
        const auto e = decodeEventLog(setEvent, set->logs.at(0));
        QVERIFY(e && *e->at(0).asAddress() == account);
    }

    void constructorRefusesZeroAuthority()
    {
        auto deployer = m_f.fundedKey();
        QVERIFY(deployer);
        QVERIFY(revertedWith(carnet::test::deploy(*m_f.client, *deployer, generated::contract(), {crypto::Address{}}, "(address)"),
                             QStringLiteral("ZeroAddress()")));
    }
};

QTEST_GUILESS_MAIN(TestRegistryAdmin)
#include "tst_registry_admin.moc"
