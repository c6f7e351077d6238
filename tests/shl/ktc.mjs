// SPDX-License-Identifier: GPL-3.0-or-later
// Interop with kill-the-clipboard 1.1.0 (vintasoftware, an independent SMART Health Links implementation):
// (a) Carnet reads KTC's links: KTC makes the link and its files (a FHIR Bundle, deflated as KTC does,
//     and a SMART Health Card it issues), a node:http server serves KTC's manifest builder's manifest and
//     files on loopback, and `carnet-cli shl open` must give the same resources, embedded and by location,
//     with KTC's passcode flow done by the server;
// (b) KTC reads links served by Carnet's host: files encrypted by Carnet's own shl::encryptJwe
//     (tests/shl/shl_encrypt_tool, with and without zip DEF) uploaded to a real carnet-share-host, then
//     SHLViewer({shlinkURI}).resolveSHL({recipient, passcode}) must give the same Bundle (and so must
//     carnet-cli). KTC does not insist on https (SHL.parse only checks `new URL(url)`), so plain http on
//     loopback needs no override.
//   node ktc.mjs CARNET-CLI CARNET-SHARE-HOST SHL-ENCRYPT-TOOL
import { spawnSync } from 'node:child_process';
import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { isDeepStrictEqual } from 'node:util';
import { b64u, check, done, makeLink, newToken, open, oracle, patientBundle, startHost } from './shlutil.mjs';

const [cli, hostBinary, encryptTool] = process.argv.slice(2);
const ktc = await oracle('kill-the-clipboard');
const { SHL, SHLManifestBuilder, SHLViewer, SHCIssuer } = ktc;

// --- (a) Carnet reads KTC's links ------------------------------------------------------------------------
const stored = new Map(); // storage path → JWE
const links = new Map();  // manifest path → { shl, attrs, passcode, failures }
const server = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const url = new URL(req.url, 'http://x');
  if (req.method === 'GET' && url.pathname.startsWith('/files/') && stored.has(url.pathname.slice(7))) {
    res.writeHead(200, { 'content-type': 'application/jose' }).end(stored.get(url.pathname.slice(7)));
    return;
  }
  const entry = links.get(url.pathname);
  if (req.method !== 'POST' || !entry) { res.writeHead(404).end(); return; }
  const request = JSON.parse(body);
  if (entry.passcode !== undefined && request.passcode !== entry.passcode) {
    entry.failures++;
    res.writeHead(401, { 'content-type': 'application/json' }).end(JSON.stringify({ remainingAttempts: 5 - entry.failures }));
    return;
  }
  const builder = SHLManifestBuilder.fromDBAttrs({ shl: entry.shl.payload, attrs: entry.attrs, uploadFile, getFileURL, loadFile });
  const manifest = await builder.buildManifest({ embeddedLengthMax: request.embeddedLengthMax });
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(manifest));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
async function uploadFile(jwe) { const p = b64u(randomBytes(16)); stored.set(p, jwe); return p; }
async function getFileURL(p) { return `${base}/files/${p}`; }
async function loadFile(p) { return stored.get(p); }

async function ktcLink({ flag, passcode, label, content }) {
  const shl = SHL.generate({ baseManifestURL: `${base}/shl`, manifestPath: 'manifest.json', flag, label,
    expirationDate: new Date(Date.now() + 3600_000) });
  const builder = new SHLManifestBuilder({ shl, uploadFile, getFileURL, loadFile });
  for (const c of content) {
    if (c.bundle) await builder.addFHIRResource({ content: c.bundle });
    else await builder.addHealthCard({ shc: c.jws });
  }
  links.set(new URL(shl.url).pathname, { shl, attrs: builder.toDBAttrs(), passcode, failures: 0 });
  return shl;
}

const bundle = patientBundle(1);
const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const issuer = new SHCIssuer({ issuer: 'https://issuer.example.org',
  privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }), publicKey: publicKey.export({ type: 'spki', format: 'pem' }) });
const card = await issuer.issue(patientBundle(1)); // a copy: the issuer may rewrite references
const jws = card.asJWS();

{
  const shl = await ktcLink({ label: 'KTC made this', content: [{ bundle }, { jws }] });
  for (const args of [[], ['--embedded-max', '0'], ['--embedded-max', '1000000']]) {
    const how = args.length ? `embeddedLengthMax ${args[1]}` : 'KTC\'s default embedding';
    const r = await open(cli, shl.toURI(), { args: ['--json', ...args] });
    let files = null;
    try { files = JSON.parse(r.stdout); } catch {}
    check(r.status === 0 && Array.isArray(files) && files.length === 2, `KTC link (${how}): carnet-cli opens both files`, r.stderr);
    if (!files) continue;
    check(isDeepStrictEqual(files[0], bundle), `KTC link (${how}): the Bundle is KTC's, deflated by KTC and inflated by Carnet`);
    check(isDeepStrictEqual(files[1], { verifiableCredential: [jws] }), `KTC link (${how}): the health card file is KTC's, as it is`);
  }
  const r = await open(cli, `https://viewer.example.org/#${shl.toURI()}`, { args: ['--embedded-max', '0'] });
  check(r.status === 0 && /^label: KTC made this$/m.test(r.stdout) && /^file 1: application\/fhir\+json; Bundle \(Patient 1, Observation 2\); \d+ bytes; location; updated /m.test(r.stdout)
    && /^file 2: application\/smart-health-card; 1 verifiable credential \(not verified\); \d+ bytes; location/m.test(r.stdout)
    && new RegExp(`^expires: ${new Date(shl.exp * 1000).toISOString().slice(0, 19)}`, 'm').test(r.stdout),
  'KTC link in a viewer URL: the summary (label, expiry, types, counts, locations)', r.stdout + r.stderr);
}
{
  const shl = await ktcLink({ flag: 'P', passcode: 'ktc-pass-77', content: [{ bundle }] });
  let r = await open(cli, shl.toURI(), { passcode: 'nope' });
  check(r.status === 47 && /4 attempts left/.test(r.stderr), 'KTC P link, wrong passcode: 47 with the attempts left', r.stderr);
  r = await open(cli, shl.toURI(), { passcode: 'ktc-pass-77', args: ['--json'] });
  check(r.status === 0 && isDeepStrictEqual(JSON.parse(r.stdout || 'null'), [bundle]), 'KTC P link, right passcode: the Bundle', r.stderr);
  // The oracle itself reads the same link the same way.
  const viewed = await new SHLViewer({ shlinkURI: shl.toURI() }).resolveSHL({ recipient: 'ktc', passcode: 'ktc-pass-77' });
  check(isDeepStrictEqual(viewed.fhirResources[0], bundle), 'KTC reads its own P link through the same server');
}

// --- (b) KTC reads links served by Carnet's host, with Carnet's JWEs ------------------------------------------
const host = await startHost(hostBinary);
const token = newToken();
function carnetJwe(key, text, zip) {
  const r = spawnSync(encryptTool, [b64u(key), 'application/fhir+json', ...(zip ? ['--zip'] : [])], { input: text });
  if (r.status !== 0) throw new Error(`shl_encrypt_tool: ${r.stderr}`);
  return r.stdout.toString().trim();
}
for (const [fields, zip, passcode] of [[{ flag: '' }, false], [{ flag: 'L' }, true], [{ flag: 'P', passcode: 'carnet-1234' }, true, 'carnet-1234'],
  [{ flag: 'LP', passcode: 'carnet-5678' }, false, 'carnet-5678'], [{ flag: 'U' }, true]]) {
  const key = randomBytes(32);
  const text = JSON.stringify(patientBundle(9));
  const e = carnetJwe(key, text, zip);
  check(JSON.parse(Buffer.from(e.split('.')[0], 'base64url')).zip === (zip ? 'DEF' : undefined), `Carnet's JWE (flag ${fields.flag || 'none'}): zip ${zip ? 'DEF' : 'absent'}`);
  const made = await makeLink(host, token, fields, [{ contentType: 'application/fhir+json', jwe: e }]);
  const payload = { url: made.url, key: b64u(key), ...(made.flag ? { flag: made.flag } : {}) };
  const uri = 'shlink:/' + b64u(Buffer.from(JSON.stringify(payload)));
  for (const embeddedLengthMax of fields.flag === 'U' ? [undefined] : [undefined, 1_000_000]) {
    let viewed = null, error = '';
    try {
      viewed = await new SHLViewer({ shlinkURI: `${host.base}/view/#${uri}` })
        .resolveSHL({ recipient: 'KTC viewer', ...(passcode ? { passcode } : {}), ...(embeddedLengthMax ? { embeddedLengthMax } : {}) });
    } catch (err) { error = `${err.name}: ${err.message}`; }
    check(viewed && viewed.fhirResources.length === 1 && isDeepStrictEqual(viewed.fhirResources[0], JSON.parse(text)),
      `KTC resolves a Carnet host's link (flag ${fields.flag || 'none'}, ${embeddedLengthMax ? 'embedded' : fields.flag === 'U' ? 'direct' : 'location'}) to the same Bundle`, error);
  }
  const r = await open(cli, uri, { passcode, args: ['--json'] });
  check(r.status === 0 && r.stdout === `[${text}]\n`, `carnet-cli opens the same link (flag ${fields.flag || 'none'}) byte for byte`, r.stderr);
}

server.close();
done();
