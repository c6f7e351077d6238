// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle for core/record (docs/PROTOCOL.md §1–4), written from the spec with ethers.js and Node's
// crypto, sharing no code with Carnet. Reads one JSON object per line from the file given as argument
// (phrases and test keys never go on the command line) and prints one JSON line per input line.
//
//   node record-cases.mjs keys <file>      input {phrase, n, lang?}; prints
//     {recordKey: compressed E_n.pub (m/4411982'/1'/n'), recordId: keccak("carnet/record-id/v1" ‖ it),
//      patientAddress: EIP-55 address of P_n (m/4411982'/3'/n'), connectCode: "carnet-connect:v1:…"}
//   node record-cases.mjs entries <file>   input {sealed, recordKey (E_n private, test only), recordId,
//     sequence, chainId, recordLog}; prints what the sealed bytes say when read by §3–4:
//     {version, flags, authoredAt, content (opened with ECIES v1 and AES-256-GCM),
//      contentHash (keccak("carnet/content/v1" ‖ content key ‖ content)), wrappedKeyHash,
//      digest (TypedDataEncoder.hash), signer (verifyTypedData)}
import { HDNodeWallet, SigningKey, TypedDataEncoder, concat, getBytes, hexlify, keccak256, toUtf8Bytes,
         verifyTypedData, wordlists } from "ethers";
import { createDecipheriv, hkdfSync } from "node:crypto";
import { readFileSync } from "node:fs";

const [mode, file] = process.argv.slice(2);
if (!["keys", "entries"].includes(mode) || !file) {
    console.error("usage: node record-cases.mjs keys|entries <file>");
    process.exit(1);
}

function uint64(value) {
    const out = new Uint8Array(8);
    new DataView(out.buffer).setBigUint64(0, BigInt(value));
    return out;
}

function keys(input) {
    const wordlist = wordlists[input.lang ?? "en"];
    const recordNode = HDNodeWallet.fromPhrase(input.phrase, "", `m/4411982'/1'/${input.n}'`, wordlist);
    const patientNode = HDNodeWallet.fromPhrase(input.phrase, "", `m/4411982'/3'/${input.n}'`, wordlist);
    const recordKey = recordNode.signingKey.compressedPublicKey;
    const recordId = keccak256(concat([toUtf8Bytes("carnet/record-id/v1"), recordKey]));
    const check = getBytes(keccak256(concat([toUtf8Bytes("carnet/connect/v1"), recordId, recordKey]))).slice(0, 4);
    const payload = Buffer.from(getBytes(concat([recordId, recordKey, check])));
    return { recordKey, recordId, patientAddress: patientNode.address,
             connectCode: "carnet-connect:v1:" + payload.toString("base64url") };
}

function gcmOpen(key, nonce, sealed, aad) {
    const decipher = createDecipheriv("aes-256-gcm", key, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
}

// ECIES v1 (docs/CRYPTO.md): 0x01 ‖ ephemeral pub (33) ‖ nonce (12) ‖ ciphertext ‖ tag.
function eciesOpen(recipient, box, context) {
    if (box[0] !== 1) throw new Error("ECIES version");
    const ephemeral = box.subarray(1, 34);
    const shared = getBytes(recipient.computeSharedSecret(hexlify(ephemeral))).slice(1, 33);
    const salt = Buffer.concat([ephemeral, getBytes(recipient.compressedPublicKey)]);
    const key = Buffer.from(hkdfSync("sha256", shared, salt, Buffer.from("carnet/ecies/v1"), 32));
    return gcmOpen(key, box.subarray(34, 46), box.subarray(46), Buffer.concat([box.subarray(0, 46), context]));
}

function entry(input) {
    const sealed = Buffer.from(getBytes(input.sealed));
    const recordId = getBytes(input.recordId);
    const version = sealed[0];
    const flags = sealed[1];
    const authoredAt = sealed.readBigUInt64BE(2);
    const signature = hexlify(sealed.subarray(10, 75));
    const wrappedKey = sealed.subarray(75, 169);
    const nonce = sealed.subarray(169, 181);
    const ciphertext = sealed.subarray(181);
    const position = Buffer.concat([recordId, uint64(input.sequence)]);

    const recordKey = new SigningKey(input.recordKey);
    const contentKey = eciesOpen(recordKey, wrappedKey, Buffer.concat([Buffer.from("carnet/entry-key/v1"), position]));
    const aad = Buffer.concat([sealed.subarray(0, 10), wrappedKey, nonce, position]);
    const content = gcmOpen(contentKey, nonce, ciphertext, aad);

    const domain = { name: "Carnet Record", version: "1", chainId: BigInt(input.chainId),
                     verifyingContract: input.recordLog };
    const types = { SealedEntry: [
        { name: "recordId", type: "bytes32" }, { name: "sequence", type: "uint64" },
        { name: "contentHash", type: "bytes32" }, { name: "wrappedKeyHash", type: "bytes32" },
        { name: "authoredAt", type: "uint64" }, { name: "patientReported", type: "bool" } ] };
    const contentHash = keccak256(concat([toUtf8Bytes("carnet/content/v1"), contentKey, content]));
    const message = { recordId: input.recordId, sequence: BigInt(input.sequence), contentHash,
                      wrappedKeyHash: keccak256(wrappedKey), authoredAt, patientReported: (flags & 1) === 1 };
    return { version, flags, authoredAt: authoredAt.toString(), contentHash: message.contentHash,
             wrappedKeyHash: message.wrappedKeyHash, digest: TypedDataEncoder.hash(domain, types, message),
             signer: verifyTypedData(domain, types, message, signature), content: hexlify(content) };
}

for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "")
        continue;
    const input = JSON.parse(line);
    console.log(JSON.stringify(mode === "keys" ? keys(input) : entry(input)));
}
