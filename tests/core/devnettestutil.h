// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// For tests that run against the ctest fixture "devnet" (CARNET_HOME=<build>/test-devnet): the network
// file it wrote, its authority key, a funded fresh key, and a private extra anvil for one test. The
// devnet has zero gas ("gas": "free"): unsigned eth_sendTransaction calls need withZeroFees().
#include "core/ledger/devnet.h"
#include "core/ledger/ethclient.h"
#include "core/ledger/networkconfig.h"

#include <QJsonObject>
#include <QProcess>
#include <QTcpServer>
#include <QTest>
#include <QThread>

#include <csignal>

namespace carnet::test {

inline std::optional<core::ledger::NetworkConfig> devnetConfig()
{
    auto config = core::ledger::NetworkConfig::load(core::ledger::NetworkConfig::defaultPath());
    if (!config)
        return std::nullopt;
    return std::move(*config);
}

/** Zero fees for an unsigned eth_sendTransaction on the zero-gas devnet (anvil would otherwise add its
 *  1 gwei suggested tip above a max fee of 0 and refuse its own transaction). */
inline void withZeroFees(QJsonObject &tx)
{
    tx.insert(QStringLiteral("maxFeePerGas"), QStringLiteral("0x0"));
    tx.insert(QStringLiteral("maxPriorityFeePerGas"), QStringLiteral("0x0"));
}

/** Sends `wei` from anvil's dev account 0 to `to` and waits for it to be mined (for tests whose keys
 *  need ether as value, and for market-priced transactions; gas on the devnet itself is free). */
inline bool fundFromDevAccount(core::ledger::EthClient &client, const crypto::Address &to, const core::ledger::U256 &wei)
{
    using namespace core::ledger;
    QJsonObject tx{{QStringLiteral("from"), QStringLiteral("0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266")},
                   {QStringLiteral("to"), addressText(to)},
                   {QStringLiteral("value"), quantityText(wei)}};
    withZeroFees(tx);
    const RpcAnswer answer = client.request(QStringLiteral("eth_sendTransaction"), {tx});
    const auto hash = answer.error.ok() ? hash32Of(answer.result) : std::nullopt;
    return hash && client.waitForReceipt(*hash);
}

/** An anvil of its own (another chain id, or other flags) on a free port; stopped by the destructor. */
class ExtraAnvil
{
public:
    explicit ExtraAnvil(const QStringList &extraArguments)
    {
        const auto anvil = core::ledger::Devnet::findAnvil();
        if (!anvil)
            return;
        QTcpServer probe;
        probe.listen(QHostAddress::LocalHost, 0);
        m_port = probe.serverPort();
        probe.close();
        m_process.setProgram(*anvil);
        m_process.setArguments(QStringList{QStringLiteral("--host"), QStringLiteral("127.0.0.1"), QStringLiteral("--port"),
                                           QString::number(m_port), QStringLiteral("--silent")} + extraArguments);
        m_process.start();
        if (!m_process.waitForStarted(5000))
            return;
        core::ledger::RpcOptions quick;
        quick.timeout = std::chrono::milliseconds(500);
        quick.maxRetries = 0;
        core::ledger::RpcClient probeClient(url(), quick);
        for (int i = 0; i < 200 && !m_ready; ++i) {
            m_ready = probeClient.callSync(QStringLiteral("eth_chainId")).error.ok();
            if (!m_ready)
                QThread::msleep(25);
        }
    }
    ~ExtraAnvil()
    {
        if (m_process.state() != QProcess::NotRunning) {
            m_process.terminate();
            if (!m_process.waitForFinished(5000)) {
                m_process.kill();
                m_process.waitForFinished(5000);
            }
        }
    }
    bool ready() const { return m_ready; }
    QUrl url() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port)); }

private:
    QProcess m_process;
    quint16 m_port = 0;
    bool m_ready = false;
};

} // namespace carnet::test
