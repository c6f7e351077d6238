// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/devnet.h"

#include "core/ledger/abi.h"
#include "core/ledger/devnethost.h"
#include "core/ledger/ethclient.h"
#include "crypto/securebuffer.h"
#include "ledger/contracts_generated.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSaveFile>
#include <QTcpServer>
#include <QThread>

#include <csignal>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace carnet::core::ledger {

namespace {

Failure<DevnetError> failed(DevnetError::Kind kind, const QString &message)
{
    return fail(DevnetError{kind, message});
}

QString lastLines(const QString &path, int lines)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const qint64 size = file.size();
    file.seek(std::max<qint64>(0, size - 2000));
    QStringList all = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    return all.mid(std::max<qsizetype>(0, all.size() - lines)).join(QStringLiteral(" | "));
}

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool processGone(qint64 pid)
{
    return !Devnet::isAnvilProcess(pid);
}

} // namespace

const char *describe(KeyFileError error)
{
    switch (error) {
    case KeyFileError::NotFound: return "the key file does not exist";
    case KeyFileError::Unreadable: return "the key file cannot be read";
    case KeyFileError::Malformed: return "the key file does not hold a secp256k1 private key (64 hex digits)";
    case KeyFileError::InsecurePermissions: return "the key file may be read by other users (chmod 600 it)";
    case KeyFileError::Unwritable: return "the key file cannot be written";
    }
    return "key file error";
}

Result<crypto::PrivateKey, KeyFileError> loadKeyFile(const QString &path)
{
    QFile file(path);
    if (!file.exists())
        return fail(KeyFileError::NotFound);
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther))
        return fail(KeyFileError::InsecurePermissions);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered)) // no copy of the secret in QFile's buffer
        return fail(KeyFileError::Unreadable);
    crypto::SecureBuffer text(200);
    const qint64 n = file.read(reinterpret_cast<char *>(text.data()), 200);
    if (n <= 0 || n >= 200)
        return fail(KeyFileError::Malformed);
    std::string_view view = text.asStringView().substr(0, static_cast<std::size_t>(n));
    while (!view.empty() && (view.back() == '\n' || view.back() == '\r' || view.back() == ' '))
        view.remove_suffix(1);
    if (view.substr(0, 2) == "0x")
        view.remove_prefix(2);
    if (view.size() != 64)
        return fail(KeyFileError::Malformed);
    crypto::SecureBuffer raw(32);
    for (std::size_t i = 0; i < 32; ++i) {
        const auto nibble = [](char c) -> int {
            if (c >= '0' && c <= '9') return c - '0';
            if (c >= 'a' && c <= 'f') return c - 'a' + 10;
            if (c >= 'A' && c <= 'F') return c - 'A' + 10;
            return -1;
        };
        const int hi = nibble(view[2 * i]);
        const int lo = nibble(view[2 * i + 1]);
        if (hi < 0 || lo < 0)
            return fail(KeyFileError::Malformed);
        raw.data()[i] = static_cast<std::uint8_t>(hi * 16 + lo);
    }
    auto key = crypto::PrivateKey::fromBytes(raw.view());
    if (!key)
        return fail(KeyFileError::Malformed);
    return std::move(*key);
}

Result<void, KeyFileError> saveKeyFile(const QString &path, const crypto::PrivateKey &key)
{
    static const char digits[] = "0123456789abcdef";
    crypto::SecureBuffer text(65);
    for (std::size_t i = 0; i < 32; ++i) {
        text.data()[2 * i] = static_cast<std::uint8_t>(digits[key.secret().data()[i] >> 4]);
        text.data()[2 * i + 1] = static_cast<std::uint8_t>(digits[key.secret().data()[i] & 0x0f]);
    }
    text.data()[64] = '\n';
    const QByteArray native = QFile::encodeName(path);
    ::unlink(native.constData());
    const int fd = ::open(native.constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(KeyFileError::Unwritable);
    const bool ok = ::write(fd, text.data(), text.size()) == static_cast<ssize_t>(text.size()) && ::fsync(fd) == 0;
    ::close(fd);
    if (!ok)
        return fail(KeyFileError::Unwritable);
    return {};
}

Devnet::Devnet(const QString &home) : m_home(QDir(home).absolutePath()), m_dir(QDir(m_home).absoluteFilePath(QStringLiteral("devnet")))
{
}

QString Devnet::networkFile() const
{
    return QDir(m_home).absoluteFilePath(QStringLiteral("network.json"));
}

QString Devnet::authorityKeyFile() const
{
    return QDir(m_dir).absoluteFilePath(QStringLiteral("authority.key"));
}

Result<QString, DevnetError> Devnet::findAnvil()
{
    QString path = qEnvironmentVariable("CARNET_ANVIL");
    if (path.isEmpty())
        path = QStringLiteral(CARNET_LEDGER_DIR "/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil");
    const QFileInfo info(path);
    if (!info.isFile() || !info.isExecutable())
        return failed(DevnetError::AnvilNotFound,
                      QStringLiteral("anvil not found at %1 (run scripts/setup-npm.sh, or set CARNET_ANVIL to the anvil "
                                     "binary; not the node_modules/.bin wrapper)").arg(path));
    return info.absoluteFilePath();
}

namespace {
/** A live process (not a zombie). */
bool isAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray line = stat.readAll();
    const qsizetype close = line.lastIndexOf(')');
    return close >= 0 && close + 2 < line.size() && line.at(close + 2) != 'Z'; // not gone, not a zombie
}
} // namespace

bool Devnet::isAnvilProcess(qint64 pid)
{
    if (!isAlive(pid))
        return false;
    QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
    if (!cmdline.open(QIODevice::ReadOnly))
        return false;
    const QByteArray argv0 = cmdline.readAll().split('\0').value(0);
    return argv0.endsWith("anvil");
}

qint64 Devnet::recordedPid() const
{
    QFile file(QDir(m_dir).absoluteFilePath(QStringLiteral("anvil.pid")));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    return file.readAll().trimmed().toLongLong();
}

Result<NetworkConfig, DevnetError> Devnet::start(const DevnetOptions &options)
{
    if (isAnvilProcess(recordedPid())) {
        if (!options.replace)
            return failed(DevnetError::AlreadyRunning,
                          QStringLiteral("a devnet is already running from %1 (pid %2); stop it first").arg(m_dir).arg(recordedPid()));
        if (auto stopped = stop(); !stopped)
            return fail(stopped.error());
    }
    auto anvil = findAnvil();
    if (!anvil)
        return fail(anvil.error());
    if (options.nodes < 1 || options.nodes > 16)
        return failed(DevnetError::StartFailed, QStringLiteral("--nodes must be between 1 and 16"));
    if (!QDir().mkpath(m_dir))
        return failed(DevnetError::Io, QStringLiteral("cannot create %1").arg(m_dir));
    const quint16 port = freePort();
    if (port == 0)
        return failed(DevnetError::StartFailed, QStringLiteral("no free TCP port on 127.0.0.1"));

    QStringList arguments;
    QList<QUrl> urls;
    for (int i = 1; i <= options.nodes; ++i) {
        const QString host = QStringLiteral("127.0.0.%1").arg(i);
        arguments << QStringLiteral("--host") << host;
        urls.append(QUrl(QStringLiteral("http://%1:%2").arg(host).arg(port)));
    }
    arguments << QStringLiteral("--port") << QString::number(port) << QStringLiteral("--chain-id")
              << QString::number(options.chainId);
    // Like the production consortium chain (Besu QBFT with min-gas-price 0): no base fee (anvil keeps
    // a base fee of 0 constant, even after full blocks), a gas price of 0, and no minimum tip, so
    // eth_gasPrice answers 0. Keys that hold nothing send transactions with zero fees.
    arguments << QStringLiteral("--base-fee") << QStringLiteral("0") << QStringLiteral("--gas-price") << QStringLiteral("0")
              << QStringLiteral("--disable-min-priority-fee");
    const QString log = QDir(m_dir).absoluteFilePath(QStringLiteral("anvil.log"));
    QFile::remove(log);
    QProcess process;
    process.setProgram(*anvil);
    process.setArguments(arguments);
    process.setWorkingDirectory(m_dir);
    process.setStandardInputFile(QProcess::nullDevice());
    process.setStandardOutputFile(log);
    process.setStandardErrorFile(log, QIODevice::Append);
    qint64 pid = 0;
    if (!process.startDetached(&pid) || pid <= 0)
        return failed(DevnetError::StartFailed, QStringLiteral("cannot start %1").arg(*anvil));
    {
        QSaveFile pidFile(QDir(m_dir).absoluteFilePath(QStringLiteral("anvil.pid")));
        if (!pidFile.open(QIODevice::WriteOnly) || pidFile.write(QByteArray::number(pid) + '\n') < 0 || !pidFile.commit())
            return failed(DevnetError::Io, QStringLiteral("cannot write the pid file in %1").arg(m_dir));
    }
    const auto giveUp = [&](DevnetError::Kind kind, const QString &why) {
        (void)stop();
        return failed(kind, why);
    };

    // Wait for the first answer on every URL.
    const auto deadline = std::chrono::steady_clock::now() + options.startTimeout;
    RpcOptions quick;
    quick.timeout = std::chrono::milliseconds(1000);
    quick.maxRetries = 0;
    for (const QUrl &url : urls) {
        RpcClient probe(url, quick);
        for (;;) {
            const RpcAnswer answer = probe.callSync(QStringLiteral("eth_chainId"));
            if (answer.error.ok())
                break;
            if (!isAlive(pid)) // (not isAnvilProcess: a CARNET_ANVIL wrapper may not have exec'd anvil yet)
                return giveUp(DevnetError::StartFailed, QStringLiteral("anvil exited: ") + lastLines(log, 3));
            if (std::chrono::steady_clock::now() > deadline)
                return giveUp(DevnetError::StartFailed, QStringLiteral("anvil did not answer on %1 within %2 ms")
                                                            .arg(url.toString()).arg(options.startTimeout.count()));
            QThread::msleep(20);
        }
    }

    // The authority: a fresh key. It holds nothing and needs nothing: gas is free on this chain.
    crypto::PrivateKey authority = crypto::PrivateKey::generate();
    if (!saveKeyFile(authorityKeyFile(), authority))
        return giveUp(DevnetError::Io, QStringLiteral("cannot write %1").arg(authorityKeyFile()));
    const crypto::Address authorityAddress = crypto::addressOf(authority.publicKey());
    EthClient client(options.chainId, urls, {}, GasPricing::Free);
    if (auto checked = client.checkNodes(); !checked)
        return giveUp(DevnetError::StartFailed, checked.error().toString());

    // The contracts, in deployment order: the registry takes the authority, the others the registry.
    NetworkConfig config;
    config.name = QStringLiteral("devnet");
    config.devnet = true; // exempt from the network policy: one process, plain http on loopback
    config.gas = GasPricing::Free;
    config.confirmations = 1; // anvil mines each transaction at once and never reorganises by itself
    config.chainId = options.chainId;
    config.nodes = urls;
    config.authorityKeyFile = authorityKeyFile();
    crypto::Address registry{};
    for (const contracts::Contract &contract : contracts::allContracts()) {
        const QString name = QString::fromUtf8(contract.name.data(), static_cast<qsizetype>(contract.name.size()));
        auto code = crypto::fromHex(contract.bytecodeHex);
        const bool first = config.contracts.isEmpty();
        const auto args = abiEncode({*AbiType::parse("address")}, {first ? authorityAddress : registry});
        if (!code || !args)
            return giveUp(DevnetError::DeployFailed, QStringLiteral("cannot encode the deployment of %1").arg(name));
        TxRequest deploy;
        deploy.data = std::move(*code);
        deploy.data.insert(deploy.data.end(), args->begin(), args->end());
        const auto hash = client.sendTransaction(authority, deploy);
        auto receipt = hash ? client.waitForReceipt(*hash) : Result<Receipt, RpcError>(fail(hash.error()));
        if (!receipt || !receipt->success || !receipt->contractAddress)
            return giveUp(DevnetError::DeployFailed, QStringLiteral("deploying %1 failed: %2")
                                                         .arg(name, receipt ? QStringLiteral("reverted") : receipt.error().toString()));
        if (first)
            registry = *receipt->contractAddress;
        config.contracts.insert(name, *receipt->contractAddress);
    }
    // The share host for SMART Health Links, when one is built or installed.
    if (!DevnetShareHost::findProgram().isEmpty()) {
        auto host = DevnetShareHost(m_dir).start();
        if (!host)
            return giveUp(DevnetError::StartFailed, host.error());
        config.shareHost = *host;
    }
    if (!config.save(networkFile()))
        return giveUp(DevnetError::Io, QStringLiteral("cannot write %1").arg(networkFile()));
    return config;
}

DevnetStatus Devnet::status() const
{
    DevnetStatus status;
    status.pid = recordedPid();
    status.running = isAnvilProcess(status.pid);
    auto config = NetworkConfig::load(networkFile());
    if (!config)
        return status;
    status.chainId = config->chainId;
    RpcOptions quick;
    quick.timeout = std::chrono::milliseconds(2000);
    quick.maxRetries = 0;
    for (const QUrl &url : config->nodes) {
        DevnetNodeStatus node;
        node.url = url;
        RpcClient client(url, quick);
        const RpcParse answers = client.batchSync({{QStringLiteral("eth_chainId"), {}}, {QStringLiteral("eth_blockNumber"), {}}});
        if (!answers.error.ok()) {
            node.problem = answers.error.toString();
        } else {
            const auto id = quantityOf(answers.answers[0].result);
            const auto head = quantityOf(answers.answers[1].result);
            node.answers = id && head;
            node.chainId = id ? id->toUint64().value_or(0) : 0;
            node.head = head ? head->toUint64().value_or(0) : 0;
            if (!node.answers)
                node.problem = QStringLiteral("unexpected answer");
        }
        status.nodes.append(node);
    }
    return status;
}

Result<qint64, DevnetError> Devnet::stop(std::chrono::milliseconds termTimeout)
{
    const qint64 pid = recordedPid();
    const QString pidPath = QDir(m_dir).absoluteFilePath(QStringLiteral("anvil.pid"));
    DevnetShareHost(m_dir).stop(termTimeout);
    if (!isAnvilProcess(pid)) {
        QFile::remove(pidPath);
        return failed(DevnetError::NotRunning, QStringLiteral("no devnet is running from %1").arg(m_dir));
    }
    ::kill(static_cast<pid_t>(pid), SIGTERM);
    const auto deadline = std::chrono::steady_clock::now() + termTimeout;
    while (!processGone(pid) && std::chrono::steady_clock::now() < deadline)
        QThread::msleep(20);
    if (!processGone(pid)) {
        ::kill(static_cast<pid_t>(pid), SIGKILL);
        const auto killDeadline = std::chrono::steady_clock::now() + std::chrono::seconds(5);
        while (!processGone(pid) && std::chrono::steady_clock::now() < killDeadline)
            QThread::msleep(20);
    }
    if (!processGone(pid))
        return failed(DevnetError::Io, QStringLiteral("anvil (pid %1) did not stop").arg(pid));
    QFile::remove(pidPath);
    return pid;
}

} // namespace carnet::core::ledger
