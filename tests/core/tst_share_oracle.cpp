// SPDX-License-Identifier: GPL-3.0-or-later
// The grant formats (docs/PROTOCOL.md §8.1–8.6, §8.9) against tests/oracles/share-cases.mjs, written
// from the spec on ethers.js and Node's crypto: S_g's address and grant id, C's address, K and the
// clinician code for reference and random phrases; grantId for nonces up to 2^256 − 1; scopeHash;
// share codes of the three modes; mode-1 bundles opened (bundle key, plaintext and its fields) and
// mode-3 bundles opened; receipts and their hashes. (Argon2id of mode 2 is not in Node 20.)
#include "core/identity.h"
#include "core/share/clinicianid.h"
#include "core/share/grantscope.h"
#include "core/share/receipt.h"
#include "core/share/sharekeys.h"
#include "crypto/bip39.h"
#include "crypto/hash.h"
#include "ledgeroracle.h"
#include "sharetestutil.h"

#include <QJsonArray>
#include <QTemporaryFile>

using namespace carnet::core::share;
using namespace carnet::crypto;
using carnet::core::ledger::U256;
using carnet::test::hexOf;
using carnet::test::toHexString;

namespace {
QString addressText(const Address &address)
{
    return QString::fromStdString(toChecksumAddress(address));
}

template <std::size_t N>
std::array<std::uint8_t, N> randomArray()
{
    const Bytes bytes = randomBytes(N);
    std::array<std::uint8_t, N> out {};
    std::copy(bytes.begin(), bytes.end(), out.begin());
    return out;
}

// Writes the cases, runs the oracle and returns its answers (one per case), or fails the test.
QList<QJsonObject> ask(const QList<QJsonObject> &cases)
{
    QTemporaryFile input;
    if (!input.open())
        return {};
    for (const QJsonObject &c : cases)
        input.write(QJsonDocument(c).toJson(QJsonDocument::Compact) + '\n');
    input.flush();
    QString error;
    const QList<QJsonObject> out = carnet::test::runOracle(QStringLiteral("share-cases.mjs"), {input.fileName()}, &error);
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return out;
}

QJsonObject context(const BundleContext &c)
{
    return {{QStringLiteral("chainId"), QString::number(c.chainId)},
            {QStringLiteral("contract"), toHexString(c.contract)},
            {QStringLiteral("grantId"), toHexString(c.grantId)}};
}

BundleContext randomContext()
{
    return BundleContext {0xFFFFFFFFFFFFFFFFULL - randomBytes(1)[0], randomArray<20>(), randomArray<32>()};
}
} // namespace

class ShareOracleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keysAndClinicianCodes()
    {
        std::vector<std::string> phrases {
            "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about",
            "legal winner thank year wave sausage worth useful legal winner thank yellow",
        };
        for (int i = 0; i < 3; ++i)
            phrases.emplace_back(mnemonicFromEntropy(randomBytes(32), Bip39Language::English).asStringView());
        const std::uint32_t indexes[] = {0, 1, 20, kMaxGrantIndex};
        QList<QJsonObject> cases;
        std::vector<std::pair<std::size_t, std::uint32_t>> which;
        for (std::size_t p = 0; p < phrases.size(); ++p) {
            for (const std::uint32_t g : indexes) {
                cases.push_back({{QStringLiteral("kind"), QStringLiteral("keys")},
                                 {QStringLiteral("phrase"), QString::fromStdString(phrases[p])},
                                 {QStringLiteral("g"), static_cast<qint64>(g)}});
                which.emplace_back(p, g);
            }
        }
        const QList<QJsonObject> out = ask(cases);
        QCOMPARE(out.size(), cases.size());
        for (qsizetype i = 0; i < out.size(); ++i) {
            const auto [p, g] = which[static_cast<std::size_t>(i)];
            const auto master = carnet::core::masterKeyFromParse(parseMnemonic(phrases[p]));
            QVERIFY(master);
            const auto sharing = SharingKeyring::fromMaster(*master);
            QVERIFY(sharing);
            const QJsonObject &theirs = out[i];
            QCOMPARE(addressText(*sharing->sharingAddress(g)), theirs.value(QLatin1String("sharingAddress")).toString());
            QCOMPARE(toHexString(*sharing->grantId(g)), theirs.value(QLatin1String("grantId")).toString());
            const auto account = clinicianAccountKey(*master);
            const auto encryption = clinicianEncryptionKey(*master);
            QVERIFY(account && encryption);
            const Address clinician = addressOf(account->publicKey());
            QCOMPARE(addressText(clinician), theirs.value(QLatin1String("clinicianAddress")).toString());
            QCOMPARE(toHexString(encryption->publicKey().compressed()), theirs.value(QLatin1String("clinicianKey")).toString());
            QCOMPARE(QString::fromStdString(encodeClinicianCode(clinician, encryption->publicKey())),
                     theirs.value(QLatin1String("clinicianCode")).toString());
            QVERIFY(decodeClinicianCode(theirs.value(QLatin1String("clinicianCode")).toString()));
        }
    }

    void grantIds()
    {
        std::vector<U256> nonces {U256(0), U256(1), U256(0xFFFFFFFFFFFFFFFFULL), U256::max()};
        for (int i = 0; i < 8; ++i)
            nonces.push_back(*U256::fromBigEndian(randomBytes(32)));
        QList<QJsonObject> cases;
        std::vector<Address> signers;
        for (const U256 &nonce : nonces) {
            signers.push_back(randomArray<20>());
            cases.push_back({{QStringLiteral("kind"), QStringLiteral("grantId")},
                             {QStringLiteral("signer"), toHexString(signers.back())},
                             {QStringLiteral("nonce"), QString::fromStdString(nonce.toDecimal())}});
        }
        const QList<QJsonObject> out = ask(cases);
        QCOMPARE(out.size(), cases.size());
        for (std::size_t i = 0; i < nonces.size(); ++i)
            QCOMPARE(toHexString(grantIdOf(signers[i], nonces[i])), out[static_cast<qsizetype>(i)].value(QLatin1String("grantId")).toString());
        QCOMPARE(grantIdOf(signers[2], std::uint64_t {0xFFFFFFFFFFFFFFFFULL}), grantIdOf(signers[2], nonces[2]));
    }

    void scopeHashesAndShareCodes()
    {
        QList<QJsonObject> cases;
        std::vector<Bytes> scopes;
        for (int i = 0; i < 12; ++i) {
            GrantScope scope {static_cast<std::uint16_t>(randomBytes(2)[0] * 8 + 1), i % 2 ? 20240101u : 0u,
                              i % 3 ? 20260630u : 0u, {}};
            for (int e = 0; e < i * 7; ++e)
                scope.entries.push_back({randomArray<32>(), randomBytes(1)[0]});
            scopes.push_back(*encodeScope(scope));
            cases.push_back({{QStringLiteral("kind"), QStringLiteral("scope")}, {QStringLiteral("scope"), toHexString(scopes.back())}});
        }
        std::vector<ShareCode> codes;
        for (int i = 0; i < 12; ++i) {
            codes.push_back(carnet::test::sampleShareCode(static_cast<BundleMode>(1 + i % 3)));
            codes.back().chainId = i * 0x1111111111111111ULL;
            QJsonObject c = context(codes.back().context());
            c.insert(QStringLiteral("kind"), QStringLiteral("shareCode"));
            c.insert(QStringLiteral("mode"), 1 + i % 3);
            if (!codes.back().shareSecret.empty())
                c.insert(QStringLiteral("shareSecret"), toHexString(codes.back().shareSecret.view()));
            cases.push_back(c);
        }
        const QList<QJsonObject> out = ask(cases);
        QCOMPARE(out.size(), cases.size());
        for (std::size_t i = 0; i < scopes.size(); ++i) {
            const QJsonObject &theirs = out[static_cast<qsizetype>(i)];
            QCOMPARE(toHexString(scopeHash(scopes[i])), theirs.value(QLatin1String("scopeHash")).toString());
            const auto scope = decodeScope(scopes[i]);
            QCOMPARE(static_cast<int>(scope->categories), theirs.value(QLatin1String("categories")).toInt());
            QCOMPARE(static_cast<qint64>(scope->from), theirs.value(QLatin1String("from")).toInteger());
            QCOMPARE(static_cast<qint64>(scope->to), theirs.value(QLatin1String("to")).toInteger());
            QCOMPARE(static_cast<qint64>(scope->entries.size()), theirs.value(QLatin1String("k")).toInteger());
        }
        for (std::size_t i = 0; i < codes.size(); ++i) {
            const QString theirs = out[static_cast<qsizetype>(scopes.size() + i)].value(QLatin1String("code")).toString();
            QCOMPARE(QString::fromStdString(carnet::test::textOf(encodeShareCode(codes[i]))), theirs);
            const auto decoded = decodeShareCode(theirs);
            QVERIFY(decoded);
            QCOMPARE(decoded->grantId, codes[i].grantId);
        }
    }

    void bundlesOpenedIndependently()
    {
        struct Made
        {
            BundleContext context;
            KeyBundle bundle;
            SecureBuffer plaintext;
            SecureBuffer secret;
            PrivateKey clinician;
            bool named;
        };
        std::vector<Made> made;
        QList<QJsonObject> cases;
        const std::size_t shapes[][2] = {{1, 1}, {2, 3}, {5, 20}, {3, 1}};
        for (int i = 0; i < 8; ++i) {
            const BundleContext c = randomContext();
            KeyBundle bundle = carnet::test::sampleBundle(c.grantId, shapes[i % 4][0], shapes[i % 4][1], i % 3 == 0);
            SecureBuffer plaintext = encodeKeyBundle(bundle).value();
            Made m {c, std::move(bundle), std::move(plaintext), randomSecret(32), PrivateKey::generate(), i % 2 == 1};
            QJsonObject input = context(c);
            if (m.named) {
                input.insert(QStringLiteral("kind"), QStringLiteral("named"));
                input.insert(QStringLiteral("bundle"), toHexString(*sealNamedBundle(m.plaintext.view(), c, m.clinician.publicKey())));
                input.insert(QStringLiteral("clinicianKey"), toHexString(m.clinician.secret().view()));
            } else {
                input.insert(QStringLiteral("kind"), QStringLiteral("bundle"));
                input.insert(QStringLiteral("bundle"), toHexString(*sealCodeBundle(BundleMode::Code, m.plaintext.view(), c, m.secret.view())));
                input.insert(QStringLiteral("shareSecret"), toHexString(m.secret.view()));
            }
            cases.push_back(input);
            made.push_back(std::move(m));
        }
        const QList<QJsonObject> out = ask(cases);
        QCOMPARE(out.size(), cases.size());
        for (std::size_t i = 0; i < made.size(); ++i) {
            const Made &m = made[i];
            const QJsonObject &theirs = out[static_cast<qsizetype>(i)];
            QCOMPARE(hexOf(theirs.value(QLatin1String("plaintext"))), Bytes(m.plaintext.view().begin(), m.plaintext.view().end()));
            if (m.named)
                continue;
            QCOMPARE(theirs.value(QLatin1String("bundleKey")).toString(),
                     toHexString(codeBundleKey(BundleMode::Code, m.context.grantId, m.secret.view())->view()));
            const QJsonObject fields = theirs.value(QLatin1String("fields")).toObject();
            QCOMPARE(fields.value(QLatin1String("version")).toInt(), 1);
            QCOMPARE(fields.value(QLatin1String("rest")).toInt(), 0);
            QCOMPARE(fields.value(QLatin1String("grantId")).toString(), toHexString(m.bundle.grantId));
            QCOMPARE(hexOf(fields.value(QLatin1String("scope"))), m.bundle.scope);
            QCOMPARE(fields.value(QLatin1String("flags")).toInt(), m.bundle.writeBack ? 1 : 0);
            const QJsonArray records = fields.value(QLatin1String("records")).toArray();
            QCOMPARE(static_cast<std::size_t>(records.size()), m.bundle.records.size());
            for (std::size_t r = 0; r < m.bundle.records.size(); ++r) {
                const QJsonObject record = records[static_cast<qsizetype>(r)].toObject();
                QCOMPARE(record.value(QLatin1String("recordId")).toString(), toHexString(m.bundle.records[r].recordId));
                QCOMPARE(record.value(QLatin1String("author")).toString(), toHexString(m.bundle.records[r].patientAuthor));
                const QJsonArray entries = record.value(QLatin1String("entries")).toArray();
                QCOMPARE(static_cast<std::size_t>(entries.size()), m.bundle.records[r].entries.size());
                for (std::size_t e = 0; e < m.bundle.records[r].entries.size(); ++e) {
                    const QJsonObject entry = entries[static_cast<qsizetype>(e)].toObject();
                    QCOMPARE(static_cast<std::uint32_t>(entry.value(QLatin1String("sequence")).toInteger()),
                             m.bundle.records[r].entries[e].sequence);
                    QCOMPARE(entry.value(QLatin1String("contentKey")).toString(),
                             toHexString(m.bundle.records[r].entries[e].contentKey.view()));
                }
            }
            if (m.bundle.writeBack) {
                const QJsonObject writeBack = fields.value(QLatin1String("writeBack")).toObject();
                QCOMPARE(writeBack.value(QLatin1String("recordId")).toString(), toHexString(m.bundle.writeBack->recordId));
                QCOMPARE(writeBack.value(QLatin1String("recordKey")).toString(),
                         toHexString(m.bundle.writeBack->recordKey.compressed()));
            }
        }
    }

    void receipts()
    {
        QList<QJsonObject> cases;
        struct Made
        {
            BundleContext context;
            Address clinician;
            std::uint64_t readAt;
            std::vector<Hash32> hashes;
        };
        std::vector<Made> made;
        for (std::size_t i = 0; i < 6; ++i) {
            Made m {randomContext(), randomArray<20>(), 1700000000ULL + i * 1234567, {}};
            QJsonArray hashes;
            for (std::size_t k = 0; k < i * i; ++k) {
                m.hashes.push_back(keccak256(randomBytes(40)));
                hashes.append(toHexString(m.hashes.back()));
            }
            QJsonObject input = context(m.context);
            input.insert(QStringLiteral("kind"), QStringLiteral("receipt"));
            input.insert(QStringLiteral("clinician"), toHexString(m.clinician));
            input.insert(QStringLiteral("readAt"), QString::number(m.readAt));
            input.insert(QStringLiteral("entryHashes"), hashes);
            cases.push_back(input);
            made.push_back(std::move(m));
        }
        const QList<QJsonObject> out = ask(cases);
        QCOMPARE(out.size(), cases.size());
        for (std::size_t i = 0; i < made.size(); ++i) {
            const Made &m = made[i];
            const QJsonObject &theirs = out[static_cast<qsizetype>(i)];
            const Bytes bytes = receiptBytes(m.context, m.clinician, m.readAt, m.hashes);
            QCOMPARE(bytes.size(), kReceiptSize);
            QCOMPARE(hexOf(theirs.value(QLatin1String("receipt"))), bytes);
            QCOMPARE(toHexString(receiptHash(m.context, m.clinician, m.readAt, m.hashes)),
                     theirs.value(QLatin1String("receiptHash")).toString());
        }
    }
};

QTEST_GUILESS_MAIN(ShareOracleTest)
#include "tst_share_oracle.moc"
