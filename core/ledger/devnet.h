// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* Devnet: a local chain for development and tests, behind `carnet-cli devnet start|stop|status`
 * (docs/LEDGER-NETWORK.md).
 *
 * start: one anvil process (the real binary from ledger/node_modules, or $CARNET_ANVIL), detached in
 * its own session, stdout and stderr to <dir>/anvil.log, listening on a free port of 127.0.0.1 and,
 * for --nodes N > 1, also of 127.0.0.2 … 127.0.0.N: N URLs of the same chain served by one node. That
 * is honest about what it is: it exercises every multi-node code path (one chain-id check per URL,
 * failover, cross-node reads) but the nodes cannot disagree; independent anvils would be independent
 * chains. anvil runs like the production chain: base fee 0, gas price 0, no minimum tip. start then
 * waits for the first answer, makes a fresh authority key (<dir>/authority.key, mode 0600, hex; never
 * funded: gas is free), deploys the four contracts with zero-fee raw transactions signed by that key,
 * and writes the network file (<home>/network.json, "devnet": true, "gas": "free"). stop: SIGTERM, then SIGKILL after a timeout, to the recorded PID only after
 * checking that it still is an anvil, then removes the pid and state files. Linux only. */
#include "core/ledger/ethclient.h"
#include "core/ledger/networkconfig.h"
#include "core/result.h"
#include "crypto/secp256k1.h"

#include <chrono>

namespace carnet::core::ledger {

struct DevnetError
{
    enum Kind { AnvilNotFound, AlreadyRunning, NotRunning, StartFailed, DeployFailed, Io } kind = Io;
    QString message;
};

struct DevnetOptions
{
    int nodes = 1;
    std::uint64_t chainId = 31337;
    bool replace = false; // stop a devnet already running in this directory first
    std::chrono::milliseconds startTimeout{15000};
};

struct DevnetNodeStatus
{
    QUrl url;
    bool answers = false;
    std::uint64_t chainId = 0;
    std::uint64_t head = 0;
    QString problem;
};

struct DevnetStatus
{
    bool running = false;
    qint64 pid = 0;
    std::uint64_t chainId = 0;
    QList<DevnetNodeStatus> nodes;
};

class Devnet
{
public:
    /** `home`: the Carnet home (NetworkConfig::homeDirectory() by default); the devnet lives in home/devnet. */
    explicit Devnet(const QString &home = NetworkConfig::homeDirectory());

    QString directory() const { return m_dir; }
    QString networkFile() const;
    QString authorityKeyFile() const;

    /** $CARNET_ANVIL, else <source>/ledger/node_modules/@foundry-rs/anvil-linux-amd64/bin/anvil. */
    static Result<QString, DevnetError> findAnvil();

    Result<NetworkConfig, DevnetError> start(const DevnetOptions &options = {});
    DevnetStatus status() const;
    /** Returns the PID that was stopped. */
    Result<qint64, DevnetError> stop(std::chrono::milliseconds termTimeout = std::chrono::seconds(5));

    /** True while `pid` is a live process (not a zombie) whose command line names anvil. */
    static bool isAnvilProcess(qint64 pid);

private:
    qint64 recordedPid() const;
    QString m_home;
    QString m_dir;
};

} // namespace carnet::core::ledger

namespace carnet::core::ledger {

enum class KeyFileError { NotFound, Unreadable, Malformed, InsecurePermissions, Unwritable };
const char *describe(KeyFileError error);

/** A key file: the 32-byte secp256k1 private key as 64 hex digits (optional 0x), one line. Refused
 *  when group or others may read it. The read buffer is wiped. */
Result<crypto::PrivateKey, KeyFileError> loadKeyFile(const QString &path);
/** Writes a key file with mode 0600 (created with that mode before the secret is written). */
Result<void, KeyFileError> saveKeyFile(const QString &path, const crypto::PrivateKey &key);

} // namespace carnet::core::ledger
