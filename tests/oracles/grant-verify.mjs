// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle for the wallet's grant signatures (docs/PROTOCOL.md §8.2): reads a JSON array of
//   {"typedData": eth_signTypedData_v4 JSON, "signature": 0x r‖s‖v, "digest": 0x…, "signer": 0x…}
// and prints one JSON line per case with what ethers finds:
//   {"digestMatches": TypedDataEncoder.hash == digest, "signerMatches": verifyTypedData == signer,
//    "lowS": s <= n/2 and v in {27, 28}}
// Usage: node grant-verify.mjs FILE
import fs from "node:fs";
import { TypedDataEncoder, verifyTypedData, getAddress } from "ethers";

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
for (const c of JSON.parse(fs.readFileSync(process.argv[2], "utf8"))) {
    const { domain, message } = c.typedData;
    const types = { ...c.typedData.types };
    delete types.EIP712Domain;
    const sig = c.signature;
    const s = BigInt("0x" + sig.slice(66, 130));
    const v = parseInt(sig.slice(130, 132), 16);
    console.log(JSON.stringify({
        digestMatches: TypedDataEncoder.hash(domain, types, message) === c.digest,
        signerMatches: getAddress(verifyTypedData(domain, types, message, sig)) === getAddress(c.signer),
        lowS: s <= N / 2n && (v === 27 || v === 28),
    }));
}
