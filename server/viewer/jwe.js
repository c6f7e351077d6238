// SPDX-License-Identifier: GPL-3.0-or-later
// Compact JWE as SMART Health Links use it: alg "dir", enc "A256GCM", optional zip "DEF" (raw
// DEFLATE), decrypted with WebCrypto (the protected header's base64url text is the AAD) and inflated
// with DecompressionStream('deflate-raw'). Anything else is refused with a code.
import { fromBase64Url } from './shlink.js';

/** The largest plaintext the viewer accepts after inflating (a bound against zip bombs). */
export const MAX_PLAINTEXT = 64 * 1024 * 1024;

export class JweError extends Error {
  constructor(code) {
    super(code);
    this.code = code;
  }
}

function header(part) {
  const bytes = fromBase64Url(part);
  if (!bytes) throw new JweError('damaged');
  try {
    const h = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
    if (h === null || typeof h !== 'object' || Array.isArray(h)) throw new Error();
    return h;
  } catch {
    throw new JweError('damaged');
  }
}

async function inflateRaw(bytes) {
  const stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw'));
  const reader = stream.getReader();
  const chunks = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > MAX_PLAINTEXT) {
        reader.cancel().catch(() => {});
        throw new JweError('too-large');
      }
      chunks.push(value);
    }
  } catch (e) {
    if (e instanceof JweError) throw e;
    throw new JweError('damaged');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/**
 * Decrypts a compact JWE with the link's 32-byte key. Returns {cty, plaintext: Uint8Array}.
 * Throws JweError: damaged (not a compact JWE, bad header, wrong key or altered bytes),
 * unsupported (another alg, enc or zip), too-large.
 */
export async function decryptCompact(compact, keyBytes) {
  if (typeof compact !== 'string') throw new JweError('damaged');
  const parts = compact.trim().split('.');
  if (parts.length !== 5) throw new JweError('damaged');
  const [protectedPart, encryptedKey, ivPart, cipherPart, tagPart] = parts;
  const h = header(protectedPart);
  if (h.alg !== 'dir' || h.enc !== 'A256GCM' || (h.zip !== undefined && h.zip !== 'DEF') ||
      (h.crit !== undefined)) {
    throw new JweError('unsupported');
  }
  if (encryptedKey !== '') throw new JweError('damaged');
  const iv = fromBase64Url(ivPart);
  const cipher = fromBase64Url(cipherPart);
  const tag = fromBase64Url(tagPart);
  if (!iv || iv.length !== 12 || !cipher || !tag || tag.length !== 16) throw new JweError('damaged');
  const sealed = new Uint8Array(cipher.length + tag.length);
  sealed.set(cipher, 0);
  sealed.set(tag, cipher.length);
  let plain;
  try {
    const key = await crypto.subtle.importKey('raw', keyBytes, { name: 'AES-GCM' }, false, ['decrypt']);
    plain = new Uint8Array(await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv, additionalData: new TextEncoder().encode(protectedPart), tagLength: 128 }, key, sealed));
  } catch {
    throw new JweError('damaged');
  }
  if (h.zip === 'DEF') plain = await inflateRaw(plain);
  else if (plain.length > MAX_PLAINTEXT) throw new JweError('too-large');
  return { cty: typeof h.cty === 'string' ? h.cty : null, plaintext: plain };
}
