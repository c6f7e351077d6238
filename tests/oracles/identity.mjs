// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle for `carnet-cli identity`: for each recovery phrase read from standard input (one per line,
// never on the command line), prints one JSON line with what ethers.js (an independent BIP-39/BIP-32
// implementation) derives with an empty BIP-39 passphrase:
//   {"address": EIP-55 address at the account path,
//    "encryptionKey": 0x + 33-byte compressed public key at the encryption path}
// Usage: node identity.mjs [--lang en|fr] [--account-path P] [--encryption-path P] < phrases
import { HDNodeWallet, wordlists } from "ethers";
import { createInterface } from "node:readline";

const options = { lang: "en", "account-path": "m/44'/60'/0'/0/0", "encryption-path": "m/4411982'/0'/0'" };
const args = process.argv.slice(2);
for (let i = 0; i < args.length; i += 2) {
    const name = args[i].replace(/^--/, "");
    if (!(name in options) || i + 1 >= args.length) {
        console.error(`usage: node identity.mjs [--lang en|fr] [--account-path P] [--encryption-path P] < phrases`);
        process.exit(1);
    }
    options[name] = args[i + 1];
}
const wordlist = wordlists[options.lang];
if (!wordlist) {
    console.error(`identity.mjs: unknown wordlist ${options.lang}`);
    process.exit(1);
}

for await (const line of createInterface({ input: process.stdin, crlfDelay: Infinity })) {
    const phrase = line.trim();
    if (phrase === "")
        continue;
    const account = HDNodeWallet.fromPhrase(phrase, "", options["account-path"], wordlist);
    const encryption = HDNodeWallet.fromPhrase(phrase, "", options["encryption-path"], wordlist);
    console.log(JSON.stringify({ address: account.address, encryptionKey: encryption.signingKey.compressedPublicKey }));
}
