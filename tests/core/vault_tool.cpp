// SPDX-License-Identifier: GPL-3.0-or-later
// vault_tool: drives one vault operation in its own process, for the InUse and crash tests.
//
//   vault_tool create|restore DIR   stdin: passphrase, phrase      (floor parameters)
//   vault_tool passwd DIR           stdin: old passphrase, new passphrase
//   vault_tool open DIR             stdin: passphrase; prints "OPEN", then holds the vault until
//                                   stdin reaches end of file or a line "quit"
// Exit status: 0 on success, 10 + VaultError on a vault error, 2 on bad usage. With
// CARNET_VAULT_CRASH_POINT=N the vault code exits with 9 at its N-th checkpoint. On success it
// prints "CHECKPOINTS n" (how many checkpoints the operation passed) on stderr.
#include "core/vault/crashpoint.h"
#include "core/vault/vault.h"

#include <cstdio>
#include <iostream>
#include <string>

using namespace carnet::core;

namespace {

carnet::crypto::SecureBuffer readSecretLine()
{
    std::string line;
    std::getline(std::cin, line);
    auto out = carnet::crypto::SecureBuffer::copyOf(carnet::crypto::asBytes(line));
    carnet::crypto::secureWipe(line.data(), line.size());
    return out;
}

int failed(VaultError error)
{
    std::fprintf(stderr, "ERROR %s\n", vaultErrorName(error));
    return 10 + static_cast<int>(error);
}

int finish()
{
    std::fprintf(stderr, "CHECKPOINTS %d\n", vaultCheckpointCount());
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    if (argc != 3)
        return 2;
    const std::string command = argv[1];
    const QString dir = QString::fromLocal8Bit(argv[2]);

    if (command == "create" || command == "restore") {
        auto passphrase = readSecretLine();
        auto phrase = readSecretLine();
        auto vault = Vault::create(dir, std::move(passphrase), std::move(phrase), kArgon2Floor);
        return vault ? finish() : failed(vault.error());
    }
    if (command == "passwd") {
        auto oldPassphrase = readSecretLine();
        auto newPassphrase = readSecretLine();
        auto vault = Vault::open(dir, oldPassphrase);
        if (!vault)
            return failed(vault.error());
        auto changed = (*vault)->changePassphrase(oldPassphrase, newPassphrase);
        return changed ? finish() : failed(changed.error());
    }
    if (command == "open") {
        auto passphrase = readSecretLine();
        auto vault = Vault::open(dir, passphrase);
        if (!vault)
            return failed(vault.error());
        std::printf("OPEN %s\n", (*vault)->address().toLatin1().constData());
        std::fflush(stdout);
        std::string line;
        while (std::getline(std::cin, line) && line != "quit") {
        }
        return finish();
    }
    return 2;
}
