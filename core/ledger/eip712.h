// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
/* EIP-712 typed structured data: hashing and signing (https://eips.ethereum.org/EIPS/eip-712).
 *
 * Input is the JSON of eth_signTypedData_v4: {types, primaryType, domain, message}. When `types` has
 * no EIP712Domain entry, it is derived from the domain's keys in the order name, version, chainId,
 * verifyingContract, salt (as ethers does).
 *
 *   encodeType(T)   = T(fields) followed by T's struct dependencies, sorted by name
 *   hashStruct(T,v) = keccak256(keccak256(encodeType(T)) ‖ encodeData(T, v))
 *   digest          = keccak256(0x19 0x01 ‖ hashStruct(EIP712Domain, domain) ‖ hashStruct(primaryType, message))
 *
 * Validation is strict, so that a user is never asked to sign something that another wallet would
 * read differently: unknown or malformed types, duplicate fields, missing fields and extra fields
 * are errors; uintN/intN must be in range (JSON numbers only up to 2^53, larger values as decimal or
 * 0x-hex strings); addresses with a wrong EIP-55 checksum, bytes that are not 0x-hex, bytesN of
 * the wrong length, and bools that are not JSON booleans are rejected. */
#include "core/result.h"
#include "crypto/ethaddress.h"
#include "crypto/secp256k1.h"

#include <QJsonObject>
#include <QString>

#include <map>
#include <vector>

namespace carnet::core::ledger {

enum class Eip712Error {
    BadJson, // not the {types, primaryType, domain, message} shape
    BadTypeName, // a struct or field name that is not an identifier, or a struct named like an atomic type
    UnknownType, // a field type that is neither atomic nor a defined struct
    DuplicateField,
    MissingField,
    ExtraField,
    BadValue, // a value of the wrong JSON kind or format for its type
    OutOfRange, // an integer outside its type, a fixed array or bytesN of the wrong length
    TooDeep, // values nested deeper than 32 levels
};

const char *describe(Eip712Error error);

class TypedData
{
public:
    /** Parses and validates `json`, and computes the domain separator and the message hash. */
    static Result<TypedData, Eip712Error> fromJson(const QJsonObject &json);

    const QString &primaryType() const { return m_primaryType; }
    /** encodeType of a defined struct: "Mail(Person from,Person to,string contents)Person(…)". */
    QString encodeType(const QString &type) const;
    /** keccak256(encodeType(type)). */
    crypto::Hash32 typeHash(const QString &type) const;
    /** hashStruct of `value` as the defined struct `type`. */
    Result<crypto::Hash32, Eip712Error> hashStruct(const QString &type, const QJsonObject &value) const;

    const crypto::Hash32 &domainSeparator() const { return m_domainSeparator; }
    const crypto::Hash32 &messageHash() const { return m_messageHash; }
    /** keccak256(0x19 0x01 ‖ domainSeparator ‖ messageHash): what is signed. */
    crypto::Hash32 digest() const;

private:
    struct Field
    {
        QString name;
        QString type;
    };
    Result<void, Eip712Error> validateTypes() const;
    Result<crypto::Hash32, Eip712Error> encodeValue(const QString &type, const QJsonValue &value, int depth) const;
    Result<crypto::Hash32, Eip712Error> hashStructAt(const QString &type, const QJsonObject &value, int depth) const;
    void collectDependencies(const QString &type, std::vector<QString> &found) const;

    std::map<QString, std::vector<Field>> m_types;
    QString m_primaryType;
    crypto::Hash32 m_domainSeparator {};
    crypto::Hash32 m_messageHash {};
};

/** Signs the typed data's digest (RFC 6979, low-S). toRsv() gives the usual 65-byte r ‖ s ‖ v. */
crypto::RecoverableSignature signTypedData(const TypedData &data, const crypto::PrivateKey &key);
/** The address that made `signature` over the typed data, or nullopt. */
std::optional<crypto::Address> recoverTypedDataSigner(const TypedData &data,
                                                      const crypto::RecoverableSignature &signature);

} // namespace carnet::core::ledger
