// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli identity: the account address and encryption public key of a recovery phrase.
#include "command.h"
#include "secretinput.h"

#include "core/identity.h"

#include <QCommandLineParser>

#include <cstdio>

namespace carnet::cli {

namespace {
// A 24-word French phrase is under 300 bytes; the margin allows for generous white space.
constexpr std::size_t kMaxPhraseBytes = 4096;
} // namespace

int runIdentity(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Reads a BIP-39 recovery phrase (English or French, 12 to 24 words) as one line on standard input\n"
        "(typed without echo on a terminal) and prints the Ethereum account address (m/44'/60'/0'/0/0) and\n"
        "the encryption public key (m/4411982'/0'/0', compressed) it derives:\n"
        "  address: 0x…\n"
        "  encryption-key: 0x…\n"
        "Exit status: 0 success, 1 usage error, 2 invalid recovery phrase (the problem on stderr)."));
    parser.addHelpOption();
    if (!parser.parse(arguments)) {
        std::fprintf(stderr, "carnet-cli identity: %s\n", qPrintable(parser.errorText()));
        return ExitUsage;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(commandHelp(parser, "identity")), stdout);
        return ExitOk;
    }
    if (!parser.positionalArguments().isEmpty()) {
        // A phrase on the command line would land in the shell history and in `ps`.
        std::fputs("carnet-cli identity: takes no arguments; give the recovery phrase on standard input\n", stderr);
        return ExitUsage;
    }

    std::optional<crypto::SecureBuffer> phrase = readSecretLine("Recovery phrase: ", kMaxPhraseBytes);
    if (!phrase) {
        std::fprintf(stderr, "carnet-cli identity: invalid recovery phrase: cannot read a line of at most %zu bytes "
                             "from standard input\n", kMaxPhraseBytes);
        return ExitInvalidPhrase;
    }
    const crypto::Bip39Parse parse = crypto::parseMnemonic(phrase->asStringView());
    phrase->clear(); // wiped: only the entropy (in secure memory) is kept from here on
    if (parse.error != crypto::Bip39Error::None) {
        std::fprintf(stderr, "carnet-cli identity: invalid recovery phrase: %s\n", crypto::describe(parse).c_str());
        return ExitInvalidPhrase;
    }
    const auto identity = core::Identity::fromParse(parse);
    if (!identity) {
        std::fputs("carnet-cli identity: invalid recovery phrase: it derives an invalid key (BIP-32)\n", stderr);
        return ExitInvalidPhrase;
    }
    std::printf("address: %s\nencryption-key: %s\n", qPrintable(identity->addressText()),
                qPrintable(identity->encryptionKeyText()));
    return ExitOk;
}

} // namespace carnet::cli
