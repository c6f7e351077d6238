// SPDX-License-Identifier: GPL-3.0-or-later
// The viewer's only requests: the manifest POST (or a U link's GET) and the manifest's location
// files. No cookies, no referrer, no redirects, no cache. Problems come back as HostError codes.

/** Files up to this length come embedded in the manifest; longer ones by location. */
export const EMBEDDED_LENGTH_MAX = 16384;
/** The largest answer the viewer reads (a manifest or a file). */
export const MAX_ANSWER = 32 * 1024 * 1024;

export class HostError extends Error {
  constructor(code, detail = null) {
    super(code);
    this.code = code;
    this.detail = detail;
  }
}

const OPTIONS = { credentials: 'omit', cache: 'no-store', redirect: 'error', referrerPolicy: 'no-referrer', mode: 'same-origin' };

async function send(url, init) {
  try {
    return await fetch(url, { ...OPTIONS, ...init });
  } catch {
    throw new HostError('network');
  }
}

async function body(r) {
  const length = Number(r.headers.get('content-length') ?? 0);
  if (length > MAX_ANSWER) throw new HostError('too-large');
  let text;
  try {
    text = await r.text();
  } catch {
    throw new HostError('network');
  }
  if (text.length > MAX_ANSWER) throw new HostError('too-large');
  return text;
}

function retryAfter(r) {
  const v = r.headers.get('retry-after') ?? '';
  const n = /^\d{1,6}$/.test(v.trim()) ? Number(v.trim()) : Math.ceil((Date.parse(v) - Date.now()) / 1000);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** The common statuses of the host's public answers. */
async function failure(r) {
  if (r.status === 404) return new HostError('inactive');
  if (r.status === 429) return new HostError('retry-after', retryAfter(r));
  if (r.status === 400) return new HostError('refused');
  if (r.status === 413) return new HostError('too-large');
  if (r.status === 401) {
    let n = null;
    try {
      const j = JSON.parse(await body(r));
      if (Number.isInteger(j?.remainingAttempts) && j.remainingAttempts >= 0) n = j.remainingAttempts;
    } catch {
      // n stays null: the answer was not the spec's.
    }
    return n === null ? new HostError('bad-answer', '401') : new HostError('wrong-passcode', n);
  }
  if (r.status >= 500) return new HostError('unavailable');
  return new HostError('bad-answer', String(r.status));
}

function isJose(r) {
  return (r.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase() === 'application/jose';
}

/**
 * Fetches a link's files: [{contentType, jwe, lastUpdated|null}]. link: parsePayload's result;
 * passcode: a string when the flag has P.
 */
export async function fetchFiles(link, recipient, passcode) {
  if (link.flag.includes('U')) {
    const url = new URL(link.url);
    url.searchParams.set('recipient', recipient);
    const r = await send(url.href, { method: 'GET' });
    if (r.status !== 200) throw await failure(r);
    if (!isJose(r)) throw new HostError('bad-answer', 'content-type');
    return [{ contentType: null, jwe: (await body(r)).trim(), lastUpdated: null }];
  }
  const request = { recipient, embeddedLengthMax: EMBEDDED_LENGTH_MAX };
  if (link.flag.includes('P')) request.passcode = passcode;
  const r = await send(link.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(request) });
  if (r.status !== 200) throw await failure(r);
  let manifest;
  try {
    manifest = JSON.parse(await body(r));
  } catch (e) {
    if (e instanceof HostError) throw e;
    throw new HostError('bad-answer', 'json');
  }
  if (!manifest || !Array.isArray(manifest.files)) throw new HostError('bad-answer', 'files');
  const out = [];
  for (const f of manifest.files) {
    if (!f || typeof f.contentType !== 'string') throw new HostError('bad-answer', 'contentType');
    const lastUpdated = typeof f.lastUpdated === 'string' ? f.lastUpdated : null;
    if (typeof f.embedded === 'string' && f.location === undefined) {
      out.push({ contentType: f.contentType, jwe: f.embedded, lastUpdated });
    } else if (typeof f.location === 'string' && f.embedded === undefined) {
      out.push({ contentType: f.contentType, location: f.location, lastUpdated });
    } else {
      throw new HostError('bad-answer', 'location');
    }
  }
  return out;
}

/** GETs one location file's compact JWE (within the manifest's hour: it is fetched at once). */
export async function fetchLocation(location) {
  let url;
  try {
    url = new URL(location);
  } catch {
    throw new HostError('bad-answer', 'location');
  }
  if (url.origin !== window.location.origin) throw new HostError('bad-answer', 'location');
  const r = await send(url.href, { method: 'GET' });
  if (r.status === 404) throw new HostError('file-gone');
  if (r.status !== 200) throw await failure(r);
  if (!isJose(r)) throw new HostError('bad-answer', 'content-type');
  return (await body(r)).trim();
}
