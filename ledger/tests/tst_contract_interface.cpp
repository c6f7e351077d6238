// SPDX-License-Identifier: GPL-3.0-or-later
// The C++ interface generated from the solc output (ledger/contracts_generated.h), checked against an
// independent Keccak-256 (carnet_crypto over Botan): every function and error selector and every event
// topic, the ABI JSON they came from, the signatures docs/CONTRACTS.md documents, and bytecode that is
// well-formed hex and uses no opcode newer than the pinned evmVersion (paris).
#include "crypto/bytes.h"
#include "crypto/hash.h"
#include "ledger/contracts_generated.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <algorithm>

using namespace carnet;

namespace {

QByteArray hexOf(std::span<const std::uint8_t> bytes)
{
    return QByteArray::fromStdString(crypto::toHex(bytes));
}

QByteArray keccakHex(std::string_view text)
{
    return hexOf(crypto::keccak256(crypto::asBytes(text)));
}

QByteArray selectorHex(std::string_view signature)
{
    return keccakHex(signature).left(8);
}

std::string_view toView(const QByteArray &bytes)
{
    return {bytes.constData(), static_cast<std::size_t>(bytes.size())};
}

// The canonical type of an ABI parameter, written independently of the generator: tuples spelled
// out as (t1,t2,...) followed by any array suffix.
QString canonicalType(const QJsonObject &param)
{
    const QString type = param.value(QLatin1String("type")).toString();
    if (!type.startsWith(QLatin1String("tuple")))
        return type;
    QStringList parts;
    for (const QJsonValue component : param.value(QLatin1String("components")).toArray())
        parts << canonicalType(component.toObject());
    return QLatin1Char('(') + parts.join(QLatin1Char(',')) + QLatin1Char(')') + type.mid(5);
}

QString signatureOf(const QJsonObject &item)
{
    QStringList types;
    for (const QJsonValue input : item.value(QLatin1String("inputs")).toArray())
        types << canonicalType(input.toObject());
    return item.value(QLatin1String("name")).toString() + QLatin1Char('(') + types.join(QLatin1Char(',')) +
           QLatin1Char(')');
}

template <typename Item> QSet<QString> signaturesOf(std::span<const Item> items)
{
    QSet<QString> result;
    for (const Item &item : items)
        result.insert(QString::fromUtf8(item.signature.data(), static_cast<qsizetype>(item.signature.size())));
    return result;
}

QByteArray nameOf(const contracts::Contract &contract)
{
    return QByteArray(contract.name.data(), static_cast<qsizetype>(contract.name.size()));
}

// Opcodes that paris does not have: PUSH0 (shanghai); TLOAD, TSTORE, MCOPY, BLOBHASH, BLOBBASEFEE (cancun).
constexpr std::uint8_t newerOpcodes[] = {0x5f, 0x5c, 0x5d, 0x5e, 0x49, 0x4a};

// solc appends CBOR metadata {"ipfs": <34 bytes>, "solc": <3 bytes>} and its 2-byte length (53 bytes)
// to the runtime code; it is data, not code, so it is blanked before the opcode walk.
int blankMetadata(crypto::Bytes &code)
{
    static const crypto::Bytes marker = *crypto::fromHex("a264697066735822");
    constexpr std::size_t metadataSize = 53;
    int found = 0;
    auto it = code.begin();
    while ((it = std::search(it, code.end(), marker.begin(), marker.end())) != code.end()) {
        const auto left = static_cast<std::size_t>(code.end() - it);
        std::fill(it, it + static_cast<std::ptrdiff_t>(std::min(left, metadataSize)), std::uint8_t{0});
        ++found;
    }
    return found;
}

} // namespace

class TestContractInterface : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contractsInDeploymentOrder()
    {
        QStringList names;
        for (const contracts::Contract &contract : contracts::allContracts())
            names << QString::fromLatin1(nameOf(contract));
        QCOMPARE(names, QStringList({QStringLiteral("CarnetRegistry"), QStringLiteral("RecordLog"),
                                     QStringLiteral("AccessGrants"), QStringLiteral("ResearchMarket")}));
        QCOMPARE(contracts::evmVersion, std::string_view("paris"));
        QVERIFY(contracts::solcVersion.starts_with("0.8.37+"));
    }

    void functionSelectors_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("selector");
        for (const contracts::Contract &contract : contracts::allContracts()) {
            for (const contracts::Function &f : contract.functions)
                QTest::addRow("%s.%s", nameOf(contract).constData(), f.signature.data())
                    << QByteArray(f.signature.data(), static_cast<qsizetype>(f.signature.size()))
                    << hexOf(f.selector);
        }
    }

    void functionSelectors()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, selector);
        QCOMPARE(selector, selectorHex(toView(signature)));
    }

    void errorSelectors_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("selector");
        for (const contracts::Contract &contract : contracts::allContracts()) {
            for (const contracts::Error &e : contract.errors)
                QTest::addRow("%s.%s", nameOf(contract).constData(), e.signature.data())
                    << QByteArray(e.signature.data(), static_cast<qsizetype>(e.signature.size()))
                    << hexOf(e.selector);
        }
    }

    void errorSelectors()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, selector);
        QCOMPARE(selector, selectorHex(toView(signature)));
    }

    void eventTopics_data()
    {
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("topic0");
        for (const contracts::Contract &contract : contracts::allContracts()) {
            for (const contracts::Event &e : contract.events)
                QTest::addRow("%s.%s", nameOf(contract).constData(), e.signature.data())
                    << QByteArray(e.signature.data(), static_cast<qsizetype>(e.signature.size()))
                    << hexOf(e.topic0);
        }
    }

    void eventTopics()
    {
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, topic0);
        QCOMPARE(topic0, keccakHex(toView(signature)));
    }

    // The lists agree with the ABI JSON, read back and re-derived here.
    void abiListsTheSameInterface_data()
    {
        QTest::addColumn<int>("index");
        int index = 0;
        for (const contracts::Contract &contract : contracts::allContracts())
            QTest::addRow("%s", nameOf(contract).constData()) << index++;
    }

    void abiListsTheSameInterface()
    {
        QFETCH(int, index);
        const contracts::Contract &contract = contracts::allContracts()[static_cast<std::size_t>(index)];
        QJsonParseError error{};
        const QJsonDocument abi = QJsonDocument::fromJson(
            QByteArray(contract.abiJson.data(), static_cast<qsizetype>(contract.abiJson.size())), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(abi.isArray());
        QSet<QString> functions, events, errors;
        for (const QJsonValue value : abi.array()) {
            const QJsonObject item = value.toObject();
            const QString type = item.value(QLatin1String("type")).toString();
            if (type == QLatin1String("function"))
                functions.insert(signatureOf(item));
            else if (type == QLatin1String("event"))
                events.insert(signatureOf(item));
            else if (type == QLatin1String("error"))
                errors.insert(signatureOf(item));
        }
        QCOMPARE(signaturesOf(contract.functions), functions);
        QCOMPARE(signaturesOf(contract.events), events);
        QCOMPARE(signaturesOf(contract.errors), errors);
        QCOMPARE(static_cast<qsizetype>(contract.functions.size()), functions.size());
        QVERIFY(!contract.events.empty());
        QVERIFY(!contract.errors.empty());
    }

    // Hex, within the EIP-3860 initcode limit (49,152 bytes), metadata present, and no opcode that
    // an evmVersion after paris would have allowed.
    void bytecode_data()
    {
        QTest::addColumn<int>("index");
        int index = 0;
        for (const contracts::Contract &contract : contracts::allContracts())
            QTest::addRow("%s", nameOf(contract).constData()) << index++;
    }

    void bytecode()
    {
        QFETCH(int, index);
        const contracts::Contract &contract = contracts::allContracts()[static_cast<std::size_t>(index)];
        const std::string_view hex = contract.bytecodeHex;
        QVERIFY(!hex.empty());
        QVERIFY(hex.find_first_not_of("0123456789abcdef") == std::string_view::npos);
        std::optional<crypto::Bytes> code = crypto::fromHex(hex);
        QVERIFY(code.has_value());
        QVERIFY(code->size() > 100);
        QVERIFY(code->size() <= 49152);
        QCOMPARE(blankMetadata(*code), 1);
        for (std::size_t pc = 0; pc < code->size(); ++pc) {
            const std::uint8_t op = (*code)[pc];
            if (std::find(std::begin(newerOpcodes), std::end(newerOpcodes), op) != std::end(newerOpcodes))
                QFAIL(qPrintable(QStringLiteral("opcode 0x%1 at %2").arg(op, 2, 16, QLatin1Char('0')).arg(pc)));
            if (op >= 0x60 && op <= 0x7f)
                pc += op - 0x5fu; // skip PUSH1..PUSH32 data
        }
    }

    // The named constants carry the signatures docs/CONTRACTS.md documents.
    void namedConstants_data()
    {
        QTest::addColumn<QByteArray>("constant");
        QTest::addColumn<QByteArray>("expected");
        using namespace contracts;
        QTest::newRow("register") << hexOf(carnetRegistry::fnRegister)
                                  << selectorHex("register(address,uint8,string)");
        QTest::newRow("revoke") << hexOf(carnetRegistry::fnRevoke) << selectorHex("revoke(address,uint8)");
        QTest::newRow("isLicensedAt") << hexOf(carnetRegistry::fnIsLicensedAt)
                                      << selectorHex("isLicensedAt(address,uint8,uint256)");
        QTest::newRow("Registered") << hexOf(carnetRegistry::evRegistered)
                                    << keccakHex("Registered(address,uint8,string,uint64)");
        QTest::newRow("NotAuthority") << hexOf(carnetRegistry::errNotAuthority) << selectorHex("NotAuthority(address)");
        QTest::newRow("publish") << hexOf(recordLog::fnPublish) << selectorHex("publish(bytes32,uint64,bytes)");
        QTest::newRow("publishOwn") << hexOf(recordLog::fnPublishOwn)
                                    << selectorHex("publishOwn(bytes32,uint64,bytes)");
        QTest::newRow("EntryPublished") << hexOf(recordLog::evEntryPublished)
                                        << keccakHex("EntryPublished(bytes32,uint64,address,bool,bytes)");
        QTest::newRow("BadSequence") << hexOf(recordLog::errBadSequence)
                                     << selectorHex("BadSequence(bytes32,uint64,uint64)");
        QTest::newRow("issue")
            << hexOf(accessGrants::fnIssue)
            << selectorHex("issue((bytes32,address,bytes32,bytes32,uint16,uint64,address,uint8,uint256),bytes,bytes)");
        QTest::newRow("addKeyBundlePart") << hexOf(accessGrants::fnAddKeyBundlePart)
                                          << selectorHex("addKeyBundlePart(bytes32,uint16,bytes)");
        QTest::newRow("KeyBundlePart") << hexOf(accessGrants::evKeyBundlePart)
                                       << keccakHex("KeyBundlePart(bytes32,uint16,bytes)");
        QTest::newRow("setEncryptionKey") << hexOf(carnetRegistry::fnSetEncryptionKey)
                                          << selectorHex("setEncryptionKey(address,bytes)");
        QTest::newRow("recordAccess") << hexOf(accessGrants::fnRecordAccess)
                                      << selectorHex("recordAccess(bytes32,bytes32)");
        QTest::newRow("AccessRecorded") << hexOf(accessGrants::evAccessRecorded)
                                        << keccakHex("AccessRecorded(bytes32,address,bytes32,uint64)");
        // ERC-5267 publishes this selector.
        QTest::newRow("eip712Domain") << hexOf(accessGrants::fnEip712Domain) << QByteArray("84b0196e");
        QTest::newRow("postStudy") << hexOf(researchMarket::fnPostStudy)
                                   << selectorHex("postStudy(bytes32,bytes,uint256,uint32,uint64,bytes)");
        QTest::newRow("deliverPart") << hexOf(researchMarket::fnDeliverPart) << selectorHex("deliverPart(bytes32,uint16,bytes)");
        QTest::newRow("join") << hexOf(researchMarket::fnJoin) << selectorHex("join(bytes32,bytes32)");
        QTest::newRow("leaveStudy") << hexOf(researchMarket::fnLeaveStudy) << selectorHex("leaveStudy(bytes32)");
        QTest::newRow("withdraw") << hexOf(researchMarket::fnWithdraw) << selectorHex("withdraw(address)");
        QTest::newRow("studyIdOf") << hexOf(researchMarket::fnStudyIdOf) << selectorHex("studyIdOf(address,bytes32)");
        QTest::newRow("pseudonymOf") << hexOf(researchMarket::fnPseudonymOf) << selectorHex("pseudonymOf(bytes32,address)");
        QTest::newRow("participant") << hexOf(researchMarket::fnParticipant) << selectorHex("participant(bytes32,bytes32)");
        QTest::newRow("StudyPosted") << hexOf(researchMarket::evStudyPosted)
                                     << keccakHex("StudyPosted(bytes32,address,bytes32,uint256,uint32,uint64,bytes,bytes)");
        QTest::newRow("DatasetPart") << hexOf(researchMarket::evDatasetPart) << keccakHex("DatasetPart(bytes32,bytes32,uint16,bytes)");
        QTest::newRow("Joined") << hexOf(researchMarket::evJoined)
                                << keccakHex("Joined(bytes32,bytes32,address,bytes32,bytes32,uint16,uint256)");
        QTest::newRow("Withdrawn") << hexOf(researchMarket::evWithdrawn) << keccakHex("Withdrawn(address,address,uint256)");
        QTest::newRow("PartOutOfOrder") << hexOf(researchMarket::errPartOutOfOrder) << selectorHex("PartOutOfOrder(uint16,uint16)");
        QTest::newRow("BadTerms") << hexOf(researchMarket::errBadTerms) << selectorHex("BadTerms(uint256)");
        QTest::newRow("BadPart") << hexOf(researchMarket::errBadPart) << selectorHex("BadPart(uint256)");
        QTest::newRow("TooManyParts") << hexOf(researchMarket::errTooManyParts) << selectorHex("TooManyParts(uint256)");
        QTest::newRow("NoDataset") << hexOf(researchMarket::errNoDataset) << selectorHex("NoDataset()");
    }

    void namedConstants()
    {
        QFETCH(QByteArray, constant);
        QFETCH(QByteArray, expected);
        QCOMPARE(constant, expected);
    }
};

QTEST_GUILESS_MAIN(TestContractInterface)
#include "tst_contract_interface.moc"
