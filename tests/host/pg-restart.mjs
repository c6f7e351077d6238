// SPDX-License-Identifier: GPL-3.0-or-later
// The host outlives its PostgreSQL server: on a cluster of its own (pg-cluster.sh, so the shared
// fixture is not disturbed), the server is stopped under a running host (requests then answer 503
// {"error":"unavailable"} and lose nothing), started again (the next request is answered, the
// link's files and its lifetime failure count are as they were).
// Usage: node pg-restart.mjs BINARY STATEDIR (exit 77 when PostgreSQL is not installed)
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundle, check, decrypt, done, jwe, makeLink, newKey, newToken, req, startHost } from './hostutil.mjs';

const [binary, state] = process.argv.slice(2);
const cluster = join(dirname(fileURLToPath(import.meta.url)), 'pg-cluster.sh');
const pg = (cmd) => {
  const r = spawnSync(cluster, [cmd, state], { stdio: ['ignore', 'inherit', 'inherit'] });
  return r.status;
};

const started = pg('start');
if (started === 77) process.exit(77);
if (started !== 0) { console.error('FAIL: pg-cluster.sh start'); process.exit(1); }
try {
  const host = await startHost(binary, readFileSync(join(state, 'url'), 'utf8').trim(), []);
  const token = newToken();
  const key = newKey();
  const link = await makeLink(host, token, { flag: 'P', passcode: 'kept-1234', maxFailures: 5 },
    [{ contentType: 'application/fhir+json', jwe: await jwe(key, bundle('kept')) }]);
  const w1 = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', passcode: 'nope' } });
  check(w1.status === 401 && w1.json.remainingAttempts === 4, 'before: a wrong passcode leaves 4');

  check(pg('halt') === 0, 'the PostgreSQL server is stopped under the running host');
  const down = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', passcode: 'nope' } });
  check(down.status === 503 && JSON.stringify(down.json) === '{"error":"unavailable"}', `server away: 503 unavailable (${down.status})`);
  const downOwner = await req(host, 'GET', '/api/v1/links', { token });
  check(downOwner.status === 503, 'server away: the owner API answers 503 too');

  check(pg('resume') === 0, 'the PostgreSQL server is started again');
  const m = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'Dr Back', passcode: 'kept-1234', embeddedLengthMax: 1e6 } });
  check(m.status === 200, `the first request after the restart is answered (${m.status})`);
  check(m.status === 200 && await decrypt(key, m.json.files[0].embedded) === bundle('kept'), 'the file is as it was');
  const w2 = await req(host, 'POST', `/shl/${link.id}`, { body: { recipient: 'r', passcode: 'nope' } });
  check(w2.status === 401 && w2.json.remainingAttempts === 3, 'the refused request while away took no attempt: 3 left');
  const log = (await req(host, 'GET', `/api/v1/links/${link.id}/log`, { token })).json?.accesses ?? [];
  check(JSON.stringify(log.map((a) => a.what)) === JSON.stringify(['wrong-passcode', 'manifest', 'wrong-passcode']),
    'the access log holds what was answered, before and after');
  check(host.stderr().includes('connection was lost and is open again'), 'stderr says the connection was opened again');
} catch (e) { check(false, `threw ${e.stack}`); }
pg('stop');
done();
