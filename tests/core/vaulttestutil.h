// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Shared by the vault tests: floor parameters, secrets as SecureBuffers, a fake clock, file snapshots.
#include "core/vault/vault.h"

#include <QDir>
#include <QFile>
#include <QMap>
#include <QTest>

namespace carnet::core::test {

// Hardhat/anvil's published development mnemonic and its account 0 (m/44'/60'/0'/0/0), from the
// Hardhat documentation: an oracle independent of our derivation code.
inline constexpr char kHardhatPhrase[] = "test test test test test test test test test test test junk";
inline constexpr char kHardhatAddress[] = "0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266";
inline constexpr char kHardhatPrivateKey[] = "ac0974bec39a17e36ba4a6b4d238ff944bacb478cbed5efcae784d7bf4f2ff80";

// A 24-word phrase from the BIP-39 reference vectors (trezor/python-mnemonic vectors.json).
inline constexpr char kVectorPhrase[] =
    "void come effort suffer camp survey warrior heavy shoot primary clutch crush open amazing screen "
    "patrol group space point ten exist slush involve unfold";

inline crypto::SecureBuffer secret(std::string_view text)
{
    return crypto::SecureBuffer::copyOf(crypto::asBytes(text));
}

inline const crypto::Argon2Params kFloor = kArgon2Floor;

/** A wall clock the test moves by hand. */
struct FakeClock
{
    std::chrono::system_clock::time_point now{std::chrono::seconds(1'800'000'000)};
    VaultClock clock()
    {
        return [this] { return now; };
    }
    void advance(std::chrono::seconds by) { now += by; }
};

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

inline bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    return file.write(data) == data.size();
}

/** Every regular file under `dir` (recursively) with its contents. */
inline QMap<QString, QByteArray> snapshot(const QString &dir)
{
    QMap<QString, QByteArray> files;
    QDir root(dir);
    const QStringList names = root.entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot);
    for (const QString &name : names)
        files.insert(name, readAll(root.filePath(name)));
    return files;
}

inline QString headerFile(const QString &dir) { return dir + QStringLiteral("/vault.header"); }
inline QString dbFile(const QString &dir) { return dir + QStringLiteral("/vault.db"); }

/** Creates a floor-parameter vault and locks it; returns false on failure. */
inline bool makeVault(const QString &dir, std::string_view passphrase, std::string_view phrase = kHardhatPhrase)
{
    auto vault = Vault::create(dir, secret(passphrase), secret(phrase), kFloor);
    if (!vault)
        return false;
    (*vault)->lock();
    return true;
}

} // namespace carnet::core::test

namespace QTest {
template <>
inline char *toString(const carnet::core::VaultError &error)
{
    return qstrdup(carnet::core::vaultErrorName(error));
}
} // namespace QTest

/** QCOMPARE on the error of a failed Result. */
#define QCOMPARE_ERROR(result, expected)                                                                               \
    do {                                                                                                               \
        const auto &r_ = (result);                                                                                     \
        QVERIFY2(!r_.ok(), "expected a failure, got success");                                                         \
        QCOMPARE(r_.error(), (expected));                                                                              \
    } while (false)
