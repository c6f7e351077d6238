// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the share host's Node tests: start a real carnet-share-host, make JWEs with jose (an
// independent implementation), small HTTP helpers and checks.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as jose from 'jose';

export const b64u = (buf) => Buffer.from(buf).toString('base64url');
export const newToken = () => b64u(randomBytes(32));
export const newKey = () => randomBytes(32);

let failures = 0;
export function check(cond, what) {
  if (!cond) {
    failures++;
    console.error(`FAIL: ${what}`);
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
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** The database argument of a test: 'sqlite', or '@FILE' naming the file pg-cluster.sh wrote the
 *  PostgreSQL URL to. Without that file (PostgreSQL not installed) the test exits 77: ctest's skip. */
export function databaseArg(arg) {
  if (!arg?.startsWith('@')) return arg;
  const file = arg.slice(1);
  if (!existsSync(file)) {
    console.log(`SKIP: no PostgreSQL URL in ${file} (PostgreSQL not installed?)`);
    process.exit(77);
  }
  return readFileSync(file, 'utf8').trim();
}

const hosts = [];
process.on('exit', () => { for (const h of hosts) try { h.proc.kill('SIGKILL'); } catch {} });

/** Starts the host; db: 'sqlite' (a fresh file), 'sqlite:PATH' or a postgresql:// URL. */
export async function startHost(binary, db, extra = [], viewerDir = null) {
  let dbArg = db;
  if (db === 'sqlite') dbArg = 'sqlite:' + join(mkdtempSync(join(tmpdir(), 'shlhost-')), 'host.sqlite');
  const args = ['--listen', '127.0.0.1:0', '--public-url', 'http://127.0.0.1:9', '--db', dbArg,
    '--min-poll-interval', '0', '--rate-per-address', '0', ...extra];
  if (viewerDir) args.push('--viewer-dir', viewerDir);
  const proc = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  proc.stderr.on('data', (d) => { stderr += d; });
  const port = await new Promise((resolve, reject) => {
    let out = '';
    proc.stdout.on('data', (d) => {
      out += d;
      const nl = out.indexOf('\n');
      if (nl >= 0) resolve(Number(out.slice(0, nl)));
    });
    proc.on('exit', (code) => reject(new Error(`host exited ${code}: ${stderr}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const host = { proc, port, base, db: dbArg, stderr: () => stderr,
    // Links name the public URL; tests reach the host at its real port.
    local: (url) => url.replace('http://127.0.0.1:9', base) };
  hosts.push(host);
  return host;
}

export async function req(host, method, path, { token, body, raw, headers = {} } = {}) {
  const h = { ...headers };
  if (token) h.authorization = `Bearer ${token}`;
  let payload;
  if (raw !== undefined) payload = raw;
  else if (body !== undefined) { payload = JSON.stringify(body); h['content-type'] = 'application/json'; }
  const r = await fetch(host.base + path, { method, headers: h, body: payload });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch {}
  return { status: r.status, headers: r.headers, text, json };
}

export async function jwe(key, plaintext, cty = 'application/fhir+json') {
  return await new jose.CompactEncrypt(Buffer.from(plaintext)).setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty })
    .encrypt(key);
}

export async function decrypt(key, compact) {
  const { plaintext } = await jose.compactDecrypt(compact, key);
  return Buffer.from(plaintext).toString();
}

/** Creates a link and (optionally) puts files; returns { id, url, ... }. */
export async function makeLink(host, token, fields, files = null) {
  const r = await req(host, 'POST', '/api/v1/links', { token, body: fields });
  if (r.status !== 201) throw new Error(`create: ${r.status} ${r.text}`);
  if (files) {
    const p = await req(host, 'PUT', `/api/v1/links/${r.json.id}/files`, { token, body: { files } });
    if (p.status !== 200) throw new Error(`put: ${p.status} ${p.text}`);
  }
  return r.json;
}

export const bundle = (n) => JSON.stringify({ resourceType: 'Bundle', type: 'collection', id: `b${n}`, entry: [] });
