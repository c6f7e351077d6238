// SPDX-License-Identifier: GPL-3.0-or-later
// verifyEntry (docs/PROTOCOL.md §6 steps 1–3 and 5): each rejection named (the log's flag, the
// contract's entry hash, another author, content that is not a JSON object with one non-empty
// resourceType string), the accepted shapes, and distinct descriptions. The cryptographic rejections
// (flipped bits, moved keys, wrong position or domain) are in tst_sealed_entry.
#include "core/record/recordkeys.h"
#include "core/record/sealedentry.h"
#include "core/record/verifyentry.h"

#include <QTest>

using namespace carnet::core::record;
using namespace carnet::crypto;

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
} // namespace

class RecordVerifyTest : public QObject
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
    void verifyRejections()
    {
        const Address provider = addressOf(m_provider.publicKey());
        const Bytes good = seal(bytesOf(R"({"resourceType":"Observation"})"), 2);
        QVERIFY(verifyEntry(logged(good, 2, provider, false), m_domain, m_recordKey));

        // Step 1: the log's flag, the contract's entry hash.
        QCOMPARE(verifyEntry(logged(good, 2, provider, true), m_domain, m_recordKey).error(), EntryRejection::FlagMismatch);
        LoggedEntry wrongHash = logged(good, 2, provider, false);
        wrongHash.entryHash[0] ^= 1;
        QCOMPARE(verifyEntry(wrongHash, m_domain, m_recordKey).error(), EntryRejection::EntryHashMismatch);
        // Step 3: another author in the log (a provider entry sent by someone else; a patient entry
        // logged as the provider's).
        QCOMPARE(verifyEntry(logged(good, 2, addressOf(PrivateKey::generate().publicKey()), false), m_domain, m_recordKey).error(),
                 EntryRejection::WrongSigner);
        const Bytes own = seal(bytesOf(R"({"resourceType":"Observation"})"), 2, true);
        QVERIFY(verifyEntry(logged(own, 2, *m_keyring.patientAddress(0), true), m_domain, m_recordKey));
        QCOMPARE(verifyEntry(logged(own, 2, provider, true), m_domain, m_recordKey).error(), EntryRejection::WrongSigner);

        // Step 5.
        const std::pair<const char *, EntryRejection> contents[] = {
            {"not json", EntryRejection::ContentNotJson},
            {"[{\"resourceType\":\"Observation\"}]", EntryRejection::ContentNotJson},
            {"\"resourceType\"", EntryRejection::ContentNotJson},
            {"{\"resourceType\":\"Observation\"} {}", EntryRejection::ContentNotJson},
            {"{\"resourceType\":\"Observation\"", EntryRejection::ContentNotJson},
            {"{\"resourceType\":\"Obs\xFF\"}", EntryRejection::ContentNotJson},
            {"{}", EntryRejection::NoResourceType},
            {"{\"resourceType\":\"\"}", EntryRejection::NoResourceType},
            {"{\"resourceType\":1}", EntryRejection::NoResourceType},
            {"{\"resourceType\":null}", EntryRejection::NoResourceType},
            {"{\"resourceType\":{\"x\":\"Observation\"}}", EntryRejection::NoResourceType},
            {"{\"resourceType\":\"Observation\",\"resourceType\":\"Patient\"}", EntryRejection::NoResourceType},
            {"{\"code\":{\"resourceType\":\"Observation\"}}", EntryRejection::NoResourceType},
            {"{\"resourcetype\":\"Observation\"}", EntryRejection::NoResourceType},
        };
        for (const auto &[text, why] : contents) {
            const Bytes sealed = seal(bytesOf(text), 2);
            const auto verified = verifyEntry(logged(sealed, 2, provider, false), m_domain, m_recordKey);
            QVERIFY2(!verified, text);
            QCOMPARE(verified.error(), why);
        }
        for (const char *text : {"{\"contained\":[{\"resourceType\":\"X\"}],\"resourceType\":\"Bundle\"}",
                                 " \n{\"resourceType\":\"Patient\",\"resourceType2\":1}\n "}) {
            const Bytes sealed = seal(bytesOf(text), 2);
            QVERIFY2(verifyEntry(logged(sealed, 2, provider, false), m_domain, m_recordKey), text);
        }
    }

    void descriptionsAreDistinct()
    {
        std::vector<std::string_view> seen;
        for (int e = 0; e <= static_cast<int>(EntryRejection::NoResourceType); ++e) {
            const std::string_view text = describe(static_cast<EntryRejection>(e));
            QVERIFY(!text.empty() && text != "unknown");
            QVERIFY(std::find(seen.begin(), seen.end(), text) == seen.end());
            seen.push_back(text);
        }
    }
};

QTEST_GUILESS_MAIN(RecordVerifyTest)
#include "tst_record_verify.moc"
