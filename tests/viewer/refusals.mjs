// SPDX-License-Identifier: GPL-3.0-or-later
// Files the viewer refuses: a zip bomb, plaintext that is not a FHIR Bundle, and (through the page's
// own jwe.js module, since the host itself refuses such uploads) encryptions other than dir/A256GCM.
import * as jose from 'jose';
import { jwe, newKey } from '../host/hostutil.mjs';
import { newPage, openRecord, settled, shareLink, text } from './viewerutil.mjs';

async function problems(browser, url) {
  const { page, context } = await newPage(browser);
  await page.goto(url);
  await openRecord(page, 'Dr Refusal');
  await settled(page);
  await page.waitForFunction(() => document.querySelector('#records .record') || document.querySelector('.file-problem'));
  const shown = { problems: await text(page, '.file-problem'), records: (await page.$$('#records .record')).length };
  await context.close();
  return shown;
}

export async function refusals(browser, host, token, check) {
  const key = newKey();
  // 65 MiB of zeros deflate to about 64 KiB; the viewer stops inflating at 64 MiB.
  const bomb = await new jose.CompactEncrypt(Buffer.alloc(65 * 1024 * 1024, 0x20))
    .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: 'application/fhir+json', zip: 'DEF' }).encrypt(key);
  const b = await shareLink(host, token, key, {}, [bomb]);
  const got = await problems(browser, b.url);
  check(got.problems.startsWith('A file of this record is too large to open.') && got.records === 0, `zip bomb: refused as too large (${got.problems})`);

  const notFhir = await shareLink(host, token, key, {}, [await jwe(key, JSON.stringify({ resourceType: 'Patient' })),
    await jwe(key, 'not json at all'), await jwe(key, JSON.stringify({ resourceType: 'Bundle', type: 'collection', entry: [] }))]);
  const nf = await problems(browser, notFhir.url);
  const lines = nf.problems.split('\n');
  check(lines.length === 2 && lines.every((l) => l.startsWith('A file of this record is not a FHIR Bundle.')) && nf.records === 1,
    `not FHIR: two files refused, the Bundle beside them shown (${nf.problems})`);

  const { page, context } = await newPage(browser);
  await page.goto(`${host.base}/view/`);
  const short = newKey().subarray(0, 16);
  const cases = [
    [await new jose.CompactEncrypt(Buffer.from('{}')).setProtectedHeader({ alg: 'dir', enc: 'A128GCM', cty: 'application/fhir+json' }).encrypt(short), 'unsupported', 'enc A128GCM'],
    [await new jose.CompactEncrypt(Buffer.from('{}')).setProtectedHeader({ alg: 'A256KW', enc: 'A256GCM' }).encrypt(key), 'unsupported', 'alg A256KW'],
    [(await jwe(key, '{}')).replace(/\.([^.]+)\.([^.]+)$/, (m, c, tag) => `.${c}.${tag[0] === 'A' ? 'B' : 'A'}${tag.slice(1)}`), 'damaged', 'an altered tag'],
    ['a.b.c', 'damaged', 'three parts'],
  ];
  for (const [compact, code, what] of cases) {
    const answer = await page.evaluate(async ([c, k]) => {
      const { decryptCompact } = await import('/view/jwe.js');
      try {
        await decryptCompact(c, new Uint8Array(k));
        return 'decrypted';
      } catch (e) {
        return e.code ?? String(e);
      }
    }, [compact, [...key]]);
    check(answer === code, `jwe.js: ${what} → ${code} (${answer})`);
  }
  const plain = await page.evaluate(async ([c, k]) => {
    const { decryptCompact } = await import('/view/jwe.js');
    const r = await decryptCompact(c, new Uint8Array(k));
    return [r.cty, new TextDecoder().decode(r.plaintext)];
  }, [await jwe(key, '{"resourceType":"Bundle"}'), [...key]]);
  check(plain[0] === 'application/fhir+json' && plain[1] === '{"resourceType":"Bundle"}', 'jwe.js: a jose JWE decrypts to its bytes');
  await context.close();
}
