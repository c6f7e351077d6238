// SPDX-License-Identifier: GPL-3.0-or-later
// Oracle for core/share (docs/PROTOCOL.md §8.1–8.6, §8.9), written from the spec with ethers.js and
// Node's crypto, sharing no code with Carnet. Reads one JSON object per line from the file given as
// argument (phrases and secrets never go on the command line) and prints one JSON line per input line.
// Each input has a "kind":
//   keys      {phrase, g}: address(S_g) (m/4411982'/4'/g'), grantId (nonce 0), address(C) (m/4411982'/5'/0'),
//             compressed K.pub (m/4411982'/6'/0') and the clinician code "carnet-clinician:v1:…"
//   grantId   {signer, nonce (decimal)}: keccak("carnet/grant-id/v1" ‖ signer ‖ uint256(nonce))
//   scope     {scope}: scopeHash = keccak("carnet/grant-scope/v1" ‖ scope), and the scope's fields
//   shareCode {chainId, contract, grantId, mode, shareSecret?}: the code "carnet-share:v1:…"
//   bundle    {bundle, chainId, contract, grantId, shareSecret}: a mode-1 bundle opened with
//             HKDF-SHA256 and AES-256-GCM: bundleKey, the plaintext and its fields
//   named     {bundle, chainId, contract, grantId, clinicianKey (K private, test only)}: a mode-3
//             bundle opened with ECIES v1 and AES-256-GCM: the plaintext
//   receipt   {chainId, contract, grantId, clinician, readAt, entryHashes}: receiptHash
// Argon2id (mode 2) is not checked here: Node 20's crypto has no Argon2.
import { HDNodeWallet, SigningKey, concat, getBytes, hexlify, keccak256, toUtf8Bytes, zeroPadValue, toBeHex }
    from "ethers";
import { createDecipheriv, hkdfSync } from "node:crypto";
import { readFileSync } from "node:fs";

const [file] = process.argv.slice(2);
if (!file) {
    console.error("usage: node share-cases.mjs <file>");
    process.exit(1);
}

const utf8 = (s) => toUtf8Bytes(s);
function uint(value, size) {
    return getBytes(zeroPadValue(toBeHex(BigInt(value)), size));
}
const check4 = (tag, body) => getBytes(keccak256(concat([utf8(tag), body]))).slice(0, 4);
const base64url = (bytes) => Buffer.from(getBytes(bytes)).toString("base64url");

function gcmOpen(key, nonce, sealed, aad) {
    const decipher = createDecipheriv("aes-256-gcm", key, nonce);
    decipher.setAAD(aad);
    decipher.setAuthTag(sealed.subarray(sealed.length - 16));
    return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - 16)), decipher.final()]);
}

function aad(input, mode) {
    return Buffer.from(getBytes(concat([utf8("carnet/grant-bundle/v1"), uint(input.chainId, 8), input.contract,
                                        input.grantId, new Uint8Array([mode])])));
}

// §8.4, read field by field.
function parsePlaintext(p) {
    let at = 0;
    const take = (n) => { const out = p.subarray(at, at + n); at += n; return out; };
    const version = take(1)[0];
    const grantId = hexlify(take(32));
    const scopeLength = take(2).readUInt16BE(0);
    const scope = hexlify(take(scopeLength));
    const flags = take(1)[0];
    const r = take(2).readUInt16BE(0);
    const records = [];
    for (let i = 0; i < r; ++i) {
        const recordId = hexlify(take(32));
        const author = hexlify(take(20));
        const m = take(4).readUInt32BE(0);
        const entries = [];
        for (let j = 0; j < m; ++j)
            entries.push({ sequence: take(4).readUInt32BE(0), contentKey: hexlify(take(32)) });
        records.push({ recordId, author, entries });
    }
    const out = { version, grantId, scope, flags, records };
    if (flags & 1)
        out.writeBack = { recordId: hexlify(take(32)), recordKey: hexlify(take(33)) };
    out.rest = p.length - at;
    return out;
}

function keys(input) {
    const node = (path) => HDNodeWallet.fromPhrase(input.phrase, "", path);
    const sharing = node(`m/4411982'/4'/${input.g}'`).address;
    const account = node("m/4411982'/5'/0'").address;
    const encryption = node("m/4411982'/6'/0'").signingKey.compressedPublicKey;
    const body = concat([account, encryption]);
    return { sharingAddress: sharing, grantId: grantIdOf(sharing, 0), clinicianAddress: account,
             clinicianKey: encryption,
             clinicianCode: "carnet-clinician:v1:" + base64url(concat([body, check4("carnet/clinician/v1", body)])) };
}

const grantIdOf = (signer, nonce) => keccak256(concat([utf8("carnet/grant-id/v1"), signer, uint(nonce, 32)]));

function scope(input) {
    const s = Buffer.from(getBytes(input.scope));
    return { scopeHash: keccak256(concat([utf8("carnet/grant-scope/v1"), s])), version: s[0],
             categories: s.readUInt16BE(1), from: s.readUInt32BE(3), to: s.readUInt32BE(7), k: s.readUInt16BE(11) };
}

function shareCode(input) {
    const parts = [uint(input.chainId, 8), input.contract, input.grantId, new Uint8Array([input.mode])];
    if (input.mode !== 3)
        parts.push(input.shareSecret);
    const body = concat(parts);
    return { code: "carnet-share:v1:" + base64url(concat([body, check4("carnet/share/v1", body)])) };
}

function bundle(input) {
    const b = Buffer.from(getBytes(input.bundle));
    if (b[0] !== 1) throw new Error("not a mode-1 bundle");
    const key = Buffer.from(hkdfSync("sha256", getBytes(input.shareSecret), getBytes(input.grantId),
                                     utf8("carnet/grant-key/v1/code"), 32));
    const plaintext = gcmOpen(key, b.subarray(1, 13), b.subarray(13), aad(input, 1));
    return { bundleKey: hexlify(key), plaintext: hexlify(plaintext), fields: parsePlaintext(plaintext) };
}

// ECIES v1 (docs/CRYPTO.md): 0x01 ‖ ephemeral pub (33) ‖ nonce (12) ‖ ciphertext ‖ tag.
function eciesOpen(recipient, box, context) {
    if (box[0] !== 1) throw new Error("ECIES version");
    const ephemeral = box.subarray(1, 34);
    const shared = getBytes(recipient.computeSharedSecret(hexlify(ephemeral))).slice(1, 33);
    const salt = Buffer.concat([ephemeral, getBytes(recipient.compressedPublicKey)]);
    const key = Buffer.from(hkdfSync("sha256", shared, salt, utf8("carnet/ecies/v1"), 32));
    return gcmOpen(key, box.subarray(34, 46), box.subarray(46), Buffer.concat([box.subarray(0, 46), context]));
}

function named(input) {
    const b = Buffer.from(getBytes(input.bundle));
    if (b[0] !== 3) throw new Error("not a named bundle");
    const context = Buffer.from(getBytes(concat([utf8("carnet/grant-key/v1"), input.grantId])));
    const key = eciesOpen(new SigningKey(input.clinicianKey), b.subarray(1, 95), context);
    const plaintext = gcmOpen(key, b.subarray(95, 107), b.subarray(107), aad(input, 3));
    return { plaintext: hexlify(plaintext) };
}

function receipt(input) {
    const bytes = concat([utf8("carnet/receipt/v1"), uint(input.chainId, 8), input.contract, input.grantId,
                          input.clinician, uint(input.readAt, 8), uint(input.entryHashes.length, 4),
                          keccak256(concat(input.entryHashes))]);
    return { receipt: hexlify(bytes), receiptHash: keccak256(bytes) };
}

const kinds = { keys, grantId: (i) => ({ grantId: grantIdOf(i.signer, i.nonce) }), scope, shareCode, bundle, named,
                receipt };
for (const line of readFileSync(file, "utf8").split("\n")) {
    if (line.trim() === "")
        continue;
    const input = JSON.parse(line);
    console.log(JSON.stringify(kinds[input.kind](input)));
}
