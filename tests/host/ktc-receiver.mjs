// SPDX-License-Identifier: GPL-3.0-or-later
// An independent SMART Health Links receiver against the real host: kill-the-clipboard 1.1.0's
// SHLViewer parses each link's shlink:/ text, asks the host for the manifest (or, for a U link, GETs
// the file), fetches locations and decrypts; its files are encrypted by kill-the-clipboard too
// (encryptSHLFile, with and without zip DEF). The links name --public-url http://127.0.0.1:9; the
// viewer's fetch is pointed at the host's real port, nothing else is changed.
// Usage: node ktc-receiver.mjs BINARY sqlite|@URLFILE
import { encryptSHLFile, SHL, SHLManifestNotFoundError, SHLManifestRateLimitError, SHLInvalidPasscodeError, SHLViewer }
  from 'kill-the-clipboard';
import { b64u, check, databaseArg, done, makeLink, newKey, newToken, req, startHost } from './hostutil.mjs';

const [binary, dbArg] = process.argv.slice(2);
const db = databaseArg(dbArg);
const fhir = 'application/fhir+json';
const patient = { resourceType: 'Patient', id: 'p1', name: [{ family: 'Brown', given: ['Oliver'] }] };
const summary = { resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'urn:uuid:1', resource: patient }] };

function shlinkOf(link, key) {
  const payload = { url: link.url, key: b64u(key), ...(link.flag ? { flag: link.flag } : {}), ...(link.label ? { label: link.label } : {}) };
  return `shlink:/${b64u(JSON.stringify(payload))}`;
}

function viewerFor(host, shlink) {
  return new SHLViewer({ shlinkURI: shlink, fetch: (url, options) => fetch(host.local(url), options) });
}

async function fails(promise, type) {
  try {
    await promise;
    return 'resolved';
  } catch (e) {
    return e instanceof type ? true : `${e.constructor.name}: ${e.message}`;
  }
}

async function files(key) {
  const k = b64u(key);
  return [
    { contentType: fhir, jwe: await encryptSHLFile({ content: JSON.stringify(summary), key: k, contentType: fhir, enableCompression: true }) },
    { contentType: fhir, jwe: await encryptSHLFile({ content: JSON.stringify(patient), key: k, contentType: fhir, enableCompression: false }) },
  ];
}

async function run(host, polled) {
  const token = newToken();
  const key = newKey();
  const plain = await makeLink(host, token, { flag: '', label: 'Summary for Dr Who' }, await files(key));
  const shlink = shlinkOf(plain, key);
  check(SHL.parse(shlink).url === plain.url, 'kill-the-clipboard parses the link');
  for (const embeddedLengthMax of [undefined, 1, 1000000]) {
    const got = await viewerFor(host, shlink).resolveSHL({ recipient: 'Dr Who', ...(embeddedLengthMax !== undefined ? { embeddedLengthMax } : {}) });
    check(JSON.stringify(got.fhirResources) === JSON.stringify([summary, patient]),
      `kill-the-clipboard resolves and decrypts both files (embeddedLengthMax ${embeddedLengthMax})`);
    const where = got.manifest.files.map((f) => ('embedded' in f ? 'embedded' : 'location')).join();
    check(where === (embeddedLengthMax === 1000000 ? 'embedded,embedded' : 'location,location'), `files sent as ${where}`);
  }
  const p = await makeLink(host, token, { flag: 'P', passcode: '8812-river', maxFailures: 3 }, await files(key));
  const ps = shlinkOf(p, key);
  check(await fails(viewerFor(host, ps).resolveSHL({ recipient: 'Dr Who', passcode: 'wrong' }), SHLInvalidPasscodeError) === true,
    'a wrong passcode: kill-the-clipboard reports an invalid passcode (401)');
  const right = await viewerFor(host, ps).resolveSHL({ recipient: 'Dr Who', passcode: '8812-river' });
  check(right.fhirResources.length === 2, 'the right passcode: resolved');
  const u = await makeLink(host, token, { flag: 'U' }, [(await files(key))[0]]);
  const direct = await viewerFor(host, shlinkOf(u, key)).resolveSHL({ recipient: 'Dr Who' });
  check(direct.manifest === undefined && JSON.stringify(direct.fhirResources) === JSON.stringify([summary]),
    'a U link: resolved by GET ?recipient= without a manifest');
  const ulog = (await req(host, 'GET', `/api/v1/links/${u.id}/log`, { token })).json.accesses;
  check(ulog.length === 1 && ulog[0].what === 'direct' && ulog[0].recipient === 'Dr Who', `the U fetch is logged as direct (${JSON.stringify(ulog)})`);
  await req(host, 'DELETE', `/api/v1/links/${plain.id}`, { token });
  check(await fails(viewerFor(host, shlink).resolveSHL({ recipient: 'Dr Who' }), SHLManifestNotFoundError) === true,
    'revoked: kill-the-clipboard reports the manifest not found (404)');
  const l = await makeLink(polled, token, { flag: 'L' }, await files(key));
  const ls = shlinkOf(l, key);
  check((await viewerFor(polled, ls).resolveSHL({ recipient: 'Dr Poll' })).fhirResources.length === 2, 'L link: first poll resolved');
  check(await fails(viewerFor(polled, ls).resolveSHL({ recipient: 'Dr Poll' }), SHLManifestRateLimitError) === true,
    'L link polled again at once: kill-the-clipboard reports the rate limit (429)');
}

try {
  const host = await startHost(binary, db, []);
  const polled = await startHost(binary, db, ['--min-poll-interval', '60']);
  await run(host, polled);
} catch (e) { check(false, `threw ${e.stack}`); }
done();
