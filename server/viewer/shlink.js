// SPDX-License-Identifier: GPL-3.0-or-later
// SMART Health Link payloads (HL7 SHL STU1): find the payload in a fragment or a pasted link,
// decode it and check it. Problems come back as codes; viewer.js turns them into words.

const LINK_MARK = 'shlink:/';

export class LinkError extends Error {
  constructor(code, detail = null) {
    super(code);
    this.code = code;
    this.detail = detail;
  }
}

/** base64url text to bytes; null when the text is not base64url. */
export function fromBase64Url(text) {
  if (typeof text !== 'string' || !/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return null;
  const std = text.replace(/-/g, '+').replace(/_/g, '/');
  let bin;
  try {
    bin = atob(std + '='.repeat((4 - (std.length % 4)) % 4));
  } catch {
    return null;
  }
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/**
 * The payload text after "shlink:/" in a fragment ("#shlink:/…"), a bare link ("shlink:/…") or a
 * viewer-prefixed link ("https://viewer.example/#shlink:/…"); null when there is none.
 */
export function payloadText(input) {
  if (typeof input !== 'string') return null;
  let text = input.trim();
  if (text.startsWith('#')) text = text.slice(1);
  try {
    text = decodeURIComponent(text);
  } catch {
    // Left as it is: base64url needs no escapes.
  }
  if (text.startsWith(LINK_MARK)) return text.slice(LINK_MARK.length);
  const at = text.lastIndexOf('#' + LINK_MARK);
  return at < 0 ? null : text.slice(at + 1 + LINK_MARK.length);
}

function loopback(host) {
  return host === 'localhost' || host === '[::1]' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(host);
}

/**
 * Decodes and checks a payload. Returns {url, key (32 bytes), exp|null, flag, label|null, v};
 * throws LinkError with code not-a-link | damaged | bad-url | bad-key | bad-exp | bad-flag |
 * newer-version | expired (detail: the expiry in epoch seconds).
 */
export function parsePayload(text, nowSeconds = Date.now() / 1000) {
  if (text === null || text === '') throw new LinkError('not-a-link');
  const bytes = fromBase64Url(text);
  if (!bytes) throw new LinkError('damaged');
  let p;
  try {
    p = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw new LinkError('damaged');
  }
  if (p === null || typeof p !== 'object' || Array.isArray(p)) throw new LinkError('damaged');
  if (p.v !== undefined && (!Number.isInteger(p.v) || p.v < 1)) throw new LinkError('damaged');
  if (p.v !== undefined && p.v > 1) throw new LinkError('newer-version');
  if (typeof p.url !== 'string') throw new LinkError('bad-url');
  let url;
  try {
    url = new URL(p.url);
  } catch {
    throw new LinkError('bad-url');
  }
  if (url.username || url.password || url.hash ||
      !(url.protocol === 'https:' || (url.protocol === 'http:' && loopback(url.hostname)))) {
    throw new LinkError('bad-url');
  }
  if (typeof p.key !== 'string' || p.key.length !== 43) throw new LinkError('bad-key');
  const key = fromBase64Url(p.key);
  if (!key || key.length !== 32) throw new LinkError('bad-key');
  let exp = null;
  if (p.exp !== undefined && p.exp !== null) {
    if (typeof p.exp !== 'number' || !Number.isFinite(p.exp) || p.exp <= 0) throw new LinkError('bad-exp');
    if (p.exp <= nowSeconds) throw new LinkError('expired', p.exp);
    exp = p.exp;
  }
  let flag = '';
  if (p.flag !== undefined) {
    if (typeof p.flag !== 'string') throw new LinkError('bad-flag');
    flag = p.flag;
    if (flag.includes('U') && flag.includes('P')) throw new LinkError('bad-flag');
  }
  const label = typeof p.label === 'string' && p.label !== '' ? p.label.slice(0, 80) : null;
  return { url: url.href, origin: url.origin, key, exp, flag, label, v: p.v ?? 1 };
}
