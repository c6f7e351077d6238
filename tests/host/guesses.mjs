// SPDX-License-Identifier: GPL-3.0-or-later
// 100 parallel wrong passcodes against one P link, spread over the given hosts (processes sharing one
// database): exactly maxFailures answer 401, each remainingAttempts from maxFailures-1 down to 0 once,
// the rest 404, and the link is disabled afterwards even for the right passcode.
// Usage: node guesses.mjs BINARY sqlite|@URLFILE — one host process on SQLite; on PostgreSQL two
// processes sharing the database, the guesses split between them.
import { pathToFileURL } from 'node:url';
import { bundle, check, databaseArg, done, jwe, makeLink, newKey, newToken, req, startHost } from './hostutil.mjs';

export async function parallelGuesses(hosts, label) {
  const token = newToken();
  const key = newKey();
  const maxFailures = 10;
  const link = await makeLink(hosts[0], token, { flag: 'P', passcode: 'right-code', maxFailures },
    [{ contentType: 'application/fhir+json', jwe: await jwe(key, bundle(1)) }]);
  const id = link.id;
  const answers = await Promise.all(Array.from({ length: 100 }, (_, i) =>
    req(hosts[i % hosts.length], 'POST', `/shl/${id}`, { body: { recipient: `guesser ${i}`, passcode: `wrong-${i}` } })));
  const s401 = answers.filter((a) => a.status === 401);
  const s404 = answers.filter((a) => a.status === 404);
  check(s401.length === maxFailures, `${label}: exactly ${maxFailures} of 100 parallel guesses answer 401 (got ${s401.length})`);
  check(s404.length === 100 - maxFailures, `${label}: the other ${100 - maxFailures} answer 404 (got ${s404.length})`);
  const seen = s401.map((a) => a.json.remainingAttempts).sort((a, b) => a - b);
  const expected = Array.from({ length: maxFailures }, (_, i) => i);
  check(JSON.stringify(seen) === JSON.stringify(expected), `${label}: remainingAttempts ${maxFailures - 1}..0 each seen once (${seen})`);
  for (const h of hosts) {
    const right = await req(h, 'POST', `/shl/${id}`, { body: { recipient: 'owner', passcode: 'right-code' } });
    check(right.status === 404, `${label}: disabled link answers 404 to the right passcode (port ${h.port})`);
  }
  const list = await req(hosts[0], 'GET', '/api/v1/links', { token });
  const mine = list.json.links.find((l) => l.id === id);
  check(mine.status === 'disabled' && mine.failuresRemaining === 0, `${label}: the owner sees it disabled, 0 failures left`);
  const log = await req(hosts[hosts.length - 1], 'GET', `/api/v1/links/${id}/log`, { token });
  check(log.json.accesses.filter((a) => a.what === 'wrong-passcode').length === maxFailures,
    `${label}: the log holds exactly ${maxFailures} wrong-passcode entries`);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [binary, dbArg] = process.argv.slice(2);
  const db = databaseArg(dbArg);
  try {
    const first = await startHost(binary, db, []);
    if (db.startsWith('postgres')) {
      const second = await startHost(binary, db, []);
      await parallelGuesses([first, second], 'postgresql, two processes');
    } else {
      await parallelGuesses([first], 'sqlite, one process');
    }
  } catch (e) { check(false, `guesses threw ${e.stack}`); }
  done();
}
