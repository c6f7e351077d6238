// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/identity.h"

namespace carnet::core {

namespace {
IdentityError fromBip39(crypto::Bip39Error error)
{
    switch (error) {
    case crypto::Bip39Error::WrongWordCount:
        return IdentityError::WrongWordCount;
    case crypto::Bip39Error::UnknownWord:
        return IdentityError::UnknownWord;
    case crypto::Bip39Error::MixedLanguages:
        return IdentityError::MixedLanguages;
    case crypto::Bip39Error::BadChecksum:
        return IdentityError::BadChecksum;
    case crypto::Bip39Error::InvalidUtf8:
    case crypto::Bip39Error::None:
        break;
    }
    return IdentityError::InvalidUtf8;
}
} // namespace

Identity::Identity(crypto::PrivateKey accountKey, crypto::PrivateKey encryptionKey)
    : m_accountKey(std::move(accountKey))
    , m_encryptionKey(std::move(encryptionKey))
    , m_address(crypto::addressOf(m_accountKey.publicKey()))
{
}

Result<Identity, IdentityError> Identity::fromPhrase(std::string_view phrase)
{
    return fromParse(crypto::parseMnemonic(phrase));
}

Result<crypto::ExtendedKey, IdentityError> masterKeyFromParse(const crypto::Bip39Parse &parse)
{
    if (parse.error != crypto::Bip39Error::None)
        return fail(fromBip39(parse.error));
    // The seed is computed from the canonical spelling of the words (list spelling, single spaces):
    // BIP-39 hashes the NFKD phrase, and the words matched the lists after NFKD, so this is the seed
    // of the phrase as typed whatever its white space or accent composition.
    const crypto::SecureBuffer canonical = crypto::mnemonicFromEntropy(parse.entropy.view(), parse.language);
    const crypto::SecureBuffer seed = crypto::mnemonicToSeed(canonical.asStringView());
    auto master = crypto::ExtendedKey::fromSeed(seed.view());
    if (!master)
        return fail(IdentityError::DerivationFailed);
    return std::move(*master);
}

Result<Identity, IdentityError> Identity::fromParse(const crypto::Bip39Parse &parse)
{
    auto master = masterKeyFromParse(parse);
    if (!master)
        return fail(master.error());
    auto account = master->derivePath(kAccountPath);
    auto encryption = master->derivePath(kEncryptionKeyPath);
    if (!account || !encryption)
        return fail(IdentityError::DerivationFailed);
    return Identity(account->privateKey().clone(), encryption->privateKey().clone());
}

QString Identity::addressText() const
{
    return QString::fromStdString(crypto::toChecksumAddress(m_address));
}

QString Identity::encryptionKeyText() const
{
    return QStringLiteral("0x") + QString::fromStdString(crypto::toHex(encryptionPublicKey().compressed()));
}

} // namespace carnet::core
