// SPDX-License-Identifier: GPL-3.0-or-later
// Record keys (docs/PROTOCOL.md §1) against ethers.js (tests/oracles/record-cases.mjs keys, ethers
// 6.17.0 HDNodeWallet): for BIP-39 reference phrases, random English and French phrases and record
// indexes from 0 to 2^31 - 1, E_n's public key (m/4411982'/1'/n'), recordId_n = keccak("carnet/record-id/v1"
// ‖ compressed E_n.pub), P_n's address (m/4411982'/3'/n') and the connect code all equal the oracle's.
#include "core/identity.h"
#include "core/record/connectcode.h"
#include "core/record/recordkeys.h"
#include "crypto/bip39.h"
#include "crypto/hash.h"
#include "crypto/random.h"
#include "ledgeroracle.h"

#include <QJsonArray>
#include <QTemporaryFile>
#include <QTest>

using namespace carnet::core::record;
using namespace carnet::crypto;
using carnet::test::toHexString;

namespace {
struct Case
{
    std::string phrase;
    QString lang;
    std::uint32_t n;
};

std::string phraseOf(Bip39Language language)
{
    const Bytes entropy = randomBytes(32);
    return std::string(mnemonicFromEntropy(entropy, language).asStringView());
}
} // namespace

class RecordKeys : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesEthers()
    {
        const std::vector<std::string> vectors {
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
            "letter advice cage absurd amount doctor acoustic avoid letter advice cage above",
            "zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo zoo vote",
        };
        std::vector<Case> cases;
        const std::uint32_t indexes[] = {0, 1, 2, 19, 20, 1000, kMaxRecordIndex};
        for (const auto &phrase : vectors) {
            for (const std::uint32_t n : indexes)
                cases.push_back({phrase, QStringLiteral("en"), n});
        }
        for (int i = 0; i < 4; ++i) {
            cases.push_back({phraseOf(Bip39Language::English), QStringLiteral("en"), static_cast<std::uint32_t>(i)});
            cases.push_back({phraseOf(Bip39Language::French), QStringLiteral("fr"), static_cast<std::uint32_t>(3 * i + 1)});
        }

        QTemporaryFile input;
        QVERIFY(input.open());
        for (const Case &c : cases) {
            const QJsonObject line {{QStringLiteral("phrase"), QString::fromStdString(c.phrase)},
                                    {QStringLiteral("n"), static_cast<qint64>(c.n)},
                                    {QStringLiteral("lang"), c.lang}};
            input.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
        input.flush();
        QString error;
        const QList<QJsonObject> out = carnet::test::runOracle(
            QStringLiteral("record-cases.mjs"), {QStringLiteral("keys"), input.fileName()}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out.size(), static_cast<qsizetype>(cases.size()));

        for (std::size_t i = 0; i < cases.size(); ++i) {
            const auto keyring = RecordKeyring::fromPhrase(cases[i].phrase);
            QVERIFY(keyring);
            const QJsonObject &theirs = out[static_cast<qsizetype>(i)];
            const auto pub = keyring->recordPublicKey(cases[i].n);
            QVERIFY(pub);
            QCOMPARE(toHexString(pub->compressed()), theirs.value(QLatin1String("recordKey")).toString());
            const auto id = keyring->recordId(cases[i].n);
            QVERIFY(id);
            QCOMPARE(toHexString(*id), theirs.value(QLatin1String("recordId")).toString());
            QCOMPARE(recordIdOf(*pub), *id);
            const auto patient = keyring->patientAddress(cases[i].n);
            QVERIFY(patient);
            QCOMPARE(QString::fromStdString(toChecksumAddress(*patient)),
                     theirs.value(QLatin1String("patientAddress")).toString());
            QCOMPARE(QString::fromStdString(encodeConnectCode(*pub)), theirs.value(QLatin1String("connectCode")).toString());
        }
    }

    void keysAreDistinctAndConsistent()
    {
        const auto keyring = RecordKeyring::fromPhrase(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
        QVERIFY(keyring);
        const auto identity = carnet::core::Identity::fromPhrase(
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about");
        QVERIFY(identity);
        const auto encryption = identity->encryptionPublicKey().compressed();
        std::vector<Bytes> seen {Bytes(encryption.begin(), encryption.end())};
        for (std::uint32_t n = 0; n < 8; ++n) {
            const auto e = keyring->recordKey(n);
            const auto p = keyring->patientKey(n);
            QVERIFY(e && p);
            // E_n's private key gives the public key and id the keyring reports; P_n gives its address.
            QCOMPARE(e->publicKey(), *keyring->recordPublicKey(n));
            QCOMPARE(addressOf(p->publicKey()), *keyring->patientAddress(n));
            for (const auto &key : {e->publicKey().compressed(), p->publicKey().compressed()}) {
                const Bytes bytes(key.begin(), key.end());
                QVERIFY(std::find(seen.begin(), seen.end(), bytes) == seen.end());
                seen.push_back(bytes);
            }
        }
        // The same key twice: derivation is deterministic.
        QCOMPARE(*keyring->recordId(3), *keyring->recordId(3));
    }

    void indexOutOfRange()
    {
        const auto keyring = RecordKeyring::fromPhrase(
            "legal winner thank year wave sausage worth useful legal winner thank yellow");
        QVERIFY(keyring);
        QVERIFY(keyring->recordKey(kMaxRecordIndex));
        const std::uint32_t tooLarge = kMaxRecordIndex + 1;
        QCOMPARE(keyring->recordKey(tooLarge).error(), RecordKeyError::IndexOutOfRange);
        QCOMPARE(keyring->recordId(tooLarge).error(), RecordKeyError::IndexOutOfRange);
        QCOMPARE(keyring->patientKey(0xFFFFFFFFu).error(), RecordKeyError::IndexOutOfRange);
        QCOMPARE(keyring->patientAddress(tooLarge).error(), RecordKeyError::IndexOutOfRange);
        QVERIFY(std::string_view(describe(RecordKeyError::IndexOutOfRange)).size() > 0);
    }

    void badPhrases()
    {
        QCOMPARE(RecordKeyring::fromPhrase("abandon abandon").error(), carnet::core::IdentityError::WrongWordCount);
        QCOMPARE(RecordKeyring::fromPhrase(
                     "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon")
                     .error(),
                 carnet::core::IdentityError::BadChecksum);
    }

    void recordIdIsTheSpecHash()
    {
        // recordIdOf is keccak over the tag and the 33 compressed bytes, nothing else.
        const PrivateKey key = PrivateKey::generate();
        const auto compressed = key.publicKey().compressed();
        Bytes preimage = {'c', 'a', 'r', 'n', 'e', 't', '/', 'r', 'e', 'c', 'o', 'r', 'd', '-', 'i', 'd', '/', 'v', '1'};
        preimage.insert(preimage.end(), compressed.begin(), compressed.end());
        QCOMPARE(recordIdOf(key.publicKey()), keccak256(preimage));
    }
};

QTEST_GUILESS_MAIN(RecordKeys)
#include "tst_record_keys.moc"
