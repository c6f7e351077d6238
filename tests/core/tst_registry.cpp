// SPDX-License-Identifier: GPL-3.0-or-later
// CarnetRegistry through the C++ bindings on the fixture's anvil: register and revoke with the
// devnet's authority key, isLicensed / isLicensedAt at the interval ends (both included) and outside,
// the interval history, the Registered/Revoked events, and every refusal decoded by name from the
// generated error table (NotAuthority with the caller, AlreadyLicensed, NotLicensed, EmptyName). The
// views read at a chosen block (BlockTag): the licence, the name and the intervals as they were then.
// A registry (here a LyingProxy rewriting licenceCount) that claims more than 64 licence intervals is
// refused without a call per interval. The authority key holds nothing: gas is free on the devnet.
#include "core/ledger/contracts/contractcall.h"
#include "core/ledger/contracts/registry.h"
#include "tests/core/devnettestutil.h"
#include "tests/core/lyingproxy.h"

#include <QtTest>

#include <atomic>

using namespace carnet::core::ledger;
namespace crypto = carnet::crypto;
namespace generated = carnet::contracts::carnetRegistry;

namespace {

crypto::Hash32 topicOf(const crypto::Address &a)
{
    crypto::Hash32 t{};
    std::copy(a.begin(), a.end(), t.begin() + 12);
    return t;
}

void mine(EthClient &client)
{
    QVERIFY(client.request(QStringLiteral("evm_mine")).error.ok());
}

} // namespace

class TestRegistry : public QObject
{
    Q_OBJECT
    NetworkConfig m_config;
    std::unique_ptr<EthClient> m_client;
    std::unique_ptr<Registry> m_registry;
    std::optional<crypto::PrivateKey> m_authority;

private Q_SLOTS:
    void initTestCase()
    {
        auto config = carnet::test::devnetConfig();
        QVERIFY2(config, "no devnet network file: run through ctest (fixture devnet)");
        m_config = *config;
        auto key = loadKeyFile(m_config.authorityKeyFile);
        QVERIFY(key);
        m_authority.emplace(std::move(*key));
        m_client = std::make_unique<EthClient>(m_config); // the file's "gas": "free"
        m_registry = std::make_unique<Registry>(*m_client, *m_config.contract(QStringLiteral("CarnetRegistry")));
        QCOMPARE(m_registry->authority().value(), crypto::addressOf(m_authority->publicKey()));
    }

    void authorityHoldsNothing()
    {
        // It deployed the contracts and registers accounts with zero-fee transactions, never funded.
        QCOMPARE(m_client->balance(crypto::addressOf(m_authority->publicKey())).value(), U256(0));
        QVERIFY(m_client->pendingNonce(crypto::addressOf(m_authority->publicKey())).value() >= 4);
    }

    void readsAtABlock()
    {
        const crypto::Address account = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
        const std::uint64_t before = m_client->blockNumber().value();
        mine(*m_client);
        const auto registered = m_registry->registerAccount(*m_authority, account, Role::Clinician, QStringLiteral("Dr. Block"));
        QVERIFY(registered);
        const std::uint64_t b = registered->blockNumber;
        mine(*m_client);
        const auto revoked = m_registry->revoke(*m_authority, account, Role::Clinician);
        QVERIFY(revoked);
        const std::uint64_t e = revoked->blockNumber;
        mine(*m_client);

        // Now: revoked, one closed interval.
        QCOMPARE(m_registry->isLicensed(account, Role::Clinician).value(), false);
        QCOMPARE(m_registry->intervals(account, Role::Clinician).value().size(), std::size_t(1));
        // At B (registered, not yet revoked): licensed, one open interval, the name.
        QCOMPARE(m_registry->isLicensed(account, Role::Clinician, BlockTag(b)).value(), true);
        const auto atB = m_registry->intervals(account, Role::Clinician, BlockTag(b)).value();
        QCOMPARE(atB.size(), std::size_t(1));
        QCOMPARE(atB[0].registeredAt, b);
        QCOMPARE(atB[0].revokedAt, std::uint64_t(0));
        QCOMPARE(m_registry->nameOf(account, BlockTag(b)).value(), QStringLiteral("Dr. Block"));
        // isLicensedAt(block) read at a block: at B, the contract did not know yet that E would end it.
        QCOMPARE(m_registry->isLicensedAt(account, Role::Clinician, e + 1, BlockTag(b)).value(), true);
        QCOMPARE(m_registry->isLicensedAt(account, Role::Clinician, e + 1).value(), false);
        // Before it: nothing at all.
        QCOMPARE(m_registry->isLicensed(account, Role::Clinician, BlockTag(before)).value(), false);
        QVERIFY(m_registry->intervals(account, Role::Clinician, BlockTag(before)).value().empty());
        QCOMPARE(m_registry->nameOf(account, BlockTag(before)).value(), QString());
        // The default is the latest block.
        QCOMPARE(m_registry->isLicensed(account, Role::Clinician, BlockTag::latest()).value(), false);
    }

    void licenceCountIsCapped_data()
    {
        QTest::addColumn<int>("claimed");
        QTest::addColumn<bool>("refused");
        QTest::newRow("65") << 65 << true;
        QTest::newRow("10000") << 10000 << true;
        QTest::newRow("2^64") << -1 << true;
        QTest::newRow("64") << 64 << false; // followed (and then the node cannot back its claim)
    }

    void licenceCountIsCapped()
    {
        QFETCH(int, claimed);
        QFETCH(bool, refused);
        QCOMPARE(Registry::kMaxLicenceIntervals, std::uint64_t(64));
        carnet::test::LyingProxy proxy(m_config.nodes.first());
        const QString countSelector = QStringLiteral("0x") + QString::fromLatin1(QByteArray(
            reinterpret_cast<const char *>(generated::fnLicenceCount.data()), 4).toHex());
        const QString intervalSelector = QStringLiteral("0x") + QString::fromLatin1(QByteArray(
            reinterpret_cast<const char *>(generated::fnLicenceInterval.data()), 4).toHex());
        std::atomic<int> intervalCalls{0};
        proxy.setRewrite(QStringLiteral("eth_call"), [&](const QJsonObject &request, QJsonObject answer) {
            const QString selector = carnet::test::callSelector(request);
            if (selector == intervalSelector)
                ++intervalCalls;
            if (selector != countSelector)
                return answer;
            const QString word = claimed < 0 ? QStringLiteral("0x") + QString(47, QLatin1Char('0')) + QStringLiteral("1")
                                                   + QString(16, QLatin1Char('0'))
                                             : QStringLiteral("0x%1").arg(QString::number(claimed, 16), 64, QLatin1Char('0'));
            answer.insert(QStringLiteral("result"), word);
            return answer;
        });
        EthClient client(m_config.chainId, {proxy.url()});
        Registry registry(client, m_registry->address());
        const crypto::Address account = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
        const auto intervals = registry.intervals(account, Role::Provider);
        QVERIFY(!intervals);
        if (refused) {
            QCOMPARE(intervals.error().kind, RpcErrorKind::BadAnswer);
            QVERIFY2(intervals.error().message.contains(QLatin1String("more than 64 are refused")),
                     qPrintable(intervals.error().message));
            QCOMPARE(intervalCalls.load(), 0);
        } else {
            // 64 is followed: the first licenceInterval(0) call reverts (the account has none).
            QCOMPARE(intervals.error().kind, RpcErrorKind::Reverted);
            QCOMPARE(intervalCalls.load(), 1);
        }
    }

    void registerAndRevoke_data()
    {
        QTest::addColumn<int>("role");
        QTest::newRow("provider") << 1;
        QTest::newRow("clinician") << 2;
        QTest::newRow("researcher") << 3;
    }

    void registerAndRevoke()
    {
        QFETCH(int, role);
        const Role r = static_cast<Role>(role);
        const crypto::Address account = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
        QCOMPARE(m_registry->isLicensed(account, r).value(), false);

        const auto registered = m_registry->registerAccount(*m_authority, account, r, QStringLiteral("Dr. Élise Martin"));
        QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().toString()));
        const std::uint64_t b = registered->blockNumber;
        QCOMPARE(registered->logs.size(), std::size_t(1));
        const LogEntry &event = registered->logs.front();
        QCOMPARE(event.topics.size(), std::size_t(3));
        QVERIFY(std::equal(event.topics[0].begin(), event.topics[0].end(), generated::evRegistered.begin()));
        QCOMPARE(event.topics[1], topicOf(account));
        QCOMPARE(event.topics[2][31], static_cast<std::uint8_t>(role));
        QCOMPARE(m_registry->isLicensed(account, r).value(), true);
        QCOMPARE(m_registry->nameOf(account).value(), QStringLiteral("Dr. Élise Martin"));
        // Other roles are untouched.
        for (const Role other : kAllRoles)
            if (other != r)
                QCOMPARE(m_registry->isLicensed(account, other).value(), false);

        mine(*m_client);
        const auto revoked = m_registry->revoke(*m_authority, account, r);
        QVERIFY(revoked);
        const std::uint64_t e = revoked->blockNumber;
        QVERIFY(e > b);
        QVERIFY(std::equal(revoked->logs.front().topics[0].begin(), revoked->logs.front().topics[0].end(), generated::evRevoked.begin()));
        mine(*m_client);

        QCOMPARE(m_registry->isLicensed(account, r).value(), false);
        QCOMPARE(m_registry->isLicensedAt(account, r, b - 1).value(), false);
        QCOMPARE(m_registry->isLicensedAt(account, r, b).value(), true);
        QCOMPARE(m_registry->isLicensedAt(account, r, e).value(), true); // both ends included
        QCOMPARE(m_registry->isLicensedAt(account, r, e + 1).value(), false);
        const auto intervals = m_registry->intervals(account, r).value();
        QCOMPARE(intervals.size(), std::size_t(1));
        QCOMPARE(intervals[0].registeredAt, b);
        QCOMPARE(intervals[0].revokedAt, e);

        // Registered again: a second interval, open.
        const auto again = m_registry->registerAccount(*m_authority, account, r, QStringLiteral("Dr. Élise Martin"));
        QVERIFY(again);
        const auto two = m_registry->intervals(account, r).value();
        QCOMPARE(two.size(), std::size_t(2));
        QCOMPARE(two[1].registeredAt, again->blockNumber);
        QCOMPARE(two[1].revokedAt, std::uint64_t(0));
        QCOMPARE(m_registry->isLicensedAt(account, r, e + 1).value(), false);

        // The same history from the node's logs, walked in small windows: both Registered events.
        LogFilter filter;
        filter.address = m_registry->address();
        crypto::Hash32 registeredTopic{};
        std::copy(generated::evRegistered.begin(), generated::evRegistered.end(), registeredTopic.begin());
        filter.topics = {registeredTopic, topicOf(account)};
        LogQueryStats stats;
        const auto logs = m_client->getLogs(filter, 0, m_client->blockNumber().value(), LogWindowOptions{3, 4}, &stats);
        QVERIFY(logs);
        QCOMPARE(logs->size(), std::size_t(2));
        QCOMPARE(logs->at(0).blockNumber, b);
        QCOMPARE(logs->at(1).blockNumber, again->blockNumber);
        QVERIFY(stats.requests > 1);
    }

    void notAuthorityIsDecoded()
    {
        crypto::PrivateKey stranger = crypto::PrivateKey::generate();
        const crypto::Address strangerAddress = crypto::addressOf(stranger.publicKey());
        const crypto::Address account = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
        const auto result = m_registry->registerAccount(stranger, account, Role::Provider, QStringLiteral("x"));
        QVERIFY(!result);
        QCOMPARE(result.error().kind, RpcErrorKind::Reverted);
        const DecodedRevert revert = decodeRevert(result.error().data);
        QCOMPARE(revert.name, QStringLiteral("NotAuthority"));
        QCOMPARE(revert.description, QStringLiteral("NotAuthority(%1)").arg(addressText(strangerAddress)));
        QCOMPARE(result.error().message, revert.description);
        QCOMPARE(m_registry->isLicensed(account, Role::Provider).value(), false);
    }

    void refusalsAreDecoded()
    {
        const crypto::Address account = crypto::addressOf(crypto::PrivateKey::generate().publicKey());
        const auto notLicensed = m_registry->revoke(*m_authority, account, Role::Clinician);
        QVERIFY(!notLicensed);
        QCOMPARE(decodeRevert(notLicensed.error().data).description,
                 QStringLiteral("NotLicensed(%1, 2)").arg(addressText(account)));
        const auto empty = m_registry->registerAccount(*m_authority, account, Role::Clinician, QString());
        QVERIFY(!empty);
        QCOMPARE(decodeRevert(empty.error().data).name, QStringLiteral("EmptyName"));
        QVERIFY(m_registry->registerAccount(*m_authority, account, Role::Clinician, QStringLiteral("A")));
        const auto twice = m_registry->registerAccount(*m_authority, account, Role::Clinician, QStringLiteral("A"));
        QVERIFY(!twice);
        QCOMPARE(decodeRevert(twice.error().data).description,
                 QStringLiteral("AlreadyLicensed(%1, 2)").arg(addressText(account)));
    }

    void revertDecodingOfStandardErrors()
    {
        // Error(string) "boom" and Panic(0x11) as solc encodes them; an unknown selector stays hex.
        const QByteArray error = QByteArray::fromHex(
            "08c379a0"
            "0000000000000000000000000000000000000000000000000000000000000020"
            "0000000000000000000000000000000000000000000000000000000000000004"
            "626f6f6d00000000000000000000000000000000000000000000000000000000");
        QCOMPARE(decodeRevert(error).description, QStringLiteral("Error(\"boom\")"));
        const QByteArray panic = QByteArray::fromHex("4e487b71""0000000000000000000000000000000000000000000000000000000000000011");
        QCOMPARE(decodeRevert(panic).description, QStringLiteral("Panic(17)"));
        QCOMPARE(decodeRevert(QByteArray::fromHex("deadbeef")).name, QString());
        QCOMPARE(decodeRevert(QByteArray::fromHex("deadbeef")).description, QStringLiteral("unknown revert data 0xdeadbeef"));
    }
};

QTEST_GUILESS_MAIN(TestRegistry)
#include "tst_registry.moc"
