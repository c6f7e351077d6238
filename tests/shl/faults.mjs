// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli shl open against a tiny node:http server that answers what a real share host would not:
// garbage, stalls, redirects, a cty that differs from the manifest, too many files, a bare 401, a 429
// without a wait, a 500 (a fake only for faults a real host won't produce).
//   node faults.mjs CARNET-CLI
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { b64u, check, done, holdsNone, open, oracle, patientBundle, shlink } from './shlutil.mjs';

const [cli] = process.argv.slice(2);
const jose = await oracle('jose');
const jwe = (key, text, cty = 'application/fhir+json') =>
  new jose.CompactEncrypt(Buffer.from(text)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty }).encrypt(key);

const routes = new Map(); // path → async (req, res, body) => void
const hits = [];
const sockets = new Set();
const server = createServer(async (req, res) => {
  let body = '';
  for await (const chunk of req) body += chunk;
  const path = new URL(req.url, 'http://x').pathname;
  hits.push({ method: req.method, path, body });
  const route = routes.get(path);
  if (!route) { res.writeHead(404).end('{"error":"not-found"}'); return; }
  await route(req, res, body);
});
server.on('connection', (s) => { sockets.add(s); s.on('close', () => sockets.delete(s)); });
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;

let n = 0;
/** A link whose manifest route is `handler`; returns {link, key, path}. */
function route(handler, flag) {
  const path = `/shl/${b64u(randomBytes(32))}-${++n}`;
  const key = randomBytes(32);
  routes.set(path, (req, res, body) => handler(req, res, body, key));
  const payload = { url: base + path, key: b64u(key) };
  if (flag) payload.flag = flag;
  return { link: shlink(payload), key, path };
}
const json = (res, status, obj, headers = {}) =>
  res.writeHead(status, { 'content-type': 'application/json', ...headers }).end(typeof obj === 'string' ? obj : JSON.stringify(obj));
const fileRoute = (text) => { const p = `/file/${++n}`; routes.set(p, (req, res) => res.writeHead(200, { 'content-type': 'application/jose' }).end(text)); return base + p; };

const text = JSON.stringify(patientBundle(1));

// A well-behaved fake first, so the failures below are the faults' and not the fake's.
{
  const l = route(async (req, res, body, key) => json(res, 200, { files: [{ contentType: 'application/fhir+json', embedded: await jwe(key, text) }] }));
  const r = await open(cli, l.link, { args: ['--json'] });
  check(r.status === 0 && r.stdout === `[${text}]\n`, 'the fake, well-behaved: opened', r.stderr);
  const req = hits.at(-1);
  check(req.method === 'POST' && JSON.stringify(JSON.parse(req.body)) === '{"recipient":"carnet-cli"}',
    'the manifest request: POST {"recipient"} only (no passcode for a link without P, no embeddedLengthMax)', req.body);
}
{
  const l = route((req, res) => json(res, 200, 'this is not json'));
  const r = await open(cli, l.link);
  check(r.status === 48 && /manifest is malformed/.test(r.stderr), 'garbage manifest: exit 48', r.stderr);
}
{
  const l = route((req, res) => json(res, 200, '{"files":[{"contentType":"application/fhir+json","embedded":"a.b"}],"files":[]}'));
  const r = await open(cli, l.link);
  check(r.status === 48 && /twice/.test(r.stderr), 'a manifest naming files twice: exit 48', r.stderr);
}
{
  const l = route((req, res) => json(res, 200, { files: [{ contentType: 'application/fhir+json', location: fileRoute('garbage') }] }));
  const r = await open(cli, l.link);
  check(r.status === 49 && /file 1 does not decrypt/.test(r.stderr), 'a location answering garbage: exit 49', r.stderr);
}
{
  const l = route(async (req, res, body, key) => json(res, 200, { files: [{ contentType: 'application/fhir+json', embedded: await jwe(key, text, 'application/smart-health-card') }] }));
  const r = await open(cli, l.link);
  check(r.status === 49 && /not what the manifest says/.test(r.stderr), 'a JWE cty that differs from the manifest: exit 49', r.stderr);
}
{
  const l = route(async (req, res, body, key) => {
    const e = await jwe(key, text);
    json(res, 200, { files: Array.from({ length: 21 }, () => ({ contentType: 'application/fhir+json', embedded: e })) });
  });
  const r = await open(cli, l.link);
  check(r.status === 48 && /more than 20 files/.test(r.stderr), '21 files: exit 48', r.stderr);
}
{
  const l = route(() => {}); // never answers
  const r = await open(cli, l.link, { args: ['--timeout', '1'] });
  check(r.status === 48 && /did not answer within 1 s/.test(r.stderr), 'a host that stalls: exit 48 after --timeout', r.stderr);
}
{
  const l = route((req, res) => { res.writeHead(200, { 'content-type': 'application/json' }); res.write('{"files":['); });
  const r = await open(cli, l.link, { args: ['--timeout', '1'] });
  check(r.status === 48 && /did not answer within/.test(r.stderr), 'a host that stops halfway: exit 48', r.stderr);
}
{
  const target = route(async (req, res, body, key) => json(res, 200, { files: [{ contentType: 'application/fhir+json', embedded: await jwe(key, text) }] }));
  const l = route((req, res) => res.writeHead(307, { location: base + target.path }).end());
  const before = hits.length;
  const r = await open(cli, l.link);
  check(r.status === 48 && /HTTP 307, a redirect \(never followed\)/.test(r.stderr), 'a redirect: exit 48, not followed', r.stderr);
  check(hits.slice(before).every((h) => h.path !== target.path), 'the redirect target was never asked');
}
{
  const l = route((req, res) => res.writeHead(401).end(), 'P');
  const r = await open(cli, l.link, { passcode: 'secret-pass' });
  check(r.status === 47 && /did not say how many/.test(r.stderr), 'a bare 401: exit 47, attempts unknown', r.stderr);
  check(JSON.parse(hits.at(-1).body).passcode === 'secret-pass', 'the passcode is sent in the manifest request');
  check(holdsNone(r.stderr, ['secret-pass']), 'the passcode is not in the message');
}
{
  const l = route((req, res) => json(res, 429, { error: 'slow down' }, { 'retry-after': '30' }));
  const r = await open(cli, l.link, { args: ['--retry-wait', '2'] });
  check(r.status === 48 && /wait 30 s/.test(r.stderr), 'a 429 asking for more than --retry-wait: exit 48 at once', r.stderr);
}
{
  const l = route((req, res) => json(res, 500, { error: 'boom' }));
  const r = await open(cli, l.link);
  check(r.status === 48 && /HTTP 500/.test(r.stderr), 'a 500: exit 48 with its status', r.stderr);
}
{
  const l = route((req, res) => json(res, 200, { files: [{ contentType: 'application/fhir+json', location: 'http://example.org/f' }] }));
  const r = await open(cli, l.link);
  check(r.status === 48 && /location/.test(r.stderr), 'a location that is http to another host: exit 48, not fetched', r.stderr);
}
{
  const l = route((req, res) => json(res, 200, { files: [] }));
  const r = await open(cli, l.link, { args: ['--json'] });
  check(r.status === 0 && r.stdout === '[]\n', 'a manifest without files: opened, an empty array', r.stderr);
}
{
  const l = route(() => {});
  routes.delete(l.path);
  server.close();
  for (const s of sockets) s.destroy();
  await new Promise((r) => setTimeout(r, 100));
  const r = await open(cli, l.link);
  check(r.status === 48 && /could not be reached/.test(r.stderr), 'a host that is down: exit 48', r.stderr);
}

done();
