// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/contracts/accessgrants.h"

#include "core/ledger/eip712.h"
#include "crypto/hash.h"

#include <QJsonArray>

#include <cassert>

namespace carnet::core::ledger {

namespace generated = contracts::accessGrants;

namespace {

const AbiEvent &grantIssuedEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evGrantIssued,
                                      {true, true, true, false, false, false, false, false, false});
    return e;
}

const AbiEvent &keyBundlePartEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evKeyBundlePart, {true, false, false});
    return e;
}

const AbiEvent &revokedEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evRevoked, {true, true, false});
    return e;
}

const AbiEvent &accessRecordedEvent()
{
    static const AbiEvent e = eventOf(generated::contract(), generated::evAccessRecorded, {true, true, false, false});
    return e;
}

AbiValue termsValue(const GrantTerms &t)
{
    return AbiValue::List{bytes32Value(t.grantId),
                          t.patient,
                          bytes32Value(t.scopeHash),
                          bytes32Value(t.keyBundleHash),
                          U256(std::uint64_t{t.keyBundleParts}),
                          U256(t.expiry),
                          t.grantee,
                          U256(std::uint64_t{t.permissions}),
                          t.nonce};
}

QJsonObject field(const char *name, const char *type)
{
    return QJsonObject{{QStringLiteral("name"), QLatin1String(name)}, {QStringLiteral("type"), QLatin1String(type)}};
}

} // namespace

std::optional<GrantIssued> decodeGrantIssued(const LogEntry &log)
{
    const auto v = decodeEventLog(grantIssuedEvent(), log);
    if (!v)
        return std::nullopt;
    return GrantIssued{bytes32Of(v->at(0)),
                       *v->at(1).asAddress(),
                       *v->at(2).asAddress(),
                       bytes32Of(v->at(3)),
                       bytes32Of(v->at(4)),
                       static_cast<std::uint16_t>(uint64Of(v->at(5))),
                       uint64Of(v->at(6)),
                       static_cast<std::uint8_t>(uint64Of(v->at(7))),
                       *v->at(8).asBytes(),
                       LogOrigin::of(log)};
}

std::optional<KeyBundlePart> decodeKeyBundlePart(const LogEntry &log)
{
    const auto v = decodeEventLog(keyBundlePartEvent(), log);
    if (!v)
        return std::nullopt;
    return KeyBundlePart{bytes32Of(v->at(0)), static_cast<std::uint16_t>(uint64Of(v->at(1))), *v->at(2).asBytes(),
                         LogOrigin::of(log)};
}

crypto::Hash32 grantIdOf(const crypto::Address &patient, const U256 &nonce)
{
    static constexpr std::string_view kTag = "carnet/grant-id/v1";
    crypto::Bytes input(kTag.begin(), kTag.end());
    input.insert(input.end(), patient.begin(), patient.end());
    const auto word = nonce.toBytes32();
    input.insert(input.end(), word.begin(), word.end());
    return crypto::keccak256(input);
}

std::optional<GrantRevoked> decodeGrantRevoked(const LogEntry &log)
{
    const auto v = decodeEventLog(revokedEvent(), log);
    if (!v)
        return std::nullopt;
    return GrantRevoked{bytes32Of(v->at(0)), *v->at(1).asAddress(), uint64Of(v->at(2)), LogOrigin::of(log)};
}

std::optional<AccessRecorded> decodeAccessRecorded(const LogEntry &log)
{
    const auto v = decodeEventLog(accessRecordedEvent(), log);
    if (!v)
        return std::nullopt;
    return AccessRecorded{bytes32Of(v->at(0)), *v->at(1).asAddress(), bytes32Of(v->at(2)), uint64Of(v->at(3)),
                          LogOrigin::of(log)};
}

QJsonObject grantTypedData(std::uint64_t chainId, const crypto::Address &verifyingContract, const GrantTerms &terms)
{
    const QJsonObject types{
        {QStringLiteral("EIP712Domain"),
         QJsonArray{field("name", "string"), field("version", "string"), field("chainId", "uint256"),
                    field("verifyingContract", "address")}},
        {QStringLiteral("GrantTerms"),
         QJsonArray{field("grantId", "bytes32"), field("patient", "address"), field("scopeHash", "bytes32"),
                    field("keyBundleHash", "bytes32"), field("keyBundleParts", "uint16"), field("expiry", "uint64"),
                    field("grantee", "address"), field("permissions", "uint8"), field("nonce", "uint256")}}};
    const QJsonObject domain{{QStringLiteral("name"), QStringLiteral("Carnet Access Grants")},
                             {QStringLiteral("version"), QStringLiteral("2")},
                             {QStringLiteral("chainId"), QString::number(chainId)},
                             {QStringLiteral("verifyingContract"), addressText(verifyingContract)}};
    const QJsonObject message{{QStringLiteral("grantId"), hexOf(terms.grantId)},
                              {QStringLiteral("patient"), addressText(terms.patient)},
                              {QStringLiteral("scopeHash"), hexOf(terms.scopeHash)},
                              {QStringLiteral("keyBundleHash"), hexOf(terms.keyBundleHash)},
                              {QStringLiteral("keyBundleParts"), QString::number(terms.keyBundleParts)},
                              {QStringLiteral("expiry"), QString::number(terms.expiry)},
                              {QStringLiteral("grantee"), addressText(terms.grantee)},
                              {QStringLiteral("permissions"), QString::number(terms.permissions)},
                              {QStringLiteral("nonce"), QString::fromStdString(terms.nonce.toDecimal())}};
    return QJsonObject{{QStringLiteral("types"), types},
                       {QStringLiteral("primaryType"), QStringLiteral("GrantTerms")},
                       {QStringLiteral("domain"), domain},
                       {QStringLiteral("message"), message}};
}

crypto::Hash32 grantDigest(std::uint64_t chainId, const crypto::Address &verifyingContract, const GrantTerms &terms)
{
    const auto data = TypedData::fromJson(grantTypedData(chainId, verifyingContract, terms));
    assert(data); // built from typed values: always valid
    return data->digest();
}

crypto::Bytes signGrant(const crypto::PrivateKey &sharingKey, std::uint64_t chainId, const crypto::Address &verifyingContract,
                        const GrantTerms &terms)
{
    const auto data = TypedData::fromJson(grantTypedData(chainId, verifyingContract, terms));
    assert(data);
    const auto rsv = signTypedData(*data, sharingKey).toRsv();
    return crypto::Bytes(rsv.begin(), rsv.end());
}

Result<Receipt, RpcError> AccessGrants::issue(const crypto::PrivateKey &submitter, const GrantTerms &terms,
                                              crypto::ByteView patientSignature, crypto::ByteView firstPart,
                                              int confirmations)
{
    return m_contract.transact(submitter, generated::fnIssue,
                               {termsValue(terms), crypto::Bytes(patientSignature.begin(), patientSignature.end()),
                                crypto::Bytes(firstPart.begin(), firstPart.end())},
                               confirmations);
}

Result<Receipt, RpcError> AccessGrants::addKeyBundlePart(const crypto::PrivateKey &patient, const crypto::Hash32 &grantId,
                                                         std::uint16_t index, crypto::ByteView part, int confirmations)
{
    return m_contract.transact(patient, generated::fnAddKeyBundlePart,
                               {bytes32Value(grantId), U256(std::uint64_t{index}), crypto::Bytes(part.begin(), part.end())},
                               confirmations);
}

Result<Receipt, RpcError> AccessGrants::revoke(const crypto::PrivateKey &patient, const crypto::Hash32 &grantId,
                                               int confirmations)
{
    return m_contract.transact(patient, generated::fnRevoke, {bytes32Value(grantId)}, confirmations);
}

Result<Receipt, RpcError> AccessGrants::recordAccess(const crypto::PrivateKey &clinician, const crypto::Hash32 &grantId,
                                                     const crypto::Hash32 &receiptHash, int confirmations)
{
    return m_contract.transact(clinician, generated::fnRecordAccess, {bytes32Value(grantId), bytes32Value(receiptHash)},
                               confirmations);
}

Result<GrantState, RpcError> AccessGrants::grantState(const crypto::Hash32 &grantId, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnGrantState, {bytes32Value(grantId)}, "(uint8)", block);
    if (!v)
        return fail(v.error());
    const std::uint64_t state = uint64Of(v->at(0));
    if (state > 4)
        return fail(RpcError{RpcErrorKind::BadAnswer, 0, 0, QStringLiteral("unknown grant state %1").arg(state), {}, {}});
    return static_cast<GrantState>(state);
}

Result<GrantRecord, RpcError> AccessGrants::grant(const crypto::Hash32 &grantId, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnGrant, {bytes32Value(grantId)},
                             "(address,address,bytes32,bytes32,uint16,uint16,uint8,uint64,uint64,uint64)", block);
    if (!v)
        return fail(v.error());
    return GrantRecord{*v->at(0).asAddress(),
                       *v->at(1).asAddress(),
                       bytes32Of(v->at(2)),
                       bytes32Of(v->at(3)),
                       static_cast<std::uint16_t>(uint64Of(v->at(4))),
                       static_cast<std::uint16_t>(uint64Of(v->at(5))),
                       static_cast<std::uint8_t>(uint64Of(v->at(6))),
                       uint64Of(v->at(7)),
                       uint64Of(v->at(8)),
                       uint64Of(v->at(9))};
}

Result<std::uint64_t, RpcError> AccessGrants::accessCount(const crypto::Hash32 &grantId, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnAccessCount, {bytes32Value(grantId)}, "(uint256)", block);
    if (!v)
        return fail(v.error());
    const auto n = v->at(0).asUint()->toUint64();
    if (!n)
        return fail(RpcError{RpcErrorKind::BadAnswer, 0, 0, QStringLiteral("implausible access count"), {}, {}});
    return *n;
}

Result<bool, RpcError> AccessGrants::nonceUsed(const crypto::Address &patient, const U256 &nonce, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnNonceUsed, {patient, nonce}, "(bool)", block);
    if (!v)
        return fail(v.error());
    return *v->at(0).asBool();
}

Result<crypto::Hash32, RpcError> AccessGrants::grantDigest(const GrantTerms &terms, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnGrantDigest, {termsValue(terms)}, "(bytes32)", block);
    if (!v)
        return fail(v.error());
    return bytes32Of(v->at(0));
}

Result<crypto::Hash32, RpcError> AccessGrants::domainSeparator(const BlockTag &block)
{
    auto v = m_contract.view(generated::fnDomainSeparator, {}, "(bytes32)", block);
    if (!v)
        return fail(v.error());
    return bytes32Of(v->at(0));
}

Result<std::uint64_t, RpcError> AccessGrants::maxValidity(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxValidity, block);
}

Result<std::uint64_t, RpcError> AccessGrants::maxPartBytes(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxPartBytes, block);
}

Result<std::uint64_t, RpcError> AccessGrants::maxParts(const BlockTag &block)
{
    return m_contract.uint64View(generated::fnMaxParts, block);
}

Result<crypto::Hash32, RpcError> AccessGrants::grantIdOf(const crypto::Address &patient, const U256 &nonce, const BlockTag &block)
{
    auto v = m_contract.view(generated::fnGrantIdOf, {patient, nonce}, "(bytes32)", block);
    if (!v)
        return fail(v.error());
    return bytes32Of(v->at(0));
}

Result<crypto::Address, RpcError> AccessGrants::registry(const BlockTag &block)
{
    return m_contract.addressView(generated::fnRegistry, block);
}

LogFilter AccessGrants::grantFilter(const crypto::Hash32 &grantId) const
{
    LogFilter filter;
    filter.address = address();
    filter.topics = {std::nullopt, grantId};
    return filter;
}

} // namespace carnet::core::ledger
