// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle for core/research (docs/PROTOCOL.md §9.1, §9.2, §9.5), written from the spec with ethers.js
// and Node's crypto and zlib, sharing no code with Carnet. Reads one JSON object per line from the
// file given as argument (phrases and keys never go on the command line); prints one JSON line each.
//   keys     {phrase, chainId, market, studyId}: R = m/4411982'/2'/0', I = HMAC-SHA512(R.priv,
//            "carnet/study-key/v1" ‖ uint64(chainId) ‖ market ‖ studyId): account, pseudonym, idSecret
//   studyId  {researcher, salt}: keccak("carnet/study-id/v1" ‖ researcher ‖ salt)
//   datasetKey {accountKey}: compressed D.pub, D = HMAC-SHA512(accountKey, "carnet/researcher-dataset-key/v1")[0..32)
//   open     {parts: [hex], datasetKey (D private, test only), chainId, market, studyId, pseudonym}:
//            deliveryHash, the ECIES v1 box opened, raw-inflated: the dataset text and its keccak
import { HDNodeWallet, SigningKey, computeAddress, concat, getBytes, hexlify, keccak256, toUtf8Bytes, zeroPadValue,
         toBeHex } from "ethers";
import { createDecipheriv, createHmac, hkdfSync } from "node:crypto";
import { readFileSync } from "node:fs";
import { inflateRawSync } from "node:zlib";

const [file] = process.argv.slice(2);
if (!file) {
    console.error("usage: node research-cases.mjs <file>");
    process.exit(1);
}
const utf8 = (s) => toUtf8Bytes(s);
const uint = (value, size) => getBytes(zeroPadValue(toBeHex(BigInt(value)), size));
const hmac512 = (key, data) => createHmac("sha512", Buffer.from(getBytes(key))).update(Buffer.from(getBytes(data))).digest();

function keys(input) {
    const root = HDNodeWallet.fromPhrase(input.phrase, "", "m/4411982'/2'/0'");
    const mac = hmac512(root.privateKey, concat([utf8("carnet/study-key/v1"), uint(input.chainId, 8), input.market,
                                                 input.studyId]));
    const account = computeAddress(hexlify(mac.subarray(0, 32)));
    const pseudonym = keccak256(concat([utf8("carnet/study-pseudonym/v1"), input.studyId, account]));
    return { account, pseudonym, idSecret: hexlify(mac.subarray(32)) };
}

const studyId = (input) => ({ studyId: keccak256(concat([utf8("carnet/study-id/v1"), input.researcher, input.salt])) });

function datasetKey(input) {
    const d = hmac512(input.accountKey, utf8("carnet/researcher-dataset-key/v1")).subarray(0, 32);
    return { encryptionKey: new SigningKey(hexlify(d)).compressedPublicKey };
}

function open(input) {
    let h = new Uint8Array(32);
    for (const part of input.parts)
        h = getBytes(keccak256(concat([h, part])));
    const box = Buffer.concat(input.parts.map((p) => Buffer.from(getBytes(p))));
    const recipient = new SigningKey(input.datasetKey);
    const ephemeral = hexlify(box.subarray(1, 34));
    const shared = getBytes(recipient.computeSharedSecret(ephemeral)).subarray(1, 33);
    const salt = concat([ephemeral, recipient.compressedPublicKey]);
    const key = Buffer.from(hkdfSync("sha256", shared, getBytes(salt), utf8("carnet/ecies/v1"), 32));
    const context = concat([utf8("carnet/dataset/v1"), uint(input.chainId, 8), input.market, input.studyId,
                            input.pseudonym]);
    const decipher = createDecipheriv("aes-256-gcm", key, box.subarray(34, 46));
    decipher.setAAD(Buffer.concat([box.subarray(0, 46), Buffer.from(getBytes(context))]));
    decipher.setAuthTag(box.subarray(box.length - 16));
    const compressed = Buffer.concat([decipher.update(box.subarray(46, box.length - 16)), decipher.final()]);
    const dataset = inflateRawSync(compressed);
    return { deliveryHash: hexlify(h), datasetHash: keccak256(dataset), dataset: dataset.toString("utf8") };
}

const kinds = { keys, studyId, datasetKey, open };
for (const line of readFileSync(file, "utf8").split("\n")) {
    if (!line.trim())
        continue;
    const input = JSON.parse(line);
    const run = kinds[input.kind];
    if (!run) {
        console.error(`unknown kind ${input.kind}`);
        process.exit(1);
    }
    console.log(JSON.stringify(run(input)));
}
