// SPDX-License-Identifier: GPL-3.0-or-later
// carnet-share-host's command line and exit statuses (docs/SHARE-HOST.md, "Command line", "Exit
// statuses"): --help 0, bad arguments 2 (naming the option, never its value), a database that cannot
// be opened 3, an address that cannot be bound 4, SIGTERM and SIGINT 0; the port on stdout.
// Usage: node cli.mjs BINARY
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { check, done, startHost } from './hostutil.mjs';

const [binary] = process.argv.slice(2);
const dir = mkdtempSync(join(tmpdir(), 'shlcli-'));
const db = `sqlite:${join(dir, 'h.sqlite')}`;
const run = (args) => spawnSync(binary, args, { encoding: 'utf8', timeout: 20000 });

const help = run(['--help']);
check(help.status === 0 && help.stdout.includes('--public-url') && help.stdout.includes('--location-lifetime'), '--help: 0, the usage on stdout');
for (const [args, what, option] of [
  [['--db', db], 'no --public-url', '--public-url'],
  [['--public-url', 'https://share.example.org'], 'no --db', '--db'],
  [['--public-url', 'ftp://share.example.org', '--db', db], 'an ftp public URL', '--public-url'],
  [['--public-url', `https://share.example.org/${'p'.repeat(70)}`, '--db', db], 'a public URL over 80 characters', '--public-url'],
  [['--public-url', 'https://s.example', '--db', 'mysql://x/y'], 'a mysql URL', '--db'],
  [['--public-url', 'https://s.example', '--db', db, '--location-lifetime', '3601'], 'a location lifetime of 3601', '--location-lifetime'],
  [['--public-url', 'https://s.example', '--db', db, '--listen', 'nowhere'], 'a listen address without a port', '--listen'],
  [['--public-url', 'https://s.example', '--db', db, '--frobnicate'], 'an unknown option', '--frobnicate'],
]) {
  const r = run(args);
  check(r.status === 2 && r.stderr.includes(option), `${what}: exit 2 naming ${option}`);
}
const secret = run(['--public-url', 'https://s.example', '--db', 'postgresql://u:hunter2-secret@127.0.0.1:1/none']);
check(secret.status === 3 && !secret.stderr.includes('hunter2-secret'), 'PostgreSQL unreachable: exit 3, the password not on stderr');
check(run(['--public-url', 'https://s.example', '--db', `sqlite:${join(dir, 'missing', 'dir', 'h.sqlite')}`]).status === 3,
  'an SQLite file that cannot be made: exit 3');

const taken = net.createServer();
await new Promise((r) => taken.listen(0, '127.0.0.1', r));
const busy = run(['--public-url', 'https://s.example', '--db', db, '--listen', `127.0.0.1:${taken.address().port}`]);
check(busy.status === 4, `a port in use: exit 4 (${busy.status})`);
taken.close();

for (const signal of ['SIGTERM', 'SIGINT']) {
  const host = await startHost(binary, db, []);
  check(host.port > 0, `the port printed on stdout (${host.port})`);
  const code = await new Promise((resolve) => { host.proc.on('exit', (c, s) => resolve(c ?? s)); host.proc.kill(signal); });
  check(code === 0, `${signal}: exit 0 (${code})`);
}
done();
