// SPDX-License-Identifier: GPL-3.0-or-later
// Sealed entries (docs/PROTOCOL.md §3–4, §6 steps 1–3 and 5):
//  - round trip for provider and patient-reported entries, the content byte for byte;
//  - against ethers.js and Node's crypto (tests/oracles/record-cases.mjs entries) for 64 generated
//    entries: the layout, the content opened independently, its keyed contentHash, the EIP-712 digest
//    (TypedDataEncoder.hash) and the signer (verifyTypedData);
//  - a guessed content cannot be confirmed with the public signature (contentHash is keyed);
//  - every single flipped bit of a sealed entry with 200 bytes of content is rejected;
//  - wrong record id, sequence, chain id or contract, a moved wrapped key, a malleated signature;
//  - opened with its content key alone (a grant's reader, §8.7 step 5): the same content and
//    contentHash; the wrong key, another position, a flipped header bit and a moved wrapped key refused;
//  - size limits, version and flags (verifyEntry's other rejections: tst_record_verify).
#include "core/record/recordkeys.h"
#include "core/record/sealedentry.h"
#include "core/record/verifyentry.h"
#include "crypto/hash.h"
#include "crypto/random.h"
#include "ledgeroracle.h"

#include <QTemporaryFile>
#include <QTest>

using namespace carnet::core::record;
using namespace carnet::crypto;
using carnet::test::hexOf;
using carnet::test::toHexString;

namespace {
const char kPhrase[] = "abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about";

Bytes bytesOf(std::string_view text)
{
    return Bytes(text.begin(), text.end());
}

Address addressFrom(std::string_view hex)
{
    return *parseAddress(hex);
}

// Every rejection path of the pure checks: parse, open, signature, signer = author.
bool accepted(ByteView sealed, const RecordId &id, std::uint64_t sequence, const PrivateKey &recordKey,
              const EntryDomain &domain, const Address &author)
{
    const auto parsed = parseSealedEntry(sealed);
    if (!parsed)
        return false;
    const auto opened = openSealedEntry(*parsed, id, sequence, recordKey);
    if (!opened)
        return false;
    const auto signer = entrySigner(*parsed, id, sequence, opened->contentHash, domain);
    return signer && *signer == author;
}
} // namespace

class SealedEntryTest : public QObject
{
    Q_OBJECT

private:
    RecordKeyring m_keyring = std::move(RecordKeyring::fromPhrase(kPhrase).value());
    PrivateKey m_recordKey = std::move(m_keyring.recordKey(0).value());
    PublicKey m_recordPub = m_recordKey.publicKey();
    RecordId m_id = recordIdOf(m_recordPub);
    PrivateKey m_provider = PrivateKey::generate();
    EntryDomain m_domain {31337, addressFrom("0x5FbDB2315678afecb367f032d93F642f64180aa3")};

    Bytes seal(ByteView content, std::uint64_t sequence = 0, bool patient = false, std::uint64_t authoredAt = 1767225600)
    {
        const PrivateKey patientKey = std::move(m_keyring.patientKey(0).value());
        const EntryToSeal entry {m_id, sequence, m_recordPub, content, authoredAt, patient,
                                 patient ? patientKey : m_provider, m_domain};
        auto sealed = sealEntry(entry);
        if (!sealed)
            qFatal("sealEntry failed");
        return std::move(*sealed);
    }

    LoggedEntry logged(ByteView sealed, std::uint64_t sequence, const Address &author, bool patient)
    {
        return LoggedEntry {m_id, sequence, sealed, author, patient, entryHashOf(sealed)};
    }

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<bool>("patient");
        QTest::newRow("provider") << QByteArray(R"({"resourceType":"Observation","valueQuantity":{"value":1.50,"unit":"mmol/L"}})") << false;
        QTest::newRow("patient") << QByteArray("{\n  \"resourceType\" : \"Observation\",\r\n\t\"note\": \"tension 12/8 \xC3\xA9\xF0\x9F\x92\x89\"  }\n") << true;
        QTest::newRow("one byte") << QByteArray("x") << false; // seals and opens; verifyEntry refuses it (step 5)
    }

    void roundTrip()
    {
        QFETCH(QByteArray, content);
        QFETCH(bool, patient);
        const ByteView view(reinterpret_cast<const std::uint8_t *>(content.constData()), static_cast<std::size_t>(content.size()));
        const std::uint64_t sequence = 7;
        const Bytes sealed = seal(view, sequence, patient, 1767225600);
        QCOMPARE(sealed.size(), kEntryOverhead + view.size());

        const auto parsed = parseSealedEntry(sealed);
        QVERIFY(parsed);
        QCOMPARE(parsed->patientReported(), patient);
        QCOMPARE(parsed->authoredAt, std::uint64_t {1767225600});
        QCOMPARE(parsed->contentSize(), view.size());
        const auto opened = openSealedEntry(*parsed, m_id, sequence, m_recordKey);
        QVERIFY(opened);
        QVERIFY(std::equal(opened->content.begin(), opened->content.end(), view.begin(), view.end())); // "1.50", white space, CRLF kept

        const Address author = patient ? *m_keyring.patientAddress(0) : addressOf(m_provider.publicKey());
        const auto signer = entrySigner(*parsed, m_id, sequence, opened->contentHash, m_domain);
        QVERIFY(signer);
        QCOMPARE(*signer, author);
        // Someone without the content key who guesses the content cannot confirm the guess with the
        // public signature: the plain keccak of the content recovers another account.
        QVERIFY(opened->contentHash != keccak256(view));
        QVERIFY(*entrySigner(*parsed, m_id, sequence, keccak256(view), m_domain) != author);

        const auto verified = verifyEntry(logged(sealed, sequence, author, patient), m_domain, m_recordKey);
        if (content == "x") {
            QCOMPARE(verified.error(), EntryRejection::ContentNotJson);
            return;
        }
        QVERIFY2(verified, verified ? "" : describe(verified.error()));
        QVERIFY(verified->content == Bytes(view.begin(), view.end()));
        QCOMPARE(verified->contentHash, opened->contentHash);
        QCOMPARE(verified->patientReported, patient);
        QCOMPARE(verified->authoredAt, std::uint64_t {1767225600});
    }

    void freshKeyAndNoncePerEntry()
    {
        const Bytes content = bytesOf(R"({"resourceType":"Patient"})");
        const Bytes a = seal(content);
        const Bytes b = seal(content);
        QVERIFY(a != b);
        QVERIFY(!std::equal(a.begin() + kOffsetWrappedKey, a.begin() + kOffsetCiphertext, b.begin() + kOffsetWrappedKey));
    }

    void matchesEthers()
    {
        struct Case
        {
            Bytes sealed;
            Bytes content;
            std::uint64_t sequence;
            EntryDomain domain;
            Address author;
            bool patient;
            std::uint64_t authoredAt;
        };
        std::vector<Case> cases;
        const std::uint64_t chains[] = {1, 31337, 11155111, 0xFFFFFFFFFFFFFFFFull};
        const std::size_t sizes[] = {1, 2, 15, 16, 17, 200, 1000, 4096, kMaxContentBytes};
        for (int i = 0; i < 64; ++i) {
            const bool patient = i % 3 == 0;
            Bytes content = randomBytes(sizes[static_cast<std::size_t>(i) % std::size(sizes)]);
            const std::uint64_t sequence = i % 5 == 0 ? 0xFFFFFFFFFFFFFFFFull : static_cast<std::uint64_t>(i) * 1000003u;
            const std::uint64_t authoredAt = i % 7 == 0 ? 0 : 1700000000u + static_cast<std::uint64_t>(i) * 86400u;
            EntryDomain domain {chains[i % 4], {}};
            const Bytes contract = randomBytes(20);
            std::copy(contract.begin(), contract.end(), domain.recordLog.begin());
            const PrivateKey author = patient ? std::move(m_keyring.patientKey(static_cast<std::uint32_t>(i)).value())
                                              : PrivateKey::generate();
            const EntryToSeal entry {m_id, sequence, m_recordPub, content, authoredAt, patient, author, domain};
            auto sealed = sealEntry(entry);
            QVERIFY(sealed);
            cases.push_back({std::move(*sealed), std::move(content), sequence, domain, addressOf(author.publicKey()),
                             patient, authoredAt});
        }

        QTemporaryFile input;
        QVERIFY(input.open());
        for (const Case &c : cases) {
            const QJsonObject line {{QStringLiteral("sealed"), toHexString(c.sealed)},
                                    {QStringLiteral("recordKey"), toHexString(m_recordKey.secret().view())},
                                    {QStringLiteral("recordId"), toHexString(m_id)},
                                    {QStringLiteral("sequence"), QString::number(c.sequence)},
                                    {QStringLiteral("chainId"), QString::number(c.domain.chainId)},
                                    {QStringLiteral("recordLog"), QString::fromStdString(toChecksumAddress(c.domain.recordLog))}};
            input.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
        }
        input.flush();
        QString error;
        const QList<QJsonObject> out = carnet::test::runOracle(
            QStringLiteral("record-cases.mjs"), {QStringLiteral("entries"), input.fileName()}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(out.size(), static_cast<qsizetype>(cases.size()));

        for (std::size_t i = 0; i < cases.size(); ++i) {
            const Case &c = cases[i];
            const QJsonObject &theirs = out[static_cast<qsizetype>(i)];
            const auto parsed = parseSealedEntry(c.sealed);
            QVERIFY(parsed);
            QCOMPARE(theirs.value(QLatin1String("version")).toInt(), 1);
            QCOMPARE(theirs.value(QLatin1String("flags")).toInt(), c.patient ? 1 : 0);
            QCOMPARE(theirs.value(QLatin1String("authoredAt")).toString(), QString::number(c.authoredAt));
            QCOMPARE(hexOf(theirs.value(QLatin1String("content"))), c.content);
            const auto opened = openSealedEntry(*parsed, m_id, c.sequence, m_recordKey);
            QVERIFY(opened);
            QCOMPARE(opened->content, c.content);
            QCOMPARE(toHexString(opened->contentHash), theirs.value(QLatin1String("contentHash")).toString());
            QCOMPARE(toHexString(keccak256(parsed->wrappedKey)), theirs.value(QLatin1String("wrappedKeyHash")).toString());
            const EntryMessage message {m_id, c.sequence, opened->contentHash, keccak256(parsed->wrappedKey),
                                        c.authoredAt, c.patient};
            QCOMPARE(toHexString(entryDigest(message, c.domain)), theirs.value(QLatin1String("digest")).toString());
            QCOMPARE(theirs.value(QLatin1String("signer")).toString(), QString::fromStdString(toChecksumAddress(c.author)));
            const auto signer = entrySigner(*parsed, m_id, c.sequence, opened->contentHash, c.domain);
            QVERIFY(signer);
            QCOMPARE(*signer, c.author);
        }
    }

    void everyFlippedBitIsRejected()
    {
        Bytes content = bytesOf(R"({"resourceType":"Observation","code":{"text":"glucose"},"valueQuantity":{"value":1.50}})");
        content.resize(200, ' ');
        const Address author = addressOf(m_provider.publicKey());
        const Bytes sealed = seal(content, 3);
        QVERIFY(accepted(sealed, m_id, 3, m_recordKey, m_domain, author));
        QVERIFY(verifyEntry(logged(sealed, 3, author, false), m_domain, m_recordKey));
        std::size_t flips = 0;
        for (std::size_t byte = 0; byte < sealed.size(); ++byte) {
            for (int bit = 0; bit < 8; ++bit) {
                Bytes altered = sealed;
                altered[byte] ^= static_cast<std::uint8_t>(1u << bit);
                QVERIFY2(!accepted(altered, m_id, 3, m_recordKey, m_domain, author),
                         qPrintable(QStringLiteral("byte %1 bit %2").arg(byte).arg(bit)));
                // Even a node that serves the altered bytes with a matching entryHash and flag is refused.
                LoggedEntry entry = logged(altered, 3, author, (altered[kOffsetFlags] & 1) != 0);
                QVERIFY(!verifyEntry(entry, m_domain, m_recordKey));
                ++flips;
            }
        }
        QCOMPARE(flips, (kEntryOverhead + 200) * 8);
    }

    void wrongPositionOrDomain()
    {
        const Bytes content = bytesOf(R"({"resourceType":"Observation"})");
        const Address author = addressOf(m_provider.publicKey());
        const Bytes sealed = seal(content, 5);
        const auto parsed = parseSealedEntry(sealed);
        QVERIFY(parsed);
        QVERIFY(accepted(sealed, m_id, 5, m_recordKey, m_domain, author));

        // Another record id or sequence: the wrapped key does not open.
        RecordId otherId = m_id;
        otherId[31] ^= 1;
        QCOMPARE(openSealedEntry(*parsed, otherId, 5, m_recordKey).error(), OpenError::KeyUnwrapFailed);
        QCOMPARE(openSealedEntry(*parsed, m_id, 4, m_recordKey).error(), OpenError::KeyUnwrapFailed);
        QCOMPARE(openSealedEntry(*parsed, m_id, 6, m_recordKey).error(), OpenError::KeyUnwrapFailed);
        // Another record's key.
        const PrivateKey otherKey = std::move(m_keyring.recordKey(1).value());
        QCOMPARE(openSealedEntry(*parsed, m_id, 5, otherKey).error(), OpenError::KeyUnwrapFailed);
        // Another chain or contract: the signature recovers someone else.
        EntryDomain otherChain = m_domain;
        otherChain.chainId = 1;
        EntryDomain otherContract = m_domain;
        otherContract.recordLog[19] ^= 1;
        QVERIFY(!accepted(sealed, m_id, 5, m_recordKey, otherChain, author));
        QVERIFY(!accepted(sealed, m_id, 5, m_recordKey, otherContract, author));
        QCOMPARE(verifyEntry(logged(sealed, 5, author, false), otherChain, m_recordKey).error(), EntryRejection::WrongSigner);
        QCOMPARE(verifyEntry(logged(sealed, 5, author, false), otherContract, m_recordKey).error(), EntryRejection::WrongSigner);
        // The signer checks the position too (with the right content hash, another sequence is another message).
        const Hash32 contentHash = openSealedEntry(*parsed, m_id, 5, m_recordKey)->contentHash;
        QCOMPARE(*entrySigner(*parsed, m_id, 5, contentHash, m_domain), author);
        QVERIFY(*entrySigner(*parsed, m_id, 6, contentHash, m_domain) != author);
        QVERIFY(*entrySigner(*parsed, otherId, 5, contentHash, m_domain) != author);

        LoggedEntry moved = logged(sealed, 6, author, false);
        QCOMPARE(verifyEntry(moved, m_domain, m_recordKey).error(), EntryRejection::KeyUnwrapFailed);
        moved = logged(sealed, 5, author, false);
        moved.recordId = otherId;
        QCOMPARE(verifyEntry(moved, m_domain, m_recordKey).error(), EntryRejection::KeyUnwrapFailed);
    }

    /** The content key the wrapped key of an entry at (m_id, sequence) holds, unwrapped with E_n. */
    SecureBuffer contentKeyOf(const ParsedEntry &parsed, std::uint64_t sequence)
    {
        Bytes context(kEntryKeyTag.begin(), kEntryKeyTag.end());
        context.insert(context.end(), m_id.begin(), m_id.end());
        for (int shift = 56; shift >= 0; shift -= 8)
            context.push_back(static_cast<std::uint8_t>(sequence >> shift));
        auto key = eciesOpen(m_recordKey, parsed.wrappedKey, context);
        if (!key)
            qFatal("the wrapped key does not open");
        return std::move(*key);
    }

    void openWithTheContentKey()
    {
        const Bytes content = bytesOf(R"({"resourceType":"Observation","valueQuantity":{"value":7.0}})");
        const Address author = addressOf(m_provider.publicKey());
        const Bytes sealed = seal(content, 3);
        const auto parsed = parseSealedEntry(sealed);
        QVERIFY(parsed);
        const SecureBuffer key = contentKeyOf(*parsed, 3);
        const auto byRecordKey = openSealedEntry(*parsed, m_id, 3, m_recordKey);
        const auto byContentKey = openWithContentKey(*parsed, m_id, 3, key.view());
        QVERIFY(byRecordKey && byContentKey);
        QVERIFY(byContentKey->content == content);
        QCOMPARE(byContentKey->contentHash, byRecordKey->contentHash);
        QCOMPARE(*entrySigner(*parsed, m_id, 3, byContentKey->contentHash, m_domain), author);
        const auto verified = verifyEntryWithContentKey(logged(sealed, 3, author, false), m_domain, key.view());
        QVERIFY2(verified, verified ? "" : describe(verified.error()));
        QVERIFY(verified->content == content);

        // Another key, a key of another size, another position (the AAD binds it).
        SecureBuffer wrong = key.clone();
        wrong.data()[0] ^= 1;
        QCOMPARE(openWithContentKey(*parsed, m_id, 3, wrong.view()).error(), OpenError::ContentAuthFailed);
        QCOMPARE(openWithContentKey(*parsed, m_id, 3, key.view().first(31)).error(), OpenError::ContentAuthFailed);
        QCOMPARE(openWithContentKey(*parsed, m_id, 4, key.view()).error(), OpenError::ContentAuthFailed);
        RecordId otherId = m_id;
        otherId[0] ^= 1;
        QCOMPARE(openWithContentKey(*parsed, otherId, 3, key.view()).error(), OpenError::ContentAuthFailed);
        QCOMPARE(verifyEntryWithContentKey(logged(sealed, 3, author, false), m_domain, wrong.view()).error(),
                 EntryRejection::ContentAuthFailed);
        // A flipped authoredAt bit (header, in the AAD) and another wrapped key (in the AAD) are refused.
        Bytes header = sealed;
        header[kOffsetAuthoredAt + 7] ^= 1;
        QCOMPARE(openWithContentKey(*parseSealedEntry(header), m_id, 3, key.view()).error(), OpenError::ContentAuthFailed);
        const Bytes other = seal(content, 3);
        Bytes moved = sealed;
        std::copy(other.begin() + kOffsetWrappedKey, other.begin() + kOffsetNonce, moved.begin() + kOffsetWrappedKey);
        QCOMPARE(openWithContentKey(*parseSealedEntry(moved), m_id, 3, key.view()).error(), OpenError::ContentAuthFailed);
        // Another author's signature: opens, but the signer is not the log's author.
        QCOMPARE(verifyEntryWithContentKey(logged(sealed, 3, addressOf(PrivateKey::generate().publicKey()), false), m_domain,
                                           key.view()).error(),
                 EntryRejection::WrongSigner);
    }

    void movedWrappedKeyIsRejected()
    {
        const Bytes content = bytesOf(R"({"resourceType":"Observation"})");
        const Address author = addressOf(m_provider.publicKey());
        const Bytes first = seal(content, 0);
        const Bytes second = seal(content, 1);
        // Entry 1 carrying entry 0's wrapped key: the key does not open at sequence 1.
        Bytes swapped = second;
        std::copy(first.begin() + kOffsetWrappedKey, first.begin() + kOffsetNonce, swapped.begin() + kOffsetWrappedKey);
        auto parsed = parseSealedEntry(swapped);
        QVERIFY(parsed);
        QCOMPARE(openSealedEntry(*parsed, m_id, 1, m_recordKey).error(), OpenError::KeyUnwrapFailed);
        // At sequence 0 the key opens, but the content was sealed under another key and AAD.
        QCOMPARE(openSealedEntry(*parsed, m_id, 0, m_recordKey).error(), OpenError::ContentAuthFailed);
        QCOMPARE(verifyEntry(logged(swapped, 0, author, false), m_domain, m_recordKey).error(),
                 EntryRejection::ContentAuthFailed);
        // Entry 0's key and content under entry 1's signature: still the wrong position.
        Bytes spliced = first;
        std::copy(second.begin() + kOffsetSignature, second.begin() + kOffsetWrappedKey, spliced.begin() + kOffsetSignature);
        QVERIFY(!accepted(spliced, m_id, 0, m_recordKey, m_domain, author));
        QVERIFY(!accepted(spliced, m_id, 1, m_recordKey, m_domain, author));
    }

    void malleatedSignatureIsRejected()
    {
        const Bytes content = bytesOf(R"({"resourceType":"Observation"})");
        const Bytes sealed = seal(content, 0);
        // s' = n - s with v flipped is the same signature in its high-S form: refused.
        static const std::uint8_t n[32] = {0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF,
                                           0xFF, 0xFF, 0xFF, 0xFF, 0xFE, 0xBA, 0xAE, 0xDC, 0xE6, 0xAF, 0x48,
                                           0xA0, 0x3B, 0xBF, 0xD2, 0x5E, 0x8C, 0xD0, 0x36, 0x41, 0x41};
        Bytes high = sealed;
        int borrow = 0;
        for (int i = 31; i >= 0; --i) {
            const std::size_t at = kOffsetSignature + 32 + static_cast<std::size_t>(i);
            int d = n[i] - sealed[at] - borrow;
            borrow = d < 0 ? 1 : 0;
            high[at] = static_cast<std::uint8_t>(d + (borrow ? 256 : 0));
        }
        high[kOffsetSignature + 64] = sealed[kOffsetSignature + 64] == 27 ? 28 : 27;
        auto parsed = parseSealedEntry(high);
        QVERIFY(parsed);
        QCOMPARE(entrySigner(*parsed, m_id, 0, keccak256(content), m_domain).error(), SignerError::BadSignature);
        // v = 0 or 1 (accepted by some tools) is not the format: only 27 and 28.
        for (const std::uint8_t v : {std::uint8_t {0}, std::uint8_t {1}, std::uint8_t {29}}) {
            Bytes other = sealed;
            other[kOffsetSignature + 64] = v;
            parsed = parseSealedEntry(other);
            QVERIFY(parsed);
            QCOMPARE(entrySigner(*parsed, m_id, 0, keccak256(content), m_domain).error(), SignerError::BadSignature);
            QCOMPARE(verifyEntry(logged(other, 0, addressOf(m_provider.publicKey()), false), m_domain, m_recordKey).error(),
                     EntryRejection::BadSignature);
        }
    }

    void sizeLimits()
    {
        const Bytes largest(kMaxContentBytes, 'a');
        const Bytes sealed = seal(largest);
        QCOMPARE(sealed.size(), kMaxEntryBytes);
        const auto parsed = parseSealedEntry(sealed);
        QVERIFY(parsed);
        QVERIFY(openSealedEntry(*parsed, m_id, 0, m_recordKey)->content == largest);

        const Bytes tooLarge(kMaxContentBytes + 1, 'a');
        const EntryToSeal big {m_id, 0, m_recordPub, tooLarge, 0, false, m_provider, m_domain};
        QCOMPARE(sealEntry(big).error(), SealError::ContentTooLarge);
        const EntryToSeal empty {m_id, 0, m_recordPub, ByteView(), 0, false, m_provider, m_domain};
        QCOMPARE(sealEntry(empty).error(), SealError::EmptyContent);

        Bytes over = sealed;
        over.push_back(0);
        QCOMPARE(parseSealedEntry(over).error(), ParseError::TooLarge);
        QCOMPARE(parseSealedEntry(ByteView()).error(), ParseError::TooShort);
        QCOMPARE(parseSealedEntry(ByteView(sealed.data(), kMinEntryBytes - 1)).error(), ParseError::TooShort);
        QCOMPARE(parseSealedEntry(ByteView(sealed.data(), 1)).error(), ParseError::TooShort);
        QVERIFY(parseSealedEntry(ByteView(sealed.data(), kMinEntryBytes)));
    }

    void versionAndFlags()
    {
        const Bytes content = bytesOf(R"({"resourceType":"Observation"})");
        Bytes sealed = seal(content);
        for (const std::uint8_t version : {std::uint8_t {0}, std::uint8_t {2}, std::uint8_t {0xFF}}) {
            Bytes other = sealed;
            other[0] = version;
            QCOMPARE(parseSealedEntry(other).error(), ParseError::UnsupportedVersion);
            other.resize(3);
            QCOMPARE(parseSealedEntry(other).error(), ParseError::UnsupportedVersion); // the version is read first
        }
        for (int bit = 1; bit < 8; ++bit) {
            Bytes other = sealed;
            other[1] = static_cast<std::uint8_t>(1u << bit);
            QCOMPARE(parseSealedEntry(other).error(), ParseError::UnknownFlags);
            QCOMPARE(verifyEntry(logged(other, 0, addressOf(m_provider.publicKey()), false), m_domain, m_recordKey).error(),
                     EntryRejection::UnknownFlags);
        }
    }
};

QTEST_GUILESS_MAIN(SealedEntryTest)
#include "tst_sealed_entry.moc"
