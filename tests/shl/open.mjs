// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-cli shl open against a REAL carnet-share-host (docs/CLI.md, "Receiving a SMART Health Link"):
// P links (right passcode, wrong ones with the attempts left, none), an L link and its update, a U link,
// embedded and location files, a revoked link (46), an expired payload (46, nothing sent), bad link
// text (45), damaged files (49), the host's 429 with and without --retry-wait. The files are made with
// jose (an independent JWE implementation).
//   node open.mjs CARNET-CLI CARNET-SHARE-HOST
import { randomBytes } from 'node:crypto';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import {
  accessLog, api, b64u, check, done, holdsNone, makeLink, newToken, open, oracle, patientBundle, putFiles, runCli, shlink,
  startHost, tempDir,
} from './shlutil.mjs';

const [cli, hostBinary] = process.argv.slice(2);
const jose = await oracle('jose');
const jwe = (key, text, cty = 'application/fhir+json') =>
  new jose.CompactEncrypt(Buffer.from(text)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty }).encrypt(key);

const host = await startHost(hostBinary);
const token = newToken();

/** A link at the host with `files` (texts) encrypted under a new key; returns {id, key, link, texts}. */
async function hostLink(fields, texts, cty = 'application/fhir+json', keyFor = null) {
  const key = randomBytes(32);
  const files = [];
  for (const t of texts) files.push({ contentType: cty, jwe: await jwe(keyFor ?? key, t, cty) });
  const made = await makeLink(host, token, fields, files);
  const payload = { url: made.url, key: b64u(key) };
  if (made.flag) payload.flag = made.flag;
  if (fields.label) payload.label = fields.label;
  if (made.exp) payload.exp = made.exp;
  return { id: made.id, key, link: shlink(payload), texts, payload };
}

// --- a P link: right passcode, --json, --out, embedded; wrong passcodes; none --------------------------
{
  const text = JSON.stringify(patientBundle(1));
  const passcode = 'lune-4821';
  const l = await hostLink({ flag: 'P', passcode, label: 'Anne Lune, summary', maxFailures: 3 }, [text]);
  const secrets = [passcode, b64u(l.key), l.link.slice(8), l.id];

  let r = await open(cli, l.link, { passcode });
  check(r.status === 0, 'P link, right passcode: exit 0', r.stderr);
  const lines = r.stdout.split('\n');
  check(lines[0] === 'label: Anne Lune, summary' && lines[1] === 'expires: -' && lines[2] === 'flag: P' && lines[3] === 'files: 1',
    'P link: label, expires, flag and file count lines', r.stdout);
  check(new RegExp(`^file 1: application/fhir\\+json; Bundle \\(Patient 1, Observation 2\\); ${Buffer.byteLength(text)} bytes; location; updated \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$`).test(lines[4]),
    'P link: the file line (type, resource counts, bytes, location, updated)', lines[4]);
  check(holdsNone(r.stdout + r.stderr, secrets), 'P link: no passcode, key, link text or id in the output');

  r = await open(cli, l.link, { passcode, args: ['--json'] });
  check(r.status === 0 && r.stdout === `[${text}]\n`, '--json prints the decrypted file byte for byte in an array', r.stdout.slice(0, 200));

  const out = join(tempDir('shlopen-out-'), 'files');
  r = await open(cli, l.link, { passcode, args: ['--out', out, '--embedded-max', '100000'] });
  check(r.status === 0 && /; embedded; updated /.test(r.stdout), '--embedded-max: the file comes embedded', r.stdout + r.stderr);
  check(readdirSync(out).join(',') === 'file-1.json' && readFileSync(join(out, 'file-1.json'), 'utf8') === text,
    '--out writes file-1.json, byte for byte');
  check((statSync(join(out, 'file-1.json')).mode & 0o077) === 0, '--out: the file is readable by its owner only');
  check(r.stdout.includes(`written: ${join(out, 'file-1.json')}`), '--out: a written: line');
  r = await open(cli, l.link, { passcode, args: ['--out', out] });
  check(r.status === 1 && /already holds/.test(r.stderr), '--out into a directory with file-N.json: exit 1, nothing overwritten', r.stderr);

  const before = (await accessLog(host, token, l.id)).length;
  r = await open(cli, l.link);
  check(r.status === 47 && /needs a passcode/.test(r.stderr), 'P link without --passcode-stdin: exit 47', r.stderr);
  check((await accessLog(host, token, l.id)).length === before, 'P link without a passcode: no request reached the host');

  r = await open(cli, l.link, { passcode: 'wrong-one' });
  check(r.status === 47 && /the passcode is wrong \(2 attempts left\)/.test(r.stderr), 'wrong passcode: exit 47, 2 attempts left', r.stderr);
  check(holdsNone(r.stderr, [...secrets, 'wrong-one']), 'wrong passcode: no secret in the message');
  r = await open(cli, l.link, { passcode: 'wrong-two' });
  check(r.status === 47 && /\(1 attempt left\)/.test(r.stderr), 'second wrong passcode: 1 attempt left', r.stderr);
  r = await open(cli, l.link, { passcode });
  check(r.status === 0, 'the right passcode still opens it', r.stderr);
  r = await open(cli, l.link, { passcode: 'wrong-three' });
  check(r.status === 47 && /no attempt left/.test(r.stderr), 'third wrong passcode: no attempt left', r.stderr);
  r = await open(cli, l.link, { passcode });
  check(r.status === 46 && /not active/.test(r.stderr), 'after the last attempt the link is disabled: 46', r.stderr);
  const log = await accessLog(host, token, l.id);
  check(log.filter((a) => a.what === 'wrong-passcode').length === 3 && log.every((a) => a.recipient === 'carnet-cli'),
    'the host logged 3 wrong passcodes, all from the default recipient carnet-cli');
}

// --- an L link with two files; updated; the viewer-URL form; a recipient -----------------------------------
{
  const a = JSON.stringify(patientBundle(2));
  const b = JSON.stringify({ resourceType: 'Patient', id: 'solo', name: [{ family: 'Soleil' }] });
  const l = await hostLink({ flag: 'L', label: 'Evolving' }, [a, b]);
  const viewer = `${host.base}/view/#${l.link}`;
  let r = await runCli(cli, ['shl', 'open', viewer, '--allow-loopback-http', '--recipient', 'Dr. Ève Martin & co', '--json']);
  check(r.status === 0 && isDeepStrictEqual(JSON.parse(r.stdout), [JSON.parse(a), JSON.parse(b)]),
    'L link by its viewer URL as an argument: both files, in order', r.stderr + r.stdout.slice(0, 200));
  const log = await accessLog(host, token, l.id);
  check(log.length === 3 && log.every((a) => a.recipient === 'Dr. Ève Martin & co'),
    'the recipient reaches the host as given (manifest and both files)', JSON.stringify(log));
  r = await open(cli, l.link);
  check(r.status === 0 && r.stdout.includes('files: 2') && /file 2: application\/fhir\+json; Patient; \d+ bytes; location/.test(r.stdout),
    'L link summary: 2 files, the second a Patient', r.stdout);
  const c = JSON.stringify(patientBundle(3));
  await putFiles(host, token, l.id, [{ contentType: 'application/fhir+json', jwe: await jwe(l.key, c) }]);
  r = await open(cli, l.link, { args: ['--json'] });
  check(r.status === 0 && r.stdout === `[${c}]\n`, 'the L link after its update: the new file', r.stdout.slice(0, 200));
  r = await runCli(cli, ['shl', 'open', l.link]);
  check(r.status === 45 && /not an https address/.test(r.stderr), 'an http link without --allow-loopback-http: 45', r.stderr);
}

// --- a U link -----------------------------------------------------------------------------------------------
{
  const text = JSON.stringify(patientBundle(4));
  const l = await hostLink({ flag: 'U' }, [text]);
  let r = await open(cli, l.link, { args: ['--recipient', 'Clinique des Tilleuls?a=b#c'] });
  check(r.status === 0 && /flag: U/.test(r.stdout) && /; direct$/m.test(r.stdout), 'U link: opened by GET, the file direct', r.stdout + r.stderr);
  const log = await accessLog(host, token, l.id);
  check(log.length === 1 && log[0].what === 'direct' && log[0].recipient === 'Clinique des Tilleuls?a=b#c',
    'U link: one direct access, the recipient exactly as given', JSON.stringify(log));
  r = await open(cli, l.link, { args: ['--recipient', ''] });
  check(r.status === 1 && /--recipient/.test(r.stderr), 'an empty recipient: exit 1', r.stderr);
}

// --- revoked, expired, bad text -------------------------------------------------------------------------------
{
  const l = await hostLink({ flag: '' }, [JSON.stringify(patientBundle(5))]);
  let r = await open(cli, l.link);
  check(r.status === 0 && /flag: -/.test(r.stdout), 'a link without flags opens', r.stderr);
  const d = await api(host, 'DELETE', `/api/v1/links/${l.id}`, { token });
  check(d.status === 204, 'revoked at the host');
  r = await open(cli, l.link);
  check(r.status === 46 && /not active/.test(r.stderr), 'a revoked link: exit 46', r.stderr);

  const live = await hostLink({ flag: '' }, [JSON.stringify(patientBundle(6))]);
  const expired = shlink({ ...live.payload, exp: Math.floor(Date.now() / 1000) - 60 });
  r = await open(cli, expired);
  check(r.status === 46 && /expired: nothing was requested/.test(r.stderr), 'an expired payload: exit 46', r.stderr);
  check((await accessLog(host, token, live.id)).length === 0, 'an expired payload: no request reached the host');

  for (const [text, what] of [['shlink:/!!!', 'not base64url'], ['hello', 'not a link'],
    [shlink({ url: live.payload.url, key: 'short' }), 'a short key'], [shlink({ ...live.payload, v: 2 }), 'a newer version'],
    [shlink({ ...live.payload, flag: 'PU' }), 'flags out of order']]) {
    r = await open(cli, text);
    check(r.status === 45, `bad link text (${what}): exit 45`, r.stderr);
  }
  r = await open(cli, shlink({ ...live.payload, v: 2 }));
  check(/newer version/.test(r.stderr), 'a newer version is named as such');
}

// --- damaged files ----------------------------------------------------------------------------------------------
{
  const otherKey = randomBytes(32);
  let l = await hostLink({ flag: '' }, [JSON.stringify(patientBundle(7))], 'application/fhir+json', otherKey);
  let r = await open(cli, l.link);
  check(r.status === 49 && /file 1 does not decrypt/.test(r.stderr), 'a file under another key: exit 49', r.stderr);
  l = await hostLink({ flag: '' }, [JSON.stringify({ hello: 'world' })]);
  r = await open(cli, l.link);
  check(r.status === 49 && /not a FHIR resource/.test(r.stderr), 'fhir+json that is no resource: exit 49', r.stderr);
  l = await hostLink({ flag: '' }, ['{"resourceType":"Patient","id":"a","id":"b"}']);
  r = await open(cli, l.link);
  check(r.status === 49 && /not a JSON object/.test(r.stderr), 'a duplicate member: exit 49', r.stderr);
  l = await hostLink({ flag: '' }, [JSON.stringify({ verifiableCredential: [] })], 'application/smart-health-card');
  r = await open(cli, l.link);
  check(r.status === 49 && /verifiableCredential/.test(r.stderr), 'a health card file without credentials: exit 49', r.stderr);
  l = await hostLink({ flag: '' }, [JSON.stringify({ verifiableCredential: ['eyJhbGciOiJFUzI1NiJ9.e30.c2ln'] })], 'application/smart-health-card');
  r = await open(cli, l.link);
  check(r.status === 0 && /application\/smart-health-card; 1 verifiable credential \(not verified\)/.test(r.stdout),
    'a health card file: returned as it is, not verified', r.stdout + r.stderr);
}

// --- the host's minimum poll interval: 429 ---------------------------------------------------------------------
{
  const slow = await startHost(hostBinary, ['--min-poll-interval', '2']);
  const key = randomBytes(32);
  const made = await makeLink(slow, token, { flag: 'L' }, [{ contentType: 'application/fhir+json', jwe: await jwe(key, JSON.stringify(patientBundle(8))) }]);
  const link = shlink({ url: made.url, flag: 'L', key: b64u(key) });
  let r = await open(cli, link);
  check(r.status === 0, 'poll 1: opened', r.stderr);
  r = await open(cli, link);
  check(r.status === 48 && /wait \d+ s before asking again \(HTTP 429/.test(r.stderr), 'poll 2 at once: 429, exit 48, Retry-After shown', r.stderr);
  r = await open(cli, link, { args: ['--retry-wait', '5'] });
  check(r.status === 0 && /waited once/.test(r.stderr), '--retry-wait 5: waits once and opens', r.stderr);
  r = await open(cli, link, { args: ['--retry-wait', '11'] });
  check(r.status === 1, '--retry-wait over 10: exit 1', r.stderr);
}

done();
