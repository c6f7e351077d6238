// SPDX-License-Identifier: GPL-3.0-or-later
// Independent implementations against Carnet's SMART Health Link formats (tests/core/tst_shl_jose_oracle.cpp
// runs it; docs/SHL.md "Formats"). Two oracles: jose 6 (RFC 7516 compact JWE; its zip "DEF" support goes
// through the platform's CompressionStream("deflate-raw")), and kill-the-clipboard 1.1.0 (a SMART Health
// Links implementation: SHL.generate/parse, encryptSHLFile/decryptSHLFile). Node's own crypto
// (aes-256-gcm) and zlib (inflateRawSync) open every file a third way, written from the spec.
//
//   node jose-interop.mjs make          one JSON line per file or link the oracles made (C++ opens them)
//   node jose-interop.mjs open FILE     FILE: JSON lines {key, jwe} or {link}; one answer line each
//   node jose-interop.mjs corpus DIR    kill-the-clipboard's SHL.parse verdict on each DIR/*.txt (as UTF-8)
//
// Byte strings travel as base64 (content) or base64url (keys, as in the link). Nothing here is a secret.
import * as jose from 'jose';
import { SHL, encryptSHLFile, decryptSHLFile } from 'kill-the-clipboard';
import { createDecipheriv, randomBytes } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

const b64u = (bytes) => Buffer.from(bytes).toString('base64url');
const b64 = (bytes) => Buffer.from(bytes).toString('base64');
const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');

// A text of `size` bytes that compresses (FHIR-like JSON) or not (random bytes).
function content(size, compressible) {
  if (!compressible) return randomBytes(size);
  let s = '';
  for (let i = 0; s.length < size; ++i) s += `{"resourceType":"Observation","id":"o${i}","valueQuantity":{"value":${i % 97}}},`;
  return Buffer.from(s.slice(0, size));
}

// Opens a compact JWE (dir, A256GCM) with Node's crypto and zlib only.
function openByHand(keyBytes, jwe) {
  const [h, ek, iv, ct, tag] = jwe.split('.');
  if (ek !== '') throw new Error('encrypted key part not empty');
  const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8'));
  const d = createDecipheriv('aes-256-gcm', keyBytes, Buffer.from(iv, 'base64url'));
  d.setAAD(Buffer.from(h, 'ascii'));
  d.setAuthTag(Buffer.from(tag, 'base64url'));
  let plain = Buffer.concat([d.update(Buffer.from(ct, 'base64url')), d.final()]);
  if (header.zip === 'DEF') plain = inflateRawSync(plain);
  return { header, plain };
}

async function make() {
  const sizes = [[0, true], [1, true], [1000, true], [1000, false], [300000, true], [70000, false]];
  for (const [size, compressible] of sizes) {
    for (const zip of [false, true]) {
      const key = randomBytes(32);
      const plain = content(size, compressible);
      const cty = compressible ? 'application/fhir+json' : 'application/smart-health-card';
      const header = { alg: 'dir', enc: 'A256GCM', cty, ...(zip ? { zip: 'DEF' } : {}) };
      const jwe = await new jose.CompactEncrypt(plain).setProtectedHeader(header).encrypt(key);
      out({ by: 'jose', key: b64u(key), content: b64(plain), cty, zip, jwe });
    }
  }
  // jose with header members in another order and an unknown one (RFC 7515 §4: ignored).
  {
    const key = randomBytes(32);
    const plain = content(500, true);
    const jwe = await new jose.CompactEncrypt(plain)
      .setProtectedHeader({ kid: 'k-1', zip: 'DEF', cty: 'application/fhir+json', enc: 'A256GCM', alg: 'dir' })
      .encrypt(key);
    out({ by: 'jose', key: b64u(key), content: b64(plain), cty: 'application/fhir+json', zip: true, jwe });
  }
  for (const enableCompression of [false, true]) {
    const key = b64u(randomBytes(32));
    const plain = content(5000, true).toString('utf8');
    const jwe = await encryptSHLFile({ content: plain, key, contentType: 'application/fhir+json', enableCompression });
    out({ by: 'kill-the-clipboard', key, content: b64(Buffer.from(plain)), cty: 'application/fhir+json', zip: enableCompression, jwe });
  }
  const flags = [undefined, 'L', 'P', 'LP', 'U', 'LU'];
  for (const [i, flag] of flags.entries()) {
    const shl = SHL.generate({
      baseManifestURL: 'https://shl.example.org/',
      ...(flag ? { flag } : {}),
      ...(i % 2 ? { label: `Résumé ${i} pour Zoë 💉` } : {}),
      ...(i % 3 ? { expirationDate: new Date(Date.UTC(2031, 0, 1 + i)) } : {}),
    });
    const p = shl.payload;
    out({ by: 'kill-the-clipboard', link: shl.toURI(), url: p.url, key: p.key, flag: p.flag ?? '', label: p.label ?? '', exp: p.exp ?? null });
  }
}

async function open(file) {
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const c = JSON.parse(line);
    if (c.link !== undefined) {
      try {
        const shl = SHL.parse(c.link);
        const p = shl.payload;
        out({ ok: true, url: p.url, key: p.key, flag: p.flag ?? '', label: p.label ?? '', exp: p.exp ?? null, v: p.v ?? 1 });
      } catch (e) {
        out({ ok: false, error: String(e.message ?? e) });
      }
      continue;
    }
    const keyBytes = Buffer.from(c.key, 'base64url');
    const answer = {};
    try {
      const r = await jose.compactDecrypt(c.jwe, keyBytes, { maxDecompressedLength: 64 * 1024 * 1024 });
      answer.jose = { content: b64(r.plaintext), header: r.protectedHeader };
    } catch (e) {
      answer.jose = { error: e.code ?? String(e.message ?? e) };
    }
    try {
      const r = openByHand(keyBytes, c.jwe);
      answer.byHand = { content: b64(r.plain), header: r.header };
    } catch (e) {
      answer.byHand = { error: String(e.message ?? e) };
    }
    if (c.text) {
      try {
        const r = await decryptSHLFile({ jwe: c.jwe, key: c.key });
        answer.ktc = { content: b64(Buffer.from(r.content, 'utf8')), cty: r.contentType ?? '' };
      } catch (e) {
        answer.ktc = { error: String(e.message ?? e) };
      }
    }
    out(answer);
  }
}

function corpus(dir) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    let ok = true;
    try {
      SHL.parse(readFileSync(`${dir}/${name}`, 'utf8'));
    } catch {
      ok = false;
    }
    out({ file: name, ok });
  }
}

const [mode, file] = process.argv.slice(2);
if (mode === 'make') await make();
else if (mode === 'corpus' && file) corpus(file);
else if (mode === 'open' && file) await open(file);
else {
  process.stderr.write('usage: node jose-interop.mjs make | open FILE\n');
  process.exit(2);
}
