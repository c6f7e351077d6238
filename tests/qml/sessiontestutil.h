// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// A real WalletSession over a vault in a temporary directory: floor Argon2id parameters, an in-memory
// keystore, a known recovery phrase for the create flow, settings in a temporary directory.
// Addresses come from tests/cli/identity-vectors.json (ethers 6, an independent implementation).
#include "../core/fakekeystore.h"
#include "core/vault/header.h"
#include "qml/secretinput.h"
#include "qml/walletsession.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QTemporaryDir>

#include <memory>

namespace carnet::qml::test {

/** A phrase of identity-vectors.json and its ethers-derived address. */
struct KnownIdentity
{
    QString phrase;
    QString address;
};

inline KnownIdentity knownIdentity(const QString &language, int wordCount)
{
    QFile file(QStringLiteral(CARNET_SOURCE_DIR "/tests/cli/identity-vectors.json"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QJsonArray identities = QJsonDocument::fromJson(file.readAll()).object().value(QLatin1String("identities")).toArray();
    for (const QJsonValue &value : identities) {
        const QJsonObject identity = value.toObject();
        const QString phrase = identity.value(QLatin1String("phrase")).toString();
        if (identity.value(QLatin1String("language")).toString() == language
            && phrase.split(QLatin1Char(' ')).size() == wordCount)
            return {phrase, identity.value(QLatin1String("address")).toString()};
    }
    return {};
}

inline crypto::SecureBuffer bufferOf(const QString &text)
{
    return secureCopy(text);
}

/** Settings go to a temporary directory (call once per test program, before any QSettings). */
inline void isolateSettings(const QTemporaryDir &dir)
{
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, dir.path());
}

struct SessionFixture
{
    QTemporaryDir root;
    core::test::FakeKeyStore keyStore;
    KnownIdentity identity = knownIdentity(QStringLiteral("en"), 24);
    std::unique_ptr<WalletSession> session;

    QString vaultDir() const { return root.filePath(QStringLiteral("vault")); }

    void start()
    {
        WalletSession::Options options;
        options.newVaultParams = [] { return core::kArgon2Floor; };
        const QString phrase = identity.phrase;
        options.phraseGenerator = [phrase] { return secureCopy(phrase); };
        session = std::make_unique<WalletSession>(vaultDir(), &keyStore, options);
        WalletSession::publish(session.get());
    }

    /** A vault made directly with the core (floor parameters), left locked. */
    bool makeVault(const QString &passphrase, const QString &phrase)
    {
        auto created = core::Vault::create(vaultDir(), secureCopy(passphrase), secureCopy(phrase), core::kArgon2Floor);
        if (!created)
            return false;
        created.value()->lock();
        if (session)
            session->refresh();
        return true;
    }
};

inline const QString kGoodPassphrase = QStringLiteral("velvet otter climbs quiet lanterns");

} // namespace carnet::qml::test
