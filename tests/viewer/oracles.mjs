// SPDX-License-Identifier: GPL-3.0-or-later
// Published vectors and another implementation against the viewer: the spec's demo link and its
// encrypted IPS (tests/data/shl, key rxTg…), and a file encrypted by kill-the-clipboard 1.1.0.
import { readFileSync } from 'node:fs';
import { encryptSHLFile } from 'kill-the-clipboard';
import { b64u, newKey } from '../host/hostutil.mjs';
import { newPage, openRecord, settled, shareLink, text } from './viewerutil.mjs';

const data = (name) => readFileSync(new URL(`../data/shl/${name}`, import.meta.url), 'utf8');

export async function oracles(browser, host, token, check) {
  const { page, context } = await newPage(browser);
  // The published demo link, viewer-prefixed: it parses (label, flags) and names its other host.
  await page.goto(`${host.base}/view/`);
  await page.fill('#paste-input', data('IPS_IG-bundle-01-shl.txt').trim());
  await page.click('#paste-open');
  await settled(page);
  check((await text(page, '#problem')) === 'This link belongs to another host (https://raw.githubusercontent.com). Open it with that host’s viewer.',
    `published link: parsed, its host named (${await text(page, '#problem')})`);

  // The published JWE under the published key decrypts in the page to the published IPS Bundle.
  const same = await page.evaluate(async ([compact, keyText, expected]) => {
    const { decryptCompact } = await import('/view/jwe.js');
    const { fromBase64Url } = await import('/view/shlink.js');
    const r = await decryptCompact(compact, fromBase64Url(keyText));
    return JSON.stringify(JSON.parse(new TextDecoder().decode(r.plaintext))) === JSON.stringify(JSON.parse(expected));
  }, [data('IPS_IG-bundle-01-enc.txt').trim(), 'rxTgYlOaKJPFtcEd0qcceN8wEU4p94SqAwIWQe6uX7Q', data('IPS_IG-bundle-01.json')]);
  check(same, 'published JWE: jwe.js decrypts it to IPS_IG-bundle-01.json');
  await context.close();

  // A file encrypted (and deflated) by kill-the-clipboard, served by the host, shown by the viewer.
  const key = newKey();
  const compact = await encryptSHLFile({ content: data('carnet-collection.json'), key: b64u(key),
    contentType: 'application/fhir+json', enableCompression: true });
  const s = await shareLink(host, token, key, { label: 'kill-the-clipboard' }, [compact]);
  const p2 = await newPage(browser);
  await p2.page.goto(s.url);
  await openRecord(p2.page, 'Dr Oracle');
  await settled(p2.page);
  check((await text(p2.page, '.patient-name')) === 'Marie Claire Dupont' &&
    (await text(p2.page, '.category-labs')).includes('4.50 mmol/L'), 'kill-the-clipboard JWE (zip DEF): the record shows');
  await p2.context.close();
}
