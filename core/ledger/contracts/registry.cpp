// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/ledger/contracts/registry.h"

#include "core/ledger/contracts/contractcall.h"

#include <cassert>

namespace carnet::core::ledger {

using crypto::Address;

namespace {

constexpr contracts::Selector kErrorString{0x08, 0xc3, 0x79, 0xa0}; // Error(string)
constexpr contracts::Selector kPanic{0x4e, 0x48, 0x7b, 0x71};       // Panic(uint256)

QString formatValue(const AbiType &type, const AbiValue &value)
{
    if (const auto *a = value.asAddress())
        return addressText(*a);
    if (const auto *u = value.asUint())
        return type.kind == AbiType::Kind::Uint ? QString::fromStdString(u->toDecimal()) : quantityText(*u);
    if (const auto *b = value.asBool())
        return *b ? QStringLiteral("true") : QStringLiteral("false");
    if (const auto *s = value.asString())
        return QLatin1Char('"') + sanitizeNodeText(QString::fromStdString(*s)) + QLatin1Char('"');
    if (const auto *bytes = value.asBytes())
        return hexOf(*bytes);
    return QStringLiteral("…");
}

QString formatCall(const QString &name, const std::vector<AbiType> &types, const AbiValue::List &values)
{
    QStringList parts;
    for (std::size_t i = 0; i < types.size() && i < values.size(); ++i)
        parts.append(formatValue(types[i], values[i]));
    return name + QLatin1Char('(') + parts.join(QStringLiteral(", ")) + QLatin1Char(')');
}

} // namespace

std::optional<Role> roleFromName(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("provider"))
        return Role::Provider;
    if (n == QLatin1String("clinician"))
        return Role::Clinician;
    if (n == QLatin1String("researcher"))
        return Role::Researcher;
    return std::nullopt;
}

QString roleName(Role role)
{
    switch (role) {
    case Role::Provider: return QStringLiteral("provider");
    case Role::Clinician: return QStringLiteral("clinician");
    case Role::Researcher: return QStringLiteral("researcher");
    }
    return QStringLiteral("unknown");
}

DecodedRevert decodeRevert(const QByteArray &data)
{
    const auto *bytes = reinterpret_cast<const std::uint8_t *>(data.constData());
    const crypto::ByteView view(bytes, static_cast<std::size_t>(data.size()));
    DecodedRevert out;
    out.description = data.isEmpty() ? QStringLiteral("reverted without data")
                                     : QStringLiteral("unknown revert data ") + hexOf(view.first(std::min<std::size_t>(view.size(), 68)));
    if (view.size() < 4)
        return out;
    contracts::Selector selector{};
    std::copy(view.begin(), view.begin() + 4, selector.begin());
    const crypto::ByteView args = view.subspan(4);
    const auto decodeAs = [&](const QString &name, std::string_view signature) {
        const auto parsed = AbiSignature::parse(signature);
        if (!parsed)
            return false;
        const auto values = abiDecode(parsed->inputs, args);
        out.name = name;
        out.description = values ? formatCall(name, parsed->inputs, *values) : name + QStringLiteral("(…undecodable…)");
        return true;
    };
    if (selector == kErrorString && decodeAs(QStringLiteral("Error"), "Error(string)"))
        return out;
    if (selector == kPanic && decodeAs(QStringLiteral("Panic"), "Panic(uint256)"))
        return out;
    for (const contracts::Contract &contract : contracts::allContracts())
        for (const contracts::Error &error : contract.errors)
            if (error.selector == selector
                && decodeAs(QString::fromUtf8(error.name.data(), static_cast<qsizetype>(error.name.size())), error.signature))
                return out;
    return out;
}

RpcError withDecodedRevert(RpcError error)
{
    if (error.kind == RpcErrorKind::Reverted)
        error.message = decodeRevert(error.data).description;
    return error;
}

AbiSignature functionSignature(const contracts::Contract &contract, const contracts::Selector &selector)
{
    for (const contracts::Function &f : contract.functions) {
        if (f.selector == selector) {
            auto parsed = AbiSignature::parse(f.signature);
            assert(parsed);
            return std::move(*parsed);
        }
    }
    assert(false && "selector not in the contract");
    return {};
}

Result<AbiValue::List, RpcError> Registry::view(const contracts::Selector &selector, const AbiValue::List &args,
                                               const char *returns, const BlockTag &at)
{
    const AbiSignature signature = functionSignature(contracts::carnetRegistry::contract(), selector);
    const auto data = abiEncodeCall(signature, args);
    if (!data)
        return fail(RpcError{RpcErrorKind::BadAnswer, 0, 0, QLatin1String(describe(data.error())), {}, {}});
    auto answer = m_client.call(m_address, *data, at.json());
    if (!answer)
        return fail(withDecodedRevert(answer.error()));
    const auto types = AbiType::parseList(returns);
    assert(types);
    auto values = abiDecode(*types, *answer);
    if (!values)
        return fail(RpcError{RpcErrorKind::BadAnswer, 0, 0,
                             QStringLiteral("%1 answered undecodable data (%2); is the registry address right?")
                                 .arg(QString::fromStdString(signature.name), QLatin1String(describe(values.error()))),
                             {}, {}});
    return std::move(*values);
}

Result<Receipt, RpcError> Registry::transact(const crypto::PrivateKey &key, const contracts::Selector &selector,
                                             const AbiValue::List &args, int confirmations)
{
    const AbiSignature signature = functionSignature(contracts::carnetRegistry::contract(), selector);
    const auto data = abiEncodeCall(signature, args);
    if (!data)
        return fail(RpcError{RpcErrorKind::BadAnswer, 0, 0, QLatin1String(describe(data.error())), {}, {}});
    TxRequest request;
    request.to = m_address;
    request.data = *data;
    const auto hash = m_client.sendTransaction(key, request);
    if (!hash)
        return fail(withDecodedRevert(hash.error()));
    auto receipt = m_client.waitForReceipt(*hash, confirmations);
    if (!receipt)
        return fail(receipt.error());
    if (!receipt->success)
        return fail(RpcError{RpcErrorKind::Reverted, 0, 0,
                             QStringLiteral("the transaction %1 reverted in block %2").arg(hexOf(*hash)).arg(receipt->blockNumber),
                             {}, {}});
    return std::move(*receipt);
}

Result<Receipt, RpcError> Registry::registerAccount(const crypto::PrivateKey &authority, const Address &account, Role role,
                                                    const QString &name, int confirmations)
{
    return transact(authority, contracts::carnetRegistry::fnRegister,
                    {account, U256(static_cast<std::uint8_t>(role)), name.toStdString()}, confirmations);
}

Result<Receipt, RpcError> Registry::revoke(const crypto::PrivateKey &authority, const Address &account, Role role,
                                           int confirmations)
{
    return transact(authority, contracts::carnetRegistry::fnRevoke, {account, U256(static_cast<std::uint8_t>(role))},
                    confirmations);
}

Result<Receipt, RpcError> Registry::setEncryptionKey(const crypto::PrivateKey &authority, const Address &account,
                                                     crypto::ByteView compressedKey, int confirmations)
{
    return transact(authority, contracts::carnetRegistry::fnSetEncryptionKey,
                    {account, crypto::Bytes(compressedKey.begin(), compressedKey.end())}, confirmations);
}

Result<crypto::Bytes, RpcError> Registry::encryptionKeyOf(const Address &account, const BlockTag &at)
{
    auto v = view(contracts::carnetRegistry::fnEncryptionKeyOf, {account}, "(bytes)", at);
    if (!v)
        return fail(v.error());
    return *v->at(0).asBytes();
}

Result<Address, RpcError> Registry::authority()
{
    auto v = view(contracts::carnetRegistry::fnAuthority, {}, "(address)", BlockTag::latest());
    if (!v)
        return fail(v.error());
    return *v->at(0).asAddress();
}

Result<bool, RpcError> Registry::isLicensed(const Address &account, Role role)
{
    return isLicensed(account, role, BlockTag::latest());
}

Result<bool, RpcError> Registry::isLicensed(const Address &account, Role role, const BlockTag &at)
{
    auto v = view(contracts::carnetRegistry::fnIsLicensed, {account, U256(static_cast<std::uint8_t>(role))}, "(bool)", at);
    if (!v)
        return fail(v.error());
    return *v->at(0).asBool();
}

Result<bool, RpcError> Registry::isLicensedAt(const Address &account, Role role, std::uint64_t block)
{
    return isLicensedAt(account, role, block, BlockTag::latest());
}

Result<bool, RpcError> Registry::isLicensedAt(const Address &account, Role role, std::uint64_t block, const BlockTag &at)
{
    auto v = view(contracts::carnetRegistry::fnIsLicensedAt,
                  {account, U256(static_cast<std::uint8_t>(role)), U256(block)}, "(bool)", at);
    if (!v)
        return fail(v.error());
    return *v->at(0).asBool();
}

Result<QString, RpcError> Registry::nameOf(const Address &account)
{
    return nameOf(account, BlockTag::latest());
}

Result<QString, RpcError> Registry::nameOf(const Address &account, const BlockTag &at)
{
    auto v = view(contracts::carnetRegistry::fnNameOf, {account}, "(string)", at);
    if (!v)
        return fail(v.error());
    return QString::fromStdString(*v->at(0).asString());
}

Result<std::vector<LicenceInterval>, RpcError> Registry::intervals(const Address &account, Role role)
{
    return intervals(account, role, BlockTag::latest());
}

Result<std::vector<LicenceInterval>, RpcError> Registry::intervals(const Address &account, Role role, const BlockTag &at)
{
    const U256 roleValue(static_cast<std::uint8_t>(role));
    auto count = view(contracts::carnetRegistry::fnLicenceCount, {account, roleValue}, "(uint256)", at);
    if (!count)
        return fail(count.error());
    const auto n = count->at(0).asUint()->toUint64();
    if (!n || *n > kMaxLicenceIntervals)
        return fail(RpcError{RpcErrorKind::BadAnswer, 0, 0,
                             QStringLiteral("the registry claims %1 licence intervals for %2 as %3; more than %4 are refused")
                                 .arg(QString::fromStdString(count->at(0).asUint()->toDecimal()), addressText(account),
                                      roleName(role))
                                 .arg(kMaxLicenceIntervals),
                             {}, {}});
    std::vector<LicenceInterval> out;
    out.reserve(static_cast<std::size_t>(*n));
    for (std::uint64_t i = 0; i < *n; ++i) {
        auto v = view(contracts::carnetRegistry::fnLicenceInterval, {account, roleValue, U256(i)}, "(uint64,uint64)", at);
        if (!v)
            return fail(v.error());
        out.push_back({*v->at(0).asUint()->toUint64(), *v->at(1).asUint()->toUint64()});
    }
    return out;
}

} // namespace carnet::core::ledger
