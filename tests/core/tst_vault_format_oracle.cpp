// SPDX-License-Identifier: GPL-3.0-or-later
// The on-disk format of docs/VAULT.md, checked by an independent reader (vault_format_oracle.py:
// hashlib, the reference argon2 CLI, pyca/cryptography AES-GCM, the sqlcipher CLI): it must find
// the checksum valid, unwrap the same data key Carnet hands to the keystore, read the account
// address out of vault.db with that raw key, and open the sealed recovery phrase with the phrase key
// (HKDF-SHA256 of the Argon2id output), after a passphrase change so the re-sealed copy is the one read.
#include "fakekeystore.h"
#include "vaulttestutil.h"

#include <QProcess>
#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;

class TestVaultFormatOracle : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void independentReaderAgrees()
    {
        QTemporaryDir tmp;
        QByteArray output;
        QString keyHex;
        QString idHex;
        // The reference CLI takes the salt as a C string: retry until a salt has no zero byte (~88%).
        for (int attempt = 0; attempt < 8; ++attempt) {
            const QString dir = tmp.filePath(QStringLiteral("w%1").arg(attempt));
            FakeKeyStore keys;
            {
                auto vault = Vault::create(dir, secret("first pass"), secret(kHardhatPhrase), kFloor);
                QVERIFY(vault.ok());
                QVERIFY((*vault)->changePassphrase(secret("first pass"), secret("oracle pass")).ok());
                QVERIFY((*vault)->enableQuickUnlock(keys).ok());
                keyHex = QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(keys.peek((*vault)->keyStoreId())->data()), 32).toHex());
                idHex = (*vault)->keyStoreId().mid(13);
            }
            QProcess oracle;
            oracle.start(QStringLiteral("/usr/bin/python3"),
                         {QStringLiteral(CARNET_SOURCE_DIR "/tests/core/vault_format_oracle.py"), dir,
                          QStringLiteral("oracle pass")});
            QVERIFY2(oracle.waitForFinished(60000), "oracle did not finish");
            output = oracle.readAllStandardOutput();
            if (output.contains("salt-has-nul"))
                continue;
            QVERIFY2(oracle.exitCode() == 0, output.constData());
            break;
        }
        QVERIFY2(output.contains("datakey "), output.constData());
        const QByteArray key = QByteArray("datakey ") + keyHex.toLatin1() + '\n';
        const QByteArray id = QByteArray("vaultid ") + idHex.toLatin1() + '\n';
        const QByteArray address = QByteArray("address ") + kHardhatAddress + '\n';
        QVERIFY(output.contains(key));
        QVERIFY(output.contains(id));
        QVERIFY2(output.contains(address), output.constData());
        const QByteArray phrase = QByteArray("phrase ") + kHardhatPhrase + '\n';
        QVERIFY2(output.contains(phrase), output.constData());
    }
};

QTEST_GUILESS_MAIN(TestVaultFormatOracle)
#include "tst_vault_format_oracle.moc"
