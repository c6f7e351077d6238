// SPDX-License-Identifier: GPL-3.0-or-later
// The share host's rules (docs/SHARE-HOST.md) against the real carnet-share-host on loopback, with
// JWEs made and read by jose. Usage: node host-api.mjs BINARY VIEWER_DIR sqlite|@URLFILE (the file
// tests/host/pg-cluster.sh wrote the PostgreSQL URL to). The lifetime failure limit is guesses.mjs.
import net from 'node:net';
import { bundle, check, databaseArg, decrypt, done, jwe, makeLink, newKey, newToken, req, sleep, startHost } from './hostutil.mjs';
import { cors, locations, proxy } from './locations.mjs';

const [binary, viewerDir, dbArg] = process.argv.slice(2);
const db = databaseArg(dbArg);
const fhir = 'application/fhir+json';

async function inactive(host) {
  const token = newToken();
  const key = newKey();
  const files = [{ contentType: fhir, jwe: await jwe(key, bundle(1)) }];
  const unknown = `${'A'.repeat(42)}B`;
  check((await req(host, 'POST', `/shl/${unknown}`, { body: { recipient: 'r' } })).status === 404, '404 unknown link');
  check((await req(host, 'POST', '/shl/short', { body: { recipient: 'r' } })).status === 404, '404 malformed id');
  const revoked = await makeLink(host, token, { flag: '' }, files);
  check((await req(host, 'POST', `/shl/${revoked.id}`, { body: { recipient: 'r' } })).status === 200, 'active link answers 200');
  check((await req(host, 'DELETE', `/api/v1/links/${revoked.id}`, { token })).status === 204, 'revoke answers 204');
  check((await req(host, 'POST', `/shl/${revoked.id}`, { body: { recipient: 'r' } })).status === 404, '404 revoked link');
  const exp = Math.floor(Date.now() / 1000) + 3; // ≥ 2 s ahead even on a slow machine
  const expiring = await makeLink(host, token, { flag: '', exp }, files);
  check(expiring.exp === exp, 'exp echoed');
  await sleep(3600);
  check((await req(host, 'POST', `/shl/${expiring.id}`, { body: { recipient: 'r' } })).status === 404, '404 expired link');
  const listed = (await req(host, 'GET', '/api/v1/links', { token })).json.links;
  check(listed.find((l) => l.id === revoked.id)?.status === 'revoked', 'list says revoked');
  check(listed.find((l) => l.id === expiring.id)?.status === 'expired', 'list says expired');
  check((await req(host, 'POST', '/api/v1/links', { token, body: { flag: '', exp: 1000 } })).json?.field === 'exp',
    'exp in the past refused');
}

async function passcodes(host) {
  const token = newToken();
  const link = await makeLink(host, token, { flag: 'P', passcode: 'secret-1', maxFailures: 3 });
  const r1 = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', passcode: 'nope' } });
  check(r1.status === 401 && r1.json.remainingAttempts === 2, '401 remainingAttempts 2');
  check(!r1.text.includes('nope') && !r1.text.includes('secret'), 'the 401 names no passcode');
  const r2 = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r' } });
  check(r2.status === 401 && r2.json.remainingAttempts === 1, 'a missing passcode counts: remainingAttempts 1');
  const ok = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', passcode: 'secret-1' } });
  check(ok.status === 200 && Array.isArray(ok.json.files), 'right passcode answers the manifest');
  const r3 = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', passcode: 'x' } });
  check(r3.status === 401 && r3.json.remainingAttempts === 0, '401 remainingAttempts 0 (lifetime count, not reset by success)');
  check((await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', passcode: 'secret-1' } })).status === 404,
    'at 0 the link is disabled');
  for (const [body, what] of [[{ flag: 'P' }, 'P without passcode'], [{ flag: 'P', passcode: 'abc' }, 'passcode of 3'],
    [{ flag: 'P', passcode: 'x'.repeat(65) }, 'passcode of 65'], [{ flag: '', passcode: 'abcd' }, 'passcode without P'],
    [{ flag: 'U', passcode: 'abcd' }, 'U with a passcode'], [{ flag: 'UP', passcode: 'abcd' }, 'flag UP'],
    [{ flag: 'Z' }, 'flag Z'], [{ flag: '', label: 'x'.repeat(81) }, 'label of 81'],
    [{ flag: 'P', passcode: 'abcd', maxFailures: 0 }, 'maxFailures 0'], [{ flag: 'P', passcode: 'abcd', maxFailures: 101 }, 'maxFailures 101']]) {
    const r = await req(host, 'POST', '/api/v1/links', { token, body });
    check(r.status === 400 && r.json.error === 'bad-field', `create refuses ${what} (400 bad-field)`);
  }
}

async function manifests(host) {
  const token = newToken();
  const key = newKey();
  const a = await jwe(key, bundle('a'));
  const b = await jwe(key, bundle('b'));
  const link = await makeLink(host, token, { flag: 'L', label: 'My summary' },
    [{ contentType: fhir, jwe: a }, { contentType: fhir, jwe: b }]);
  check(link.url === `http://127.0.0.1:9/shl/${link.id}` && link.url.length <= 128 && link.id.length === 43, 'url and id shape');
  for (const max of [undefined, 0, 1]) {
    const body = { recipient: 'Dr Location' };
    if (max !== undefined) body.embeddedLengthMax = max;
    const m = await req(host, 'POST', `/shl/${link.id}`, { body });
    check(m.status === 200 && m.headers.get('content-type').startsWith('application/json'), `manifest 200 json (embeddedLengthMax ${max})`);
    check(m.json.files.length === 2 && m.json.files.every((f) => f.location && !f.embedded), `location entries (embeddedLengthMax ${max})`);
    check(m.json.files.every((f) => f.contentType === fhir && !Number.isNaN(Date.parse(f.lastUpdated))), 'contentType and lastUpdated');
    const got = await fetch(host.local(m.json.files[1].location));
    check(got.status === 200 && got.headers.get('content-type') === 'application/jose', 'location GET: 200 application/jose');
    check(await decrypt(key, await got.text()) === bundle('b'), 'location file decrypts with jose to the second bundle');
  }
  const e = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'Dr Embedded', embeddedLengthMax: 1000000 } });
  check(e.json.files.every((f) => f.embedded && !f.location), 'large embeddedLengthMax: embedded');
  check(await decrypt(key, e.json.files[0].embedded) === bundle('a'), 'embedded file decrypts with jose');
  const mixed = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', embeddedLengthMax: a.length } });
  check(mixed.json.files[0].embedded === a && (b.length > a.length ? !!mixed.json.files[1].location : true),
    'embedded exactly when length ≤ embeddedLengthMax');
  // Update with fresh IVs, then a reused one.
  const before = e.json.files[0].lastUpdated;
  await sleep(20);
  const c = await jwe(key, bundle('c'));
  const put = await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token, body: { files: [{ contentType: fhir, jwe: c }] } });
  check(put.status === 200 && put.json.files === 1 && put.json.lastUpdated > before, 'L update with a fresh IV: 200, lastUpdated moves');
  const after = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', embeddedLengthMax: 1e6 } });
  check(after.json.files.length === 1 && await decrypt(key, after.json.files[0].embedded) === bundle('c'), 'the manifest serves the update');
  const reuse = await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token, body: { files: [{ contentType: fhir, jwe: a }] } });
  check(reuse.status === 409 && reuse.json.error === 'iv-reused', 'an IV stored before for this link: 409 iv-reused');
  const twice = await jwe(key, bundle('d'));
  const dup = await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token,
    body: { files: [{ contentType: fhir, jwe: twice }, { contentType: fhir, jwe: twice }] } });
  check(dup.status === 409, 'the same IV twice in one update: 409');
  const still = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', embeddedLengthMax: 1e6 } });
  check(await decrypt(key, still.json.files[0].embedded) === bundle('c'), 'a refused update loses nothing');
  // JWE shape refusals.
  const [h, , iv, ct, tag] = c.split('.');
  const hdr = (o) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const bad = {
    'alg RSA': [hdr({ alg: 'RSA-OAEP', enc: 'A256GCM', cty: fhir }), '', iv, ct, tag].join('.'),
    'enc A128GCM': [hdr({ alg: 'dir', enc: 'A128GCM', cty: fhir }), '', iv, ct, tag].join('.'),
    'cty mismatch': [hdr({ alg: 'dir', enc: 'A256GCM', cty: 'text/plain' }), '', iv, ct, tag].join('.'),
    'zip GZIP': [hdr({ alg: 'dir', enc: 'A256GCM', cty: fhir, zip: 'GZIP' }), '', iv, ct, tag].join('.'),
    'encrypted key': [h, 'AAAA', iv, ct, tag].join('.'),
    '8-byte IV': [h, '', 'AAAAAAAAAAA', ct, tag].join('.'),
    'four parts': [h, '', iv, ct].join('.'),
    'not base64url': [h, '', iv, ct + '+', tag].join('.'),
  };
  for (const [what, compact] of Object.entries(bad)) {
    const r = await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token, body: { files: [{ contentType: fhir, jwe: compact }] } });
    check(r.status === 400 && r.json.error === 'bad-jwe', `PUT refuses a JWE with ${what} (400 bad-jwe)`);
  }
  const zipped = [hdr({ alg: 'dir', enc: 'A256GCM', cty: fhir, zip: 'DEF' }), '', (await jwe(key, 'x')).split('.')[2], ct, tag].join('.');
  check((await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token, body: { files: [{ contentType: fhir, jwe: zipped }] } })).status === 200,
    'zip DEF accepted');
  const badType = await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token, body: { files: [{ contentType: 'text/plain', jwe: c }] } });
  check(badType.status === 400 && badType.json.field === 'contentType', 'unknown contentType refused');
}

async function direct(host) {
  const token = newToken();
  const key = newKey();
  const u = await makeLink(host, token, { flag: 'U' }, [{ contentType: fhir, jwe: await jwe(key, bundle('u')) }]);
  const g = await fetch(`${host.base}/shl/${u.id}?recipient=${encodeURIComponent('Dr Ü')}`);
  check(g.status === 200 && g.headers.get('content-type') === 'application/jose', 'U GET: 200 application/jose');
  check(await decrypt(key, await g.text()) === bundle('u'), 'U file decrypts');
  check((await fetch(`${host.base}/shl/${u.id}`)).status === 400, 'U GET without recipient: 400');
  await fetch(`${host.base}/shl/${u.id}?recipient=Dr+A%2BB`);
  const ulog = (await req(host, 'GET', `/api/v1/links/${u.id}/log`, { token })).json.accesses.map((a) => a.recipient);
  check(JSON.stringify(ulog) === JSON.stringify(['Dr Ü', 'Dr A+B']), `U recipient form-decoded: + is a space, %2B a plus (${ulog})`);
  check((await req(host, 'POST', `/shl/${u.id}`, { body: { recipient: 'r' } })).status === 404, 'a U link has no manifest: 404');
  const two = await req(host, 'PUT', `/api/v1/links/${u.id}/files`, { token,
    body: { files: [{ contentType: fhir, jwe: await jwe(key, 'a') }, { contentType: fhir, jwe: await jwe(key, 'b') }] } });
  check(two.status === 400, 'a U link takes exactly one file');
  const plain = await makeLink(host, token, { flag: '' }, [{ contentType: fhir, jwe: await jwe(key, 'x') }]);
  check((await fetch(`${host.base}/shl/${plain.id}?recipient=r`)).status === 404, 'GET on a non-U link: 404');
  await req(host, 'DELETE', `/api/v1/links/${u.id}`, { token });
  check((await fetch(`${host.base}/shl/${u.id}?recipient=r`)).status === 404, 'revoked U link: 404');
}

async function malformed(host) {
  const token = newToken();
  const link = await makeLink(host, token, { flag: '' });
  for (const [raw, what] of [['{', 'truncated JSON'], ['[]', 'an array'], ['', 'an empty body'], ['{"recipient":5}', 'recipient 5'],
    ['{}', 'no recipient'], [JSON.stringify({ recipient: 'x'.repeat(201) }), 'recipient of 201'], ['{"recipient":""}', 'empty recipient'],
    ['{"recipient":"r","embeddedLengthMax":"9"}', 'embeddedLengthMax as text'], ['{"recipient":"r","embeddedLengthMax":-1}', 'negative embeddedLengthMax'],
    ['{"recipient":"r","passcode":1}', 'passcode as number']]) {
    const r = await req(host, 'POST', `/shl/${link.id}`, { raw, headers: { 'content-type': 'application/json' } });
    check(r.status === 400 && ['bad-json', 'bad-field'].includes(r.json?.error), `manifest refuses ${what} (400 ${r.json?.error})`);
  }
  check((await req(host, 'POST', '/api/v1/links', { token, raw: 'not json' })).json?.error === 'bad-json', 'owner API: bad-json');
  check((await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token, body: { files: 'x' } })).status === 400, 'files not an array: 400');
  check((await req(host, 'GET', '/nowhere')).status === 404, 'unknown path: 404');
  check((await req(host, 'DELETE', `/shl/${link.id}`)).status === 405, 'DELETE on a manifest URL: 405');
}

async function owners(host) {
  const alice = newToken();
  const bob = newToken();
  const key = newKey();
  const link = await makeLink(host, alice, { flag: 'P', passcode: 'pass-1234', label: 'For Dr B', maxFailures: 5 },
    [{ contentType: fhir, jwe: await jwe(key, bundle(1)) }]);
  check((await req(host, 'GET', '/api/v1/links')).status === 401, 'no token: 401');
  check((await req(host, 'GET', '/api/v1/links', { token: 'short' })).status === 401, 'malformed token: 401');
  check((await req(host, 'GET', `/api/v1/links/${link.id}/log`, { token: bob })).status === 404, "another owner's log: 404");
  check((await req(host, 'DELETE', `/api/v1/links/${link.id}`, { token: bob })).status === 404, "another owner's revoke: 404");
  check((await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token: bob, body: { files: [] } })).status === 404,
    "another owner's PUT: 404");
  check((await req(host, 'GET', '/api/v1/links', { token: bob })).json.links.length === 0, 'bob lists no links');
  await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'Mallory', passcode: 'guess' } });
  const m = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'Dr B', passcode: 'pass-1234' } });
  await fetch(host.local(m.json.files[0].location));
  const listed = (await req(host, 'GET', '/api/v1/links', { token: alice })).json.links;
  const l = listed.find((x) => x.id === link.id);
  check(l && l.label === 'For Dr B' && l.flag === 'P' && l.status === 'active' && l.failuresRemaining === 4 && l.exp === null,
    'list: label, flag, status, failuresRemaining, exp');
  check(l.accesses === 2 && !Number.isNaN(Date.parse(l.lastAccess)) && !Number.isNaN(Date.parse(l.created)), 'list: accesses 2, lastAccess, created');
  const log = (await req(host, 'GET', `/api/v1/links/${link.id}/log`, { token: alice })).json.accesses;
  check(JSON.stringify(log.map((a) => [a.what, a.recipient])) === JSON.stringify([['wrong-passcode', 'Mallory'], ['manifest', 'Dr B'], ['file', 'Dr B']]),
    'log: wrong-passcode, manifest, file, oldest first, with recipients');
  check(log.every((a) => a.address === '127.0.0.1' && !Number.isNaN(Date.parse(a.time))), 'log: address and time');
  const since = (await req(host, 'GET', `/api/v1/links/${link.id}/log?since=${encodeURIComponent(log[2].time)}`, { token: alice })).json.accesses;
  check(since.length === 1 && since[0].what === 'file', 'log ?since= keeps later entries');
  check((await req(host, 'GET', `/api/v1/links/${link.id}/log?since=yesterday`, { token: alice })).status === 400, 'bad since: 400');
  const stderr = host.stderr();
  check(!stderr.includes(link.id) && !stderr.includes(alice) && !stderr.includes('pass-1234') && !stderr.includes('guess')
    && !stderr.includes(m.json.files[0].location.split('/').pop()), 'stderr holds no full id, token, passcode or ticket');
}

async function viewer(host) {
  const r = await fetch(`${host.base}/view/`);
  const csp = r.headers.get('content-security-policy') || '';
  check(r.status === 200 && r.headers.get('content-type').startsWith('text/html'), 'viewer index: 200 text/html');
  check(csp.includes("script-src 'self'") && csp.includes("connect-src 'self'") && csp.includes("frame-ancestors 'none'"), 'viewer CSP');
  check(r.headers.get('referrer-policy') === 'no-referrer' && r.headers.get('x-content-type-options') === 'nosniff', 'no-referrer, nosniff');
  for (const p of ['/view/../CMakeLists.txt', '/view/%2e%2e/CMakeLists.txt', '/view/.hidden', '/view/missing.js'])
    check((await fetch(host.base + p)).status === 404, `viewer refuses ${p}`);
}

async function rawExchange(port, data, { waitClose = 15000 } = {}) {
  return await new Promise((resolve) => {
    const s = net.connect(port, '127.0.0.1');
    let got = '';
    const t = setTimeout(() => { s.destroy(); resolve({ got, closed: false }); }, waitClose);
    s.on('data', (d) => { got += d; });
    s.on('error', () => {});
    s.on('close', () => { clearTimeout(t); resolve({ got, closed: true }); });
    s.write(data);
  });
}

async function limits() {
  const host = await startHost(binary, db, ['--max-body', '2048', '--max-file', '1200', '--max-files', '2',
    '--max-header', '4096', '--request-timeout', '2', '--location-lifetime', '2', '--min-poll-interval', '30']);
  const token = newToken();
  const key = newKey();
  const link = await makeLink(host, token, { flag: 'L' }, [{ contentType: fhir, jwe: await jwe(key, bundle(1)) }]);
  const big = await req(host, 'POST', `/shl/${link.id}`, { raw: JSON.stringify({ recipient: 'r', pad: 'x'.repeat(3000) }),
    headers: { 'content-type': 'application/json' } }).catch(() => ({ status: 'reset' }));
  check(big.status === 413, `body over --max-body: 413 (got ${big.status})`);
  const huge = await rawExchange(host.port, `POST /shl/${link.id} HTTP/1.1\r\nHost: x\r\nContent-Length: 100000000\r\n\r\n{`);
  check(huge.got.startsWith('HTTP/1.1 413'), 'a Content-Length of 100 MB: 413 before the body');
  const heads = await rawExchange(host.port, `GET /view/ HTTP/1.1\r\nHost: x\r\nX-Pad: ${'a'.repeat(8000)}\r\n\r\n`);
  check(heads.got.startsWith('HTTP/1.1 431'), 'a request head over --max-header: 431');
  // Over --max-file (1200) but, with the rest of the body, under --max-body (2048).
  const bigFile = await jwe(key, 'y'.repeat(1000));
  const f = await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token, body: { files: [{ contentType: fhir, jwe: bigFile }] } });
  check(f.status === 413 && f.json?.error === 'file-too-large', `file over --max-file: 413 file-too-large (got ${f.status} ${f.text})`);
  const three = [];
  for (let i = 0; i < 3; i++) three.push({ contentType: fhir, jwe: await jwe(key, 'z') });
  check((await req(host, 'PUT', `/api/v1/links/${link.id}/files`, { token, body: { files: three } })).json?.error === 'too-many-files',
    'over --max-files: 413 too-many-files');
  // Poll interval and location lifetime.
  const m1 = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'poller' } });
  check(m1.status === 200, 'first poll: 200');
  const m2 = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'poller' } });
  const after = Number(m2.headers.get('retry-after'));
  check(m2.status === 429 && after >= 1 && after <= 30, `second poll within 30 s: 429, Retry-After ${after}`);
  const loc = host.local(m1.json.files[0].location);
  check((await fetch(loc)).status === 200, 'location valid at first');
  await sleep(2500);
  check((await fetch(loc)).status === 404, 'location 404 after --location-lifetime');
  check((await fetch(loc.replace(/[A-Za-z0-9_-]{43}$/, 'A'.repeat(43)))).status === 404, 'unknown ticket: 404');
  // A stalled client neither blocks others nor stays forever.
  const stalled = rawExchange(host.port, 'POST /api/v1/links HTTP/1.1\r\nHost: x\r\nContent-Length: 50\r\n\r\n{"fl');
  const other = await req(host, 'GET', '/api/v1/links', { token });
  check(other.status === 200, 'another request is answered while a client stalls');
  const s = await stalled;
  check(s.closed, 'the stalled connection is closed after --request-timeout');
  // Rate per address.
  const rated = await startHost(binary, db, ['--rate-per-address', '20']);
  const statuses = [];
  for (let i = 0; i < 21; i++) statuses.push(await req(rated, 'GET', '/view/'));
  check(statuses.slice(0, 20).every((r) => r.status !== 429), '20 requests within the rate');
  check(statuses[20].status === 429 && statuses[20].json.error === 'rate-limited' && Number(statuses[20].headers.get('retry-after')) >= 1,
    '21st request: 429 rate-limited with Retry-After');
}

const host = await startHost(binary, db, ['--default-max-failures', '10'], viewerDir);
for (const [name, f] of [['inactive', inactive], ['passcodes', passcodes], ['manifests', manifests], ['direct', direct],
  ['malformed', malformed], ['owners', owners], ['viewer', viewer], ['locations', locations], ['cors', cors]]) {
  try { await f(host); } catch (e) { check(false, `${name} threw ${e.stack}`); }
}
try { await limits(); } catch (e) { check(false, `limits threw ${e.stack}`); }
try { await proxy(binary, db); } catch (e) { check(false, `proxy threw ${e.stack}`); }
done();
