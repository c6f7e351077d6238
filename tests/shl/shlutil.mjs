// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the receiving tests: the npm oracles (resolved from tests/oracles, so no symlink is needed),
// a real carnet-share-host on a free loopback port, carnet-cli runs, link payloads, checks.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const fromOracles = createRequire(new URL('../oracles/package.json', import.meta.url));
/** An npm package of tests/oracles (scripts/setup-npm.sh installs them). */
export async function oracle(name) {
  return import(pathToFileURL(fromOracles.resolve(name)).href);
}

export const b64u = (buf) => Buffer.from(buf).toString('base64url');
export const newToken = () => b64u(randomBytes(32));
export const tempDir = (prefix) => mkdtempSync(join(tmpdir(), prefix));

let failures = 0;
export function check(cond, what, detail = '') {
  if (!cond) {
    failures++;
    console.error(`FAIL: ${what}${detail ? `\n  ${String(detail).split('\n').join('\n  ')}` : ''}`);
  } else {
    console.log(`ok: ${what}`);
  }
}
export function done() {
  if (failures) {
    console.error(`${failures} check(s) failed`);
    process.exit(1);
  }
  console.log('all checks passed');
  process.exit(0);
}

/** A TCP port free on 127.0.0.1 now (the host needs it up front: it names itself in location URLs). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

const children = [];
process.on('exit', () => { for (const c of children) try { c.kill('SIGKILL'); } catch {} });

/** A real carnet-share-host on a fresh SQLite file; `extra` adds options (e.g. --min-poll-interval). */
export async function startHost(binary, extra = []) {
  const port = await freePort();
  const db = 'sqlite:' + join(tempDir('shlopen-host-'), 'host.sqlite');
  const base = `http://127.0.0.1:${port}`;
  const args = ['--listen', `127.0.0.1:${port}`, '--public-url', base, '--db', db, '--rate-per-address', '0', ...extra];
  if (!extra.includes('--min-poll-interval')) args.push('--min-poll-interval', '0');
  const proc = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(proc);
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  await new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => { out += d; if (out.includes('\n')) resolve(); });
    proc.on('exit', (code) => reject(new Error(`host exited ${code}: ${stderr}`)));
  });
  return { proc, port, base, stderr: () => stderr };
}

export async function api(host, method, path, { token, body } = {}) {
  const headers = {};
  if (token) headers.authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) { payload = JSON.stringify(body); headers['content-type'] = 'application/json'; }
  const r = await fetch(host.base + path, { method, headers, body: payload });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch {}
  return { status: r.status, text, json };
}

/** Creates a link at the host and puts its files ([{contentType, jwe}]); returns the host's answer. */
export async function makeLink(host, token, fields, files) {
  const r = await api(host, 'POST', '/api/v1/links', { token, body: fields });
  if (r.status !== 201) throw new Error(`create: ${r.status} ${r.text}`);
  if (files) await putFiles(host, token, r.json.id, files);
  return r.json;
}

export async function putFiles(host, token, id, files) {
  const p = await api(host, 'PUT', `/api/v1/links/${id}/files`, { token, body: { files } });
  if (p.status !== 200) throw new Error(`put: ${p.status} ${p.text}`);
}

export async function accessLog(host, token, id) {
  const r = await api(host, 'GET', `/api/v1/links/${id}/log`, { token });
  if (r.status !== 200) throw new Error(`log: ${r.status} ${r.text}`);
  return r.json.accesses;
}

/** "shlink:/…" for a payload object (members in the order given). */
export const shlink = (payload) => 'shlink:/' + b64u(Buffer.from(JSON.stringify(payload)));

/** Runs carnet-cli with `args`, `input` on standard input; resolves {status, stdout, stderr}. */
export function runCli(cli, args, input = '') {
  return new Promise((resolve) => {
    const p = spawn(cli, args, { stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '', stderr = '';
    p.stdout.on('data', (d) => { stdout += d; });
    p.stderr.on('data', (d) => { stderr += d; });
    p.on('exit', (status) => resolve({ status, stdout, stderr }));
    p.stdin.end(input);
  });
}

/** Opens `link` with carnet-cli shl open (loopback http allowed), the link itself on standard input. */
export function open(cli, link, { passcode, args = [] } = {}) {
  const input = link + '\n' + (passcode !== undefined ? passcode + '\n' : '');
  const extra = passcode !== undefined ? ['--passcode-stdin'] : [];
  return runCli(cli, ['shl', 'open', '-', '--allow-loopback-http', ...extra, ...args], input);
}

export const patientBundle = (n) => ({
  resourceType: 'Bundle', type: 'collection', id: `b${n}`,
  entry: [
    { fullUrl: 'urn:uuid:5b1f9d0e-0000-4000-8000-000000000001', resource: { resourceType: 'Patient', id: 'p1', name: [{ family: 'Lune', given: ['Anne'] }], birthDate: '1980-02-03' } },
    { fullUrl: 'urn:uuid:5b1f9d0e-0000-4000-8000-000000000002', resource: { resourceType: 'Observation', id: 'o1', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8867-4', display: 'Heart rate' }] }, subject: { reference: 'urn:uuid:5b1f9d0e-0000-4000-8000-000000000001' }, valueQuantity: { value: 60 + n, unit: '/min', system: 'http://unitsofmeasure.org', code: '/min' } } },
    { fullUrl: 'urn:uuid:5b1f9d0e-0000-4000-8000-000000000003', resource: { resourceType: 'Observation', id: 'o2', status: 'final', code: { coding: [{ system: 'http://loinc.org', code: '8310-5', display: 'Body temperature' }] }, subject: { reference: 'urn:uuid:5b1f9d0e-0000-4000-8000-000000000001' }, valueQuantity: { value: 36.6, unit: 'Cel', system: 'http://unitsofmeasure.org', code: 'Cel' } } },
  ],
});

/** True when no secret of `secrets` appears in `text` (error texts and summaries must not hold them). */
export const holdsNone = (text, secrets) => secrets.every((s) => !s || !text.includes(s));
