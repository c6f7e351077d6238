// SPDX-License-Identifier: GPL-3.0-or-later
// A `strings`-style scan: after creating a vault with a known phrase and passphrase, changing the
// passphrase, and leaving a crashed create's temporary directory behind, no file under the tree
// holds the phrase, any run of 3+ of its words, a passphrase, the account or encryption private
// key (raw or hex), the BIP-39 seed, or the data key.
#include "fakekeystore.h"
#include "vaulttestutil.h"
#include "core/identity.h"

#include <QDirIterator>
#include <QProcess>
#include <QTemporaryDir>

using namespace carnet::core;
using namespace carnet::core::test;
namespace crypto = carnet::crypto;

namespace {

QByteArray raw(crypto::ByteView bytes)
{
    return QByteArray(reinterpret_cast<const char *>(bytes.data()), static_cast<qsizetype>(bytes.size()));
}

} // namespace

class TestVaultNoPlaintext : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noSecretInAnyFile()
    {
        QTemporaryDir tmp;
        const QString dir = tmp.filePath(QStringLiteral("wallet"));
        const char *pass1 = "canary-passphrase-7f3a9c";
        const char *pass2 = "canary-second-passphrase-41d0";
        FakeKeyStore keys;
        {
            auto vault = Vault::create(dir, secret(pass1), secret(kVectorPhrase), kFloor);
            QVERIFY(vault.ok());
            QVERIFY((*vault)->enableQuickUnlock(keys).ok());
            QVERIFY((*vault)->changePassphrase(secret(pass1), secret(pass2)).ok());
            QVERIFY((*vault)->recoveryPhrase(secret(pass2)).ok());
        }
        auto held = Vault::open(dir, secret(pass2)); // scanned while open too (WAL present)
        QVERIFY(held.ok());
        const crypto::SecureBuffer dataKey = keys.peek((*held)->keyStoreId())->clone();

        // A create killed just before its rename leaves a complete temporary vault: scan it too.
        const QString crashed = tmp.filePath(QStringLiteral("crashed"));
        QProcess tool;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CARNET_VAULT_CRASH_POINT"), QStringLiteral("6"));
        tool.setProcessEnvironment(env);
        tool.start(QStringLiteral(VAULT_TOOL), {QStringLiteral("create"), crashed});
        QVERIFY(tool.waitForStarted());
        tool.write(QByteArray(pass1) + '\n' + QByteArray(kVectorPhrase) + '\n');
        tool.closeWriteChannel();
        QVERIFY(tool.waitForFinished(60000));
        QCOMPARE(tool.exitCode(), 9);

        auto identity = Identity::fromPhrase(kVectorPhrase);
        QVERIFY(identity.ok());
        const crypto::SecureBuffer seed = crypto::mnemonicToSeed(kVectorPhrase);

        QList<QByteArray> needles = {QByteArray(kVectorPhrase), QByteArray(pass1), QByteArray(pass2)};
        const QList<QByteArray> words = QByteArray(kVectorPhrase).split(' ');
        for (int n = 3; n < words.size(); ++n)
            for (int i = 0; i + n <= words.size(); ++i)
                needles << words.mid(i, n).join(' ');
        for (const crypto::SecureBuffer *key : {&identity->accountKey().secret(), &identity->encryptionKey().secret(),
                                                &dataKey, &seed}) {
            const QByteArray bytes = raw(key->view());
            needles << bytes << bytes.toHex() << bytes.toHex().toUpper();
        }

        int files = 0;
        bool sawTemporary = false;
        QDirIterator it(tmp.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            sawTemporary = sawTemporary || path.contains(QLatin1String(".carnet-new-"));
            const QByteArray content = readAll(path);
            ++files;
            for (const QByteArray &needle : std::as_const(needles))
                QVERIFY2(!content.contains(needle), qPrintable(QStringLiteral("secret found in %1").arg(path)));
        }
        QVERIFY(sawTemporary);
        QVERIFY2(files >= 6, qPrintable(QString::number(files))); // header, db, lock in each of the two
        // The needles are live: the phrase is in the vault, readable once unlocked.
        auto phrase = (*held)->recoveryPhrase(secret(pass2));
        QVERIFY(phrase.ok());
        QCOMPARE(phrase->asStringView(), std::string_view(kVectorPhrase));
    }
};

QTEST_GUILESS_MAIN(TestVaultNoPlaintext)
#include "tst_vault_no_plaintext.moc"
