// SPDX-License-Identifier: GPL-3.0-or-later
// Key bundles (docs/PROTOCOL.md §8.4–8.5): the plaintext's round trip and each reader error; its size
// by the spec's formula and the spec's figures (1 entry, the demo's 550 entries in 5 records, 10,000
// entries); sealing and opening in the three modes; every single-bit flip of a small bundle refused;
// another chain id, contract, grant id or mode refused; a wrong passcode named; NFC; parts.
#include "core/share/keybundle.h"
#include "core/share/sealedbundle.h"
#include "crypto/hash.h"
#include "sharetestutil.h"

#include <QTest>

using namespace carnet::core::share;
using namespace carnet::crypto;
using carnet::test::sampleBundle;

namespace {
BundleContext sampleContext()
{
    BundleContext context;
    context.chainId = 31337;
    const Bytes contract = randomBytes(20);
    std::copy(contract.begin(), contract.end(), context.contract.begin());
    const Bytes grant = randomBytes(32);
    std::copy(grant.begin(), grant.end(), context.grantId.begin());
    return context;
}

KeyBundleError errorOf(ByteView plaintext)
{
    const auto decoded = decodeKeyBundle(plaintext);
    return decoded ? KeyBundleError(-1) : decoded.error();
}

Bytes bytesOf(const SecureBuffer &buffer)
{
    return Bytes(buffer.view().begin(), buffer.view().end());
}

void compareBundles(const KeyBundle &a, const KeyBundle &b)
{
    QCOMPARE(a.grantId, b.grantId);
    QCOMPARE(a.scope, b.scope);
    QCOMPARE(a.records.size(), b.records.size());
    for (std::size_t i = 0; i < a.records.size(); ++i) {
        QCOMPARE(a.records[i].recordId, b.records[i].recordId);
        QCOMPARE(a.records[i].patientAuthor, b.records[i].patientAuthor);
        QCOMPARE(a.records[i].entries.size(), b.records[i].entries.size());
        for (std::size_t j = 0; j < a.records[i].entries.size(); ++j) {
            QCOMPARE(a.records[i].entries[j].sequence, b.records[i].entries[j].sequence);
            QVERIFY(constantTimeEqual(a.records[i].entries[j].contentKey.view(), b.records[i].entries[j].contentKey.view()));
        }
    }
    QCOMPARE(a.writeBack.has_value(), b.writeBack.has_value());
    if (a.writeBack) {
        QCOMPARE(a.writeBack->recordId, b.writeBack->recordId);
        QVERIFY(a.writeBack->recordKey == b.writeBack->recordKey);
    }
}
} // namespace

class ShareBundleTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plaintextRoundTrip()
    {
        const GrantId grant = sampleContext().grantId;
        for (const bool writeBack : {false, true}) {
            const KeyBundle bundle = sampleBundle(grant, 3, 4, writeBack);
            const auto plaintext = encodeKeyBundle(bundle);
            QVERIFY(plaintext);
            QCOMPARE(plaintext->size(), plaintextSize(bundle));
            QCOMPARE(plaintext->size(), 38 + bundle.scope.size() + 3 * 56 + 12 * 36 + (writeBack ? 65 : 0));
            const auto decoded = decodeKeyBundle(plaintext->view());
            QVERIFY2(decoded, decoded ? "" : describe(decoded.error()));
            compareBundles(bundle, *decoded);
        }
    }

    void plaintextErrors()
    {
        const GrantId grant = sampleContext().grantId;
        const Bytes good = bytesOf(*encodeKeyBundle(sampleBundle(grant, 2, 2, true)));
        const std::size_t scopeLength = 13;
        const std::size_t flagsAt = 35 + scopeLength;
        const std::size_t recordsAt = flagsAt + 3;
        QVERIFY(decodeKeyBundle(good));
        QCOMPARE(errorOf({}), KeyBundleError::TooShort);
        Bytes b = good;
        b[0] = 2;
        QCOMPARE(errorOf(b), KeyBundleError::UnsupportedVersion);
        QCOMPARE(errorOf(ByteView(good).first(37)), KeyBundleError::TooShort);
        b = good;
        b[33] = 0xFF; // scopeLength far past the end
        QCOMPARE(errorOf(b), KeyBundleError::TooShort);
        b = good;
        b[35 + 1] = 0x08; // category bit 11
        QCOMPARE(errorOf(b), KeyBundleError::BadScope);
        b = good;
        b[flagsAt] = 0x03;
        QCOMPARE(errorOf(b), KeyBundleError::UnknownFlags);
        b = good;
        b[flagsAt + 1] = 0;
        b[flagsAt + 2] = 0;
        QCOMPARE(errorOf(b), KeyBundleError::BadRecordCount);
        b[flagsAt + 1] = 0x03;
        b[flagsAt + 2] = 0xE9; // 1,001
        QCOMPARE(errorOf(b), KeyBundleError::BadRecordCount);
        b = good;
        b[recordsAt + 52 + 3] = 0; // the first record's m = 0
        QCOMPARE(errorOf(b), KeyBundleError::EmptyRecord);
        b = good;
        b[recordsAt + 52 + 3] = 9; // m past the end
        QCOMPARE(errorOf(b), KeyBundleError::TooShort);
        b = good;
        const std::size_t second = recordsAt + 56 + 2 * 36;
        std::copy_n(good.begin() + static_cast<std::ptrdiff_t>(recordsAt), 32, b.begin() + static_cast<std::ptrdiff_t>(second));
        QCOMPARE(errorOf(b), KeyBundleError::RecordsNotSorted); // the same record id twice
        b = good;
        b[recordsAt + 56 + 36 + 3] = 0; // second entry's sequence 2 -> 0, the first's is 0
        QCOMPARE(errorOf(b), KeyBundleError::SequencesNotIncreasing);
        const std::size_t writeBackAt = good.size() - 65;
        b = good;
        b[writeBackAt + 32] = 0x04;
        QCOMPARE(errorOf(b), KeyBundleError::InvalidWriteBackKey);
        b = good;
        b[writeBackAt] ^= 1;
        QCOMPARE(errorOf(b), KeyBundleError::WriteBackMismatch);
        QCOMPARE(errorOf(ByteView(good).first(good.size() - 1)), KeyBundleError::TooShort);
        b = good;
        b.push_back(0);
        QCOMPARE(errorOf(b), KeyBundleError::TrailingBytes);
        b = good;
        b[flagsAt] = 0; // no write-back flag: its 65 bytes are trailing
        QCOMPARE(errorOf(b), KeyBundleError::TrailingBytes);

        // The writer refuses what the reader would.
        KeyBundle bundle = sampleBundle(grant, 2, 2);
        bundle.records[1].recordId = bundle.records[0].recordId;
        QCOMPARE(encodeKeyBundle(bundle).error(), KeyBundleError::RecordsNotSorted);
        bundle = sampleBundle(grant, 2, 2);
        bundle.records[0].entries[1].sequence = bundle.records[0].entries[0].sequence;
        QCOMPARE(encodeKeyBundle(bundle).error(), KeyBundleError::SequencesNotIncreasing);
        bundle = sampleBundle(grant, 1, 1);
        bundle.records[0].entries.clear();
        QCOMPARE(encodeKeyBundle(bundle).error(), KeyBundleError::EmptyRecord);
        bundle = sampleBundle(grant, 1, 1);
        bundle.records.clear();
        QCOMPARE(encodeKeyBundle(bundle).error(), KeyBundleError::BadRecordCount);
        bundle = sampleBundle(grant, 1, 1);
        bundle.records[0].entries[0].contentKey = randomSecret(31);
        QCOMPARE(encodeKeyBundle(bundle).error(), KeyBundleError::BadContentKey);
        bundle = sampleBundle(grant, 1, 1);
        bundle.scope = {1, 0, 0};
        QCOMPARE(encodeKeyBundle(bundle).error(), KeyBundleError::BadScope);
        bundle = sampleBundle(grant, 1, 1, true);
        bundle.writeBack->recordId[0] ^= 1;
        QCOMPARE(encodeKeyBundle(bundle).error(), KeyBundleError::WriteBackMismatch);
    }

    void sizesMatchTheSpec()
    {
        const GrantId grant = sampleContext().grantId;
        // 1 entry: 38 + 13 + 56 + 36 = 143 bytes ("about 150"), 172 sealed by code, 266 named.
        const auto one = encodeKeyBundle(sampleBundle(grant, 1, 1));
        QCOMPARE(one->size(), std::size_t {143});
        QCOMPARE(sealedBundleSize(BundleMode::Code, one->size()), std::size_t {172});
        QCOMPARE(sealedBundleSize(BundleMode::Named, one->size()), std::size_t {266});
        // The demo record: 550 entries in 5 records, 20,131 bytes ("about 20 KB"), one part.
        const auto demo = encodeKeyBundle(sampleBundle(grant, 5, 110));
        QCOMPARE(demo->size(), plaintextSize(13, 5, 550, false));
        QCOMPARE(demo->size(), std::size_t {20131});
        QCOMPARE(partCount(sealedBundleSize(BundleMode::Named, demo->size())), std::size_t {1});
        // 10,000 entries in 5 records: 360,331 bytes ("about 360 KB"); 11 parts by code, 12 named
        // (11 parts hold 360,448 bytes).
        const auto large = encodeKeyBundle(sampleBundle(grant, 5, 2000));
        QCOMPARE(large->size(), plaintextSize(13, 5, 10000, false));
        QCOMPARE(large->size(), std::size_t {360331});
        QCOMPARE(partCount(sealedBundleSize(BundleMode::Code, large->size())), std::size_t {11});
        QCOMPARE(partCount(sealedBundleSize(BundleMode::Named, large->size())), std::size_t {12});
        QCOMPARE(partCount(sealedBundleSize(BundleMode::Named, plaintextSize(13, 4, 10000, false))), std::size_t {11});
        const auto decoded = decodeKeyBundle(large->view());
        QVERIFY(decoded);
        QCOMPARE(decoded->records.size(), std::size_t {5});
        // The largest bundle: 64 parts.
        QCOMPARE(kMaxBundleBytes, std::size_t {2097152});
        QCOMPARE(sealCodeBundle(BundleMode::Code, Bytes(kMaxBundleBytes - 28), sampleContext(), randomSecret(32).view()).error(),
                 BundleError::TooLarge);
        QVERIFY(sealCodeBundle(BundleMode::Code, Bytes(kMaxBundleBytes - 29), sampleContext(), randomSecret(32).view()));
    }

    void sealAndOpenEachMode()
    {
        const BundleContext context = sampleContext();
        const SecureBuffer plaintext = encodeKeyBundle(sampleBundle(context.grantId, 2, 3, true)).value();
        const SecureBuffer secret = randomSecret(kShareSecretSize);

        const auto code = sealCodeBundle(BundleMode::Code, plaintext.view(), context, secret.view());
        QVERIFY(code);
        QCOMPARE(code->size(), sealedBundleSize(BundleMode::Code, plaintext.size()));
        QCOMPARE((*code)[0], std::uint8_t {1});
        const auto opened = openCodeBundle(BundleMode::Code, *code, context, secret.view());
        QVERIFY(opened);
        QVERIFY(constantTimeEqual(opened->view(), plaintext.view()));
        // Another secret, chain id, contract or grant id: damaged. Another mode: named first.
        QCOMPARE(openCodeBundle(BundleMode::Code, *code, context, randomSecret(32).view()).error(), BundleError::Damaged);
        BundleContext other = context;
        other.chainId += 1;
        QCOMPARE(openCodeBundle(BundleMode::Code, *code, other, secret.view()).error(), BundleError::Damaged);
        other = context;
        other.contract[0] ^= 1;
        QCOMPARE(openCodeBundle(BundleMode::Code, *code, other, secret.view()).error(), BundleError::Damaged);
        other = context;
        other.grantId[31] ^= 1;
        QCOMPARE(openCodeBundle(BundleMode::Code, *code, other, secret.view()).error(), BundleError::Damaged);
        QCOMPARE(openCodeBundle(BundleMode::Passcode, *code, context, secret.view(), QStringLiteral("1234")).error(),
                 BundleError::WrongMode);
        QCOMPARE(openCodeBundle(BundleMode::Named, *code, context, secret.view()).error(), BundleError::WrongMode);
        Bytes relabelled = *code;
        relabelled[0] = 2; // the mode is in the AAD: relabelled, it fails the tag
        QCOMPARE(openCodeBundle(BundleMode::Passcode, relabelled, context, secret.view(), QStringLiteral("1234")).error(),
                 BundleError::WrongPasscode);
        relabelled[0] = 4;
        QCOMPARE(openCodeBundle(BundleMode::Code, relabelled, context, secret.view()).error(), BundleError::UnknownMode);
        QCOMPARE(openCodeBundle(BundleMode::Code, {}, context, secret.view()).error(), BundleError::TooShort);
        QCOMPARE(openCodeBundle(BundleMode::Code, ByteView(*code).first(28), context, secret.view()).error(), BundleError::TooShort);

        const PrivateKey clinician = PrivateKey::generate();
        const auto named = sealNamedBundle(plaintext.view(), context, clinician.publicKey());
        QVERIFY(named);
        QCOMPARE(named->size(), sealedBundleSize(BundleMode::Named, plaintext.size()));
        const auto openedNamed = openNamedBundle(*named, context, clinician);
        QVERIFY(openedNamed);
        QVERIFY(constantTimeEqual(openedNamed->view(), plaintext.view()));
        QCOMPARE(openNamedBundle(*named, context, PrivateKey::generate()).error(), BundleError::Damaged);
        other = context;
        other.grantId[0] ^= 1; // the sealed key's context
        QCOMPARE(openNamedBundle(*named, other, clinician).error(), BundleError::Damaged);
        other = context;
        other.chainId = 1;
        QCOMPARE(openNamedBundle(*named, other, clinician).error(), BundleError::Damaged);
        other = context;
        other.contract[19] ^= 0x80;
        QCOMPARE(openNamedBundle(*named, other, clinician).error(), BundleError::Damaged);
        QCOMPARE(openNamedBundle(*code, context, clinician).error(), BundleError::WrongMode);
        QCOMPARE(openNamedBundle(ByteView(*named).first(1 + 94 + 12 + 15), context, clinician).error(), BundleError::TooShort);
        QCOMPARE(openCodeBundle(BundleMode::Code, *named, context, secret.view()).error(), BundleError::WrongMode);
    }

    void passcodes()
    {
        const BundleContext context = sampleContext();
        const SecureBuffer plaintext = encodeKeyBundle(sampleBundle(context.grantId, 1, 1)).value();
        const SecureBuffer secret = randomSecret(kShareSecretSize);
        // "café 1" with é precomposed (U+00E9) seals; with e + U+0301 it opens: NFC makes them one passcode.
        const QString precomposed = QStringLiteral("caf\u00E9 1");
        const QString decomposed = QStringLiteral("cafe\u0301 1");
        QVERIFY(precomposed != decomposed);
        QVERIFY(constantTimeEqual(passcodeBytes(precomposed)->view(), passcodeBytes(decomposed)->view()));
        QCOMPARE(passcodeBytes(decomposed)->size(), std::size_t {7}); // UTF-8 of the NFC form
        const auto sealed = sealCodeBundle(BundleMode::Passcode, plaintext.view(), context, secret.view(), precomposed);
        QVERIFY(sealed);
        QCOMPARE((*sealed)[0], std::uint8_t {2});
        const auto opened = openCodeBundle(BundleMode::Passcode, *sealed, context, secret.view(), decomposed);
        QVERIFY(opened);
        QVERIFY(constantTimeEqual(opened->view(), plaintext.view()));
        QCOMPARE(openCodeBundle(BundleMode::Passcode, *sealed, context, secret.view(), QStringLiteral("cafe 1")).error(),
                 BundleError::WrongPasscode);
        QCOMPARE(openCodeBundle(BundleMode::Passcode, *sealed, context, randomSecret(32).view(), precomposed).error(),
                 BundleError::WrongPasscode);
        Bytes flipped = *sealed;
        flipped.back() ^= 1;
        QCOMPARE(openCodeBundle(BundleMode::Passcode, flipped, context, secret.view(), precomposed).error(),
                 BundleError::WrongPasscode);
        // The key is HKDF(shareSecret ‖ Argon2id(passcode, salt grantId, 64 MiB, t 3, p 1)); not mode 1's.
        const auto key2 = codeBundleKey(BundleMode::Passcode, context.grantId, secret.view(), precomposed);
        const SecureBuffer argon = argon2id(passcodeBytes(precomposed)->view(), context.grantId, Argon2Params {65536, 3, 1}, 32);
        Bytes ikm(secret.view().begin(), secret.view().end());
        ikm.insert(ikm.end(), argon.view().begin(), argon.view().end());
        const SecureBuffer expected = hkdfSha256(ikm, context.grantId, asBytes("carnet/grant-key/v1/passcode"), 32);
        QVERIFY(constantTimeEqual(key2->view(), expected.view()));
        QVERIFY(!constantTimeEqual(key2->view(), codeBundleKey(BundleMode::Code, context.grantId, secret.view())->view()));
        // Lengths in code points after NFC: 4 to 64; a surrogate pair is one; a lone surrogate is refused.
        QCOMPARE(passcodeBytes(QStringLiteral("abc")).error(), BundleError::BadPasscode);
        QCOMPARE(passcodeBytes(QStringLiteral("abe\u0301")).error(), BundleError::BadPasscode); // 3 after NFC
        QVERIFY(passcodeBytes(QStringLiteral("abcd")));
        QVERIFY(passcodeBytes(QString(64, QLatin1Char('x'))));
        QCOMPARE(passcodeBytes(QString(65, QLatin1Char('x'))).error(), BundleError::BadPasscode);
        QVERIFY(passcodeBytes(QStringLiteral("\U0001F600\U0001F600\U0001F600\U0001F600")));
        QCOMPARE(passcodeBytes(QStringLiteral("\U0001F600\U0001F600\U0001F600")).error(), BundleError::BadPasscode);
        QString lone = QStringLiteral("abcd");
        lone.append(QChar(0xD800));
        QCOMPARE(passcodeBytes(lone).error(), BundleError::BadPasscode);
        QCOMPARE(sealCodeBundle(BundleMode::Passcode, plaintext.view(), context, secret.view(), QStringLiteral("abc")).error(),
                 BundleError::BadPasscode);
        QCOMPARE(openCodeBundle(BundleMode::Passcode, *sealed, context, secret.view(), QString()).error(),
                 BundleError::BadPasscode);
    }

    void everyBitFlipIsRefused()
    {
        const BundleContext context = sampleContext();
        const SecureBuffer plaintext = encodeKeyBundle(sampleBundle(context.grantId, 1, 1)).value();
        const SecureBuffer secret = randomSecret(kShareSecretSize);
        const PrivateKey clinician = PrivateKey::generate();
        const Bytes code = *sealCodeBundle(BundleMode::Code, plaintext.view(), context, secret.view());
        const Bytes named = *sealNamedBundle(plaintext.view(), context, clinician.publicKey());
        std::size_t flips = 0;
        for (std::size_t bit = 0; bit < code.size() * 8; ++bit, ++flips) {
            Bytes b = code;
            b[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            QVERIFY2(!openCodeBundle(BundleMode::Code, b, context, secret.view()), qPrintable(QString::number(bit)));
        }
        for (std::size_t bit = 0; bit < named.size() * 8; ++bit, ++flips) {
            Bytes b = named;
            b[bit / 8] ^= static_cast<std::uint8_t>(1u << (bit % 8));
            QVERIFY2(!openNamedBundle(b, context, clinician), qPrintable(QString::number(bit)));
        }
        QCOMPARE(flips, std::size_t {(172 + 266) * 8});
    }

    void parts()
    {
        const Bytes small = randomBytes(100);
        auto split = splitParts(small);
        QVERIFY(split);
        QCOMPARE(split->size(), std::size_t {1});
        QCOMPARE(*joinParts(*split), small);
        for (const std::size_t size : {kPartBytes, kPartBytes + 1, 3 * kPartBytes - 1, kMaxBundleBytes}) {
            const Bytes bundle = randomBytes(size);
            split = splitParts(bundle);
            QVERIFY(split);
            QCOMPARE(split->size(), partCount(size));
            for (std::size_t i = 0; i + 1 < split->size(); ++i)
                QCOMPARE((*split)[i].size(), kPartBytes);
            QVERIFY(!split->back().empty() && split->back().size() <= kPartBytes);
            QCOMPARE(*joinParts(*split), bundle);
        }
        QCOMPARE(split->size(), kMaxParts);
        QCOMPARE(splitParts(randomBytes(kMaxBundleBytes + 1)).error(), BundleError::TooLarge);
        QCOMPARE(splitParts({}).error(), BundleError::BadParts);
        QCOMPARE(joinParts({}).error(), BundleError::BadParts);
        QCOMPARE(joinParts({Bytes(10), Bytes(10)}).error(), BundleError::BadParts); // first part short
        QCOMPARE(joinParts({Bytes(kPartBytes), Bytes {}}).error(), BundleError::BadParts); // empty last
        QCOMPARE(joinParts({Bytes(kPartBytes + 1)}).error(), BundleError::BadParts);
        QCOMPARE(joinParts(std::vector<Bytes>(kMaxParts + 1, Bytes(kPartBytes))).error(), BundleError::BadParts);
        QVERIFY(joinParts({Bytes(kPartBytes), Bytes(kPartBytes)}));
    }

    void descriptionsNameEachError()
    {
        std::vector<std::string_view> seen;
        for (int e = 0; e <= static_cast<int>(KeyBundleError::TrailingBytes); ++e)
            seen.push_back(describe(static_cast<KeyBundleError>(e)));
        for (int e = 0; e <= static_cast<int>(BundleError::BadParts); ++e)
            seen.push_back(describe(static_cast<BundleError>(e)));
        for (const auto text : seen) {
            QVERIFY(!text.empty() && text != "unknown");
            QCOMPARE(std::count(seen.begin(), seen.end(), text), std::ptrdiff_t {1});
        }
    }
};

QTEST_GUILESS_MAIN(ShareBundleTest)
#include "tst_share_bundle.moc"
