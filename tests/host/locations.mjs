// SPDX-License-Identifier: GPL-3.0-or-later
// Location URLs (docs/SHARE-HOST.md, "Location URLs") and the public answers' exact shapes: a fresh
// ticket per manifest answer and file, bound to its link, reusable within its lifetime, dead once
// the link is revoked or disabled; the 401 body's members; CORS on the public routes; --trust-proxy.
import { bundle, check, decrypt, jwe, makeLink, newKey, newToken, req, startHost } from './hostutil.mjs';

const fhir = 'application/fhir+json';
const ticketOf = (location) => location.split('/').pop();

export async function locations(host) {
  const token = newToken();
  const key = newKey();
  const files = [{ contentType: fhir, jwe: await jwe(key, bundle('l1')) }, { contentType: fhir, jwe: await jwe(key, bundle('l2')) }];
  const a = await makeLink(host, token, { flag: '' }, files);
  const b = await makeLink(host, token, { flag: '' }, [{ contentType: fhir, jwe: await jwe(key, bundle('other')) }]);
  const m1 = (await req(host, 'POST', `/shl/${a.id}`, { body: { recipient: 'Dr One' } })).json;
  const m2 = (await req(host, 'POST', `/shl/${a.id}`, { body: { recipient: 'Dr Two' } })).json;
  const shape = new RegExp(`^http://127\\.0\\.0\\.1:9/shl/${a.id}/file/[A-Za-z0-9_-]{43}$`);
  check([...m1.files, ...m2.files].every((f) => shape.test(f.location)), 'location = <public-url>/shl/<id>/file/<43-char ticket>');
  const tickets = new Set([...m1.files, ...m2.files].map((f) => ticketOf(f.location)));
  check(tickets.size === 4, 'a fresh ticket per manifest answer and per file (4 distinct)');
  check([...m1.files, ...m2.files].every((f) => Object.keys(f).sort().join() === 'contentType,lastUpdated,location'),
    'a location entry has exactly contentType, location, lastUpdated');
  const loc = host.local(m1.files[0].location);
  const first = await fetch(loc);
  const again = await fetch(loc);
  check(first.status === 200 && again.status === 200, 'a location can be fetched again within its lifetime');
  check(await decrypt(key, await again.text()) === bundle('l1'), 'the first location serves the first file');
  check((await fetch(loc.replace(`/shl/${a.id}/`, `/shl/${b.id}/`))).status === 404, "a ticket under another link's id: 404");
  check((await fetch(loc.replace(/\/file\/.*$/, '/file/short'))).status === 404, 'a malformed ticket: 404');
  const log = (await req(host, 'GET', `/api/v1/links/${a.id}/log`, { token })).json.accesses;
  check(JSON.stringify(log.map((e) => [e.what, e.recipient])) === JSON.stringify([['manifest', 'Dr One'], ['manifest', 'Dr Two'],
    ['file', 'Dr One'], ['file', 'Dr One']]), "a file fetch is logged under the recipient of the ticket's manifest");
  await req(host, 'DELETE', `/api/v1/links/${a.id}`, { token });
  check((await fetch(host.local(m2.files[1].location))).status === 404, 'revoked: its unexpired locations answer 404');
  check((await req(host, 'DELETE', `/api/v1/links/${a.id}`, { token })).status === 204, 'revoking again: 204');
  check((await req(host, 'PUT', `/api/v1/links/${a.id}/files`, { token, body: { files } })).status === 404, 'PUT on a revoked link: 404');

  // A P link disabled by wrong passcodes: its locations die with it.
  const p = await makeLink(host, token, { flag: 'P', passcode: 'open-sesame', maxFailures: 1 }, [files[0]]);
  const mp = await req(host, 'POST', `/shl/${p.id}`, { body: { recipient: 'r', passcode: 'open-sesame' } });
  check(mp.status === 200 && (await fetch(host.local(mp.json.files[0].location))).status === 200, 'P link: location served');
  const wrong = await req(host, 'POST', `/shl/${p.id}`, { body: { recipient: 'r', passcode: 'closed' } });
  check(wrong.status === 401 && wrong.headers.get('content-type') === 'application/json', '401 is application/json');
  check(JSON.stringify(wrong.json) === JSON.stringify({ error: 'wrong-passcode', remainingAttempts: 0 }),
    `401 body is exactly {"error":"wrong-passcode","remainingAttempts":0} (${wrong.text})`);
  check((await fetch(host.local(mp.json.files[0].location))).status === 404, 'disabled: its locations answer 404');
  const listed = (await req(host, 'GET', '/api/v1/links', { token })).json.links.find((l) => l.id === p.id);
  check(listed.status === 'disabled' && listed.failuresRemaining === 0, 'the owner sees the P link disabled');

  // A link without files answers an empty manifest.
  const empty = await makeLink(host, token, { flag: 'L' });
  const me = await req(host, 'POST', `/shl/${empty.id}`, { body: { recipient: 'r' } });
  check(me.status === 200 && JSON.stringify(me.json) === '{"files":[]}', 'a link without files: {"files":[]}');
}

export async function cors(host) {
  const token = newToken();
  const link = await makeLink(host, token, { flag: '' });
  const m = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r' }, headers: { origin: 'https://viewer.example' } });
  check(m.headers.get('access-control-allow-origin') === '*', 'manifest answer: Access-Control-Allow-Origin *');
  check(m.headers.get('cache-control') === 'no-store', 'manifest answer: Cache-Control no-store');
  const nf = await req(host, 'POST', `/shl/${'A'.repeat(43)}`, { body: { recipient: 'r' } });
  check(nf.headers.get('access-control-allow-origin') === '*' && nf.json.error === 'not-found', '404 {"error":"not-found"} with CORS');
  const pre = await fetch(`${host.base}/shl/${link.id}`, { method: 'OPTIONS',
    headers: { origin: 'https://viewer.example', 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  check(pre.status === 204 && /POST/.test(pre.headers.get('access-control-allow-methods'))
    && /content-type/i.test(pre.headers.get('access-control-allow-headers')), 'preflight OPTIONS: 204 allowing POST and Content-Type');
  const own = await req(host, 'GET', '/api/v1/links', { token, headers: { origin: 'https://viewer.example' } });
  check(own.headers.get('access-control-allow-origin') === null, 'the owner API sends no CORS header');
  const noAuth = await req(host, 'GET', '/api/v1/links');
  check(noAuth.status === 401 && noAuth.json.error === 'unauthorized' && noAuth.headers.get('www-authenticate') === 'Bearer',
    'owner API without a token: 401 unauthorized, WWW-Authenticate Bearer');
  check((await req(host, 'GET', `/api/v1/links/${link.id}`, { token })).status === 405, 'GET /api/v1/links/{id}: 405');
}

/** --trust-proxy: the client address is the last X-Forwarded-For entry when the peer is loopback;
 *  without it the header is ignored. The poll interval is per link and client address. */
export async function proxy(binary, db) {
  const trusting = await startHost(binary, db, ['--trust-proxy', '--min-poll-interval', '60']);
  const plain = await startHost(binary, trusting.db, []); // the same database (one SQLite file)
  const token = newToken();
  const link = await makeLink(trusting, token, { flag: 'L' });
  const via = (host, forwarded) => req(host, 'POST', `/shl/${link.id}`, { body: { recipient: forwarded },
    headers: { 'x-forwarded-for': forwarded } });
  check((await via(trusting, '198.51.100.7, 203.0.113.9')).status === 200, 'trust-proxy: first client answered');
  check((await via(trusting, '203.0.113.10')).status === 200, 'trust-proxy: another client address is not held by its poll interval');
  check((await via(trusting, '198.51.100.99, 203.0.113.9')).status === 429, 'trust-proxy: the first client again within the interval: 429');
  check((await via(plain, '192.0.2.1')).status === 200, 'without --trust-proxy: answered');
  const log = (await req(trusting, 'GET', `/api/v1/links/${link.id}/log`, { token })).json.accesses.map((a) => a.address);
  check(JSON.stringify(log) === JSON.stringify(['203.0.113.9', '203.0.113.10', '127.0.0.1']),
    `logged addresses: the last X-Forwarded-For entry with --trust-proxy, the peer without (${log})`);
}
