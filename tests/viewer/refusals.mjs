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

  // Wrong types everywhere: the record still shows what it can, and the page throws nothing.
  const odd = { resourceType: 'Bundle', type: 'collection', entry: [null, 5, { resource: null }, { resource: 'x' },
    { resource: { resourceType: 'constructor', code: 7 } }, { resource: { resourceType: '__proto__' } },
    { resource: { resourceType: 'Patient', name: 'Plain', birthDate: 12, gender: { x: 1 }, identifier: 'id' } },
    { resource: { resourceType: 'Observation', category: 'laboratory', code: { coding: 'x', text: 5 }, valueQuantity: { value: '7' },
      referenceRange: [null, { low: 3 }], interpretation: 'H', hasMember: [{ reference: 7 }], effectiveDateTime: {} } },
    { resource: { resourceType: 'Observation', code: { text: 'Sodium' }, valueQuantity: { value: 140, unit: 'mmol/L' },
      category: [{ coding: [{ code: 'laboratory' }] }], effectiveDateTime: '2026-02-30' } },
    { resource: { resourceType: 'Composition', section: 'none' } },
    { resource: { resourceType: 'AllergyIntolerance', reaction: [{ manifestation: 'x' }, null], criticality: 5 } },
    { resource: { resourceType: 'MedicationStatement', medicationReference: { reference: 'Medication/none' }, dosage: { text: 1 } } },
    { resource: { resourceType: 'DocumentReference', content: [{ attachment: { data: '***not base64***', title: 5 } }] } }] };
  const doc = { resourceType: 'Bundle', type: 'document', entry: [{ resource: { resourceType: 'Composition', title: {},
    subject: 'x', author: 'y', section: [null, { entry: 'z', emptyReason: 'w', text: { div: 5 } }, { section: { title: 1 } }] } }] };
  const o = await shareLink(host, token, key, {}, [await jwe(key, JSON.stringify(odd)), await jwe(key, JSON.stringify(doc))]);
  const op = await newPage(browser);
  await op.page.goto(o.url);
  await openRecord(op.page, 'Dr Odd');
  await settled(op.page);
  await op.page.waitForFunction(() => document.querySelectorAll('#records .record, .file-problem').length === 2);
  const oddText = await text(op.page, '#records');
  check((await op.page.$$('#records .record')).length === 2 && oddText.includes('Sodium') && oddText.includes('140 mmol/L'),
    `odd types: both records shown with what can be read (${await text(op.page, '.file-problem')})`);
  check(op.log.errors.length === 0, `odd types: no page error (${op.log.errors.join('; ')})`);
  await op.page.click('button.download');
  check(op.log.errors.length === 0, 'odd types: a download of bad base64 fails quietly');
  await op.context.close();

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
