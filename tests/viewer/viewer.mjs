// SPDX-License-Identifier: GPL-3.0-or-later
// The viewer page (docs/VIEWER.md) in a real headless Chromium against a real carnet-share-host:
// links made over the owner API with jose JWEs (an independent JWE implementation), opened from
// <public-base>/view/#shlink:/<payload>, and the rendered words checked.
// Usage: node viewer.mjs CARNET_SHARE_HOST VIEWER_DIR
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as jose from 'jose';
import { check, done, jwe, newKey, newToken, req } from '../host/hostutil.mjs';
import { launch, newPage, openRecord, payloadOf, settled, shareLink, startViewerHost, text, viewerUrl } from './viewerutil.mjs';
import { hostile } from './hostile.mjs';
import { refusals } from './refusals.mjs';
import { oracles } from './oracles.mjs';

const [binary, viewerDir] = process.argv.slice(2);
const data = (name) => readFileSync(new URL(`../data/shl/${name}`, import.meta.url), 'utf8');
const fhir = 'application/fhir+json';
const zipped = async (key, plaintext) => await new jose.CompactEncrypt(Buffer.from(plaintext))
  .setProtectedHeader({ alg: 'dir', enc: 'A256GCM', cty: fhir, zip: 'DEF' }).encrypt(key);

function sourceRules() {
  const files = readdirSync(viewerDir).filter((f) => f.endsWith('.js'));
  const bad = /\.(innerHTML|outerHTML)\b|insertAdjacentHTML|document\.write|\beval\s*\(|new Function|localStorage|sessionStorage|document\.cookie/;
  for (const f of files) {
    const code = readFileSync(join(viewerDir, f), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
    check(!bad.test(code), `${f} uses no markup sinks, eval or storage`);
  }
}

/** Only the viewer's files, the link's manifest and its files: nothing else leaves the page. */
function onlyLinkRequests(host, log, what) {
  const allowed = (r) => r.url.startsWith(`${host.base}/view/`) ||
    (r.method === 'POST' && /\/shl\/[A-Za-z0-9_-]{43}$/.test(r.url)) ||
    (r.method === 'GET' && /\/shl\/[A-Za-z0-9_-]{43}(\/file\/[A-Za-z0-9_-]{43}|\?recipient=[^&]+)$/.test(r.url));
  const others = log.requests.filter((r) => !allowed(r) || !r.url.startsWith(host.base));
  check(others.length === 0, `${what}: no request but the viewer, the manifest and its files (${others.map((r) => r.url).join(' ')})`);
}

async function storage(page) {
  return await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length);
}

async function ipsExample(browser, host, token) {
  const key = newKey();
  const s = await shareLink(host, token, key, { flag: '', label: 'IPS IG example' }, [await jwe(key, data('IPS_IG-bundle-01.json'))]);
  const { page, log } = await newPage(browser);
  await page.goto(s.url);
  check((await text(page, '#link-label')).includes('IPS IG example'), 'IPS IG: the label is shown before opening');
  check(await page.isHidden('#passcode-row'), 'IPS IG: no passcode asked without P');
  await openRecord(page, 'Dr Example, Hôpital Nord');
  await settled(page);
  const titles = await page.$$eval('.record > .section > .section-title', (els) => els.map((e) => e.textContent));
  check(JSON.stringify(titles) === JSON.stringify(['Active Problems', 'Medication', 'Allergies and Intolerances',
    'History of Past Illness', 'Plan of Treatment', 'Results']), `IPS IG: the sections in the Composition's order (${titles})`);
  check((await text(page, '.document-kind')) === 'Patient summary', 'IPS IG: shown as a patient summary');
  check((await text(page, '.patient-name')) === 'Martha DeLarosa', 'IPS IG: the patient name');
  check((await text(page, '.patient-facts')).includes('female'), 'IPS IG: the gender');
  const plan = await text(page, '.section[data-code="18776-5"]');
  check(plan.includes('Continue hormone medication with Anastrozole'), 'IPS IG: a section without entries shows its narrative as text');
  const results = await text(page, '.section[data-code="30954-2"]');
  check(results.includes('7.5 %'), 'IPS IG: HbA1c value and unit');
  check(results.includes('ABO and Rh group [Type] in Blood: Blood group A Rh(D) positive'), 'IPS IG: a panel lists its members with values');
  const meds = await text(page, '.section[data-code="10160-0"] .item-title');
  check(meds.includes('Anastrozole') || meds.length > 0, 'IPS IG: medications named through medicationReference');
  check((await text(page, '.section[data-code="48765-2"] .item-title')).includes('No known food allergies'),
    'IPS IG: an IPS absent/unknown code in words');
  check(log.requests.some((r) => r.url.includes('/file/')), 'IPS IG: the large file came by location');
  check(log.errors.length === 0, `IPS IG: no page errors (${log.errors.join('; ')})`);
  onlyLinkRequests(host, log, 'IPS IG');
  check(await storage(page) === 0, 'IPS IG: nothing in localStorage, sessionStorage or cookies');
  const access = (await req(host, 'GET', `/api/v1/links/${s.link.id}/log`, { token })).json.accesses;
  check(access.some((a) => a.recipient === 'Dr Example, Hôpital Nord' && a.what === 'manifest'), 'IPS IG: the host logged the recipient');
  await page.context().close();
}

async function carnetIps(browser, host, token) {
  const key = newKey();
  const s = await shareLink(host, token, key, { flag: 'L' }, [await zipped(key, data('carnet-ips.json'))]);
  const { page, log } = await newPage(browser);
  await page.goto(s.url);
  await openRecord(page, 'Dr Carnet');
  await settled(page);
  const titles = await page.$$eval('.record > .section > .section-title', (els) => els.map((e) => e.textContent));
  check(JSON.stringify(titles) === JSON.stringify(['Active Problems', 'Allergies and Intolerances', 'Medication Summary',
    'Immunizations', 'Results', 'History of Procedures']), `Carnet IPS: sections in order (${titles})`);
  check((await text(page, '.section[data-code="10160-0"] .empty-reason')) === 'No entries: No information available',
    'Carnet IPS: emptyReason text of an empty section');
  const results = await text(page, '.section[data-code="30954-2"]');
  check(results.includes('4.50 mmol/L') && results.includes('3.5–5.1 mmol/L'), 'Carnet IPS: potassium value, unit and range');
  check((await text(page, '.document-author')).includes('Carnet'), 'Carnet IPS: the Device author named');
  check((await text(page, '.section[data-code="48765-2"]')).includes('high risk'), 'Carnet IPS: allergy criticality');
  check(!log.requests.some((r) => r.url.includes('/file/')), 'Carnet IPS: the small zipped file came embedded');
  // An L link's update: new files at the host, "Check for updates" shows them.
  const put = await req(host, 'PUT', `/api/v1/links/${s.link.id}/files`, { token,
    body: { files: [{ contentType: fhir, jwe: await jwe(key, data('carnet-collection.json')) }] } });
  check(put.status === 200, 'Carnet IPS: the owner updates the L link');
  check(await page.isVisible('#refresh'), 'L link: an update button');
  await page.click('#refresh');
  await page.waitForSelector('.category-labs');
  check((await text(page, '.document-kind')) === 'Health records' && (await page.$$('#records .record')).length === 1,
    'L link: the update replaces the record');
  check((await text(page, '#refresh-status')).startsWith('Checked for updates'), 'L link: says when it checked');
  check(log.errors.length === 0, `Carnet IPS: no page errors (${log.errors.join('; ')})`);
  await page.context().close();
}

async function labs(browser, host, token) {
  const key = newKey();
  const s = await shareLink(host, token, key, { flag: 'L', label: 'Labs' }, [await jwe(key, data('carnet-collection.json'))]);
  const { page, log } = await newPage(browser);
  await page.goto(s.url);
  check(await page.isVisible('#link-long'), 'labs: an L link says it can be updated');
  await openRecord(page, 'Dr Labs');
  await settled(page);
  const cats = await page.$$eval('.record > .section', (els) => els.map((e) => e.dataset.category));
  check(JSON.stringify(cats) === JSON.stringify(['labs', 'vitals', 'problems', 'allergies', 'medications', 'immunizations',
    'procedures', 'encounters', 'documents']), `labs: categories in order (${cats})`);
  const labTitles = await page.$$eval('.category-labs .item-title', (els) => els.map((e) => e.textContent));
  check(labTitles[0] === 'Haemoglobin A1c' && labTitles[1] === 'Potassium' && labTitles.length === 4,
    `labs: newest first, panel members not repeated (${labTitles})`);
  const hba1c = await text(page, '.category-labs .item:first-of-type');
  check(hba1c.includes('6.4 %') && hba1c.includes('4.0–5.6 %') && hba1c.includes('high'), 'labs: HbA1c value, unit, range, interpretation');
  check(await page.$eval('.category-labs .item:first-of-type', (e) => e.classList.contains('abnormal')), 'labs: a high value is marked');
  check((await text(page, '.category-labs .members')).includes('White cells: 12,000 /uL (Reference range: 4,000–10,000 /uL) — high'),
    'labs: a report lists its results with range and interpretation');
  check((await text(page, '.category-vitals .field-component')).startsWith('Systolic blood pressure128 mmHg'), 'labs: components of a vital sign, by name');
  const meds = await page.$$eval('.category-medications .item-title', (els) => els.map((e) => e.textContent));
  check(meds[0] === 'amoxicillin 500 MG Oral Capsule' && meds[1] === 'Metformin 500 mg tablet', 'labs: medications newest first');
  check((await text(page, '.category-allergies')).includes('Anaphylaxis (severe)'), 'labs: allergy reaction and severity');
  const docs = await text(page, '.category-documents');
  check(docs.includes('Stored elsewhere, not fetched by this viewer: https://example.org/doc/1.pdf'), 'labs: a remote attachment is named, not fetched');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('.category-documents button.download')]);
  check(download.suggestedFilename() === 'Note.txt', `labs: the attachment downloads as Note.txt (${download.suggestedFilename()})`);
  const saved = readFileSync(await download.path(), 'utf8');
  check(saved.startsWith('Patient vu pour le suivi du diabète.'), 'labs: the downloaded bytes are the attachment');
  onlyLinkRequests(host, log, 'labs');
  await page.context().close();

  const fr = await newPage(browser, { locale: 'fr-FR', viewport: { width: 390, height: 844 } });
  await fr.page.goto(s.url);
  check((await text(fr.page, '#recipient-label')) === 'Votre nom ou organisme', 'fr: the form in French');
  await openRecord(fr.page, 'Dr Labs');
  await settled(fr.page);
  check((await text(fr.page, '.category-labs .section-title')).startsWith('Résultats de laboratoire'), 'fr: category titles in French');
  check((await text(fr.page, '.category-labs .item:first-of-type')).includes('Valeurs de référence'), 'fr: field names in French');
  check(await fr.page.evaluate(() => document.documentElement.scrollWidth <= 390), 'phone: nothing wider than 390 px');
  await fr.page.emulateMedia({ media: 'print' });
  check(await fr.page.isHidden('#print') && await fr.page.isVisible('.category-labs'), 'print: the record without the buttons');
  await fr.context.close();
}

async function passcode(browser, host, token) {
  const key = newKey();
  const s = await shareLink(host, token, key, { flag: 'P', passcode: 'correct horse', maxFailures: 3 },
    [await jwe(key, data('carnet-ips.json'))]);
  const { page, log } = await newPage(browser);
  await page.goto(s.url);
  check(await page.isVisible('#passcode'), 'P: the passcode is asked');
  await openRecord(page, 'Dr Passcode', 'wrong one');
  await settled(page);
  check((await text(page, '#form-status')) === 'Wrong passcode: 2 attempts left.', `P: a wrong passcode shows the attempts left (${await text(page, '#form-status')})`);
  check((await page.inputValue('#passcode')) === '', 'P: the wrong passcode is cleared');
  await openRecord(page, 'Dr Passcode', 'correct horse');
  await page.waitForSelector('#records .record');
  check((await text(page, '.patient-name')) === 'Marie Claire Dupont', 'P: the right passcode shows the record');
  check(!log.requests.some((r) => r.url.includes('correct')), 'P: the passcode is never in a URL');
  const access = (await req(host, 'GET', `/api/v1/links/${s.link.id}/log`, { token })).json.accesses;
  const whats = access.map((a) => a.what).join();
  // carnet-ips.json's JWE is longer than the viewer's embeddedLengthMax (16384), so it comes by location.
  check(whats === 'wrong-passcode,manifest,file', `P: the host logged the wrong passcode, the manifest, the file (${whats})`);
  await page.context().close();

  const last = await shareLink(host, token, key, { flag: 'P', passcode: 'abcd', maxFailures: 1 }, [await jwe(key, data('carnet-ips.json'))]);
  const p2 = await newPage(browser);
  await p2.page.goto(last.url);
  await openRecord(p2.page, 'Dr Guess', 'nope');
  await settled(p2.page);
  check((await text(p2.page, '#form-status')).startsWith('Wrong passcode: no attempts left'), 'P: the last attempt says the link is disabled');
  check(await p2.page.isDisabled('#open'), 'P: the form is closed once no attempt is left');
  await p2.context.close();
}

async function inactive(browser, host, token) {
  const key = newKey();
  const s = await shareLink(host, token, key, {}, [await jwe(key, data('carnet-ips.json'))]);
  check((await req(host, 'DELETE', `/api/v1/links/${s.link.id}`, { token })).status === 204, 'revoke: the owner revokes');
  const { page } = await newPage(browser);
  await page.goto(s.url);
  await openRecord(page, 'Dr Late');
  await settled(page);
  check((await text(page, '#form-status')).startsWith('This link is no longer active: revoked, expired or used up.'), 'revoked: the inactive message');
  await page.context().close();

  const other = newKey();
  const bad = await shareLink(host, token, key, {}, [await jwe(other, data('carnet-ips.json'))]);
  const p2 = await newPage(browser);
  await p2.page.goto(bad.url);
  await openRecord(p2.page, 'Dr Damage');
  await settled(p2.page);
  check((await text(p2.page, '.file-problem')).startsWith('A file of this record is damaged or was not made with this link’s key.'),
    'damaged JWE: the file is refused with its message');
  check((await p2.page.$$('#records .record')).length === 0, 'damaged JWE: nothing rendered');
  await p2.context.close();
}

async function payloads(browser, host) {
  const key = Buffer.alloc(32, 7).toString('base64url');
  const url = `${host.base}/shl/${'A'.repeat(43)}`;
  const cases = [
    [{ url, key, exp: Math.floor(Date.now() / 1000) - 60 }, 'This link expired on', 'expired payload'],
    [{ url, key: key.slice(1) }, 'This link is damaged: its key must be 43 characters', '42-char key'],
    [{ url: 'not-a-url', key }, 'This link is damaged: its address', 'url not a URL'],
    [{ url: url.replace('http://127.0.0.1', 'http://example.org'), key }, 'This link is damaged: its address', 'plain http off loopback'],
    [{ url, key, v: 2 }, 'newer version', 'a newer v'],
    [{ url, key, exp: 0 }, 'its expiry date is not valid', 'exp 0'],
    [{ url, key, exp: '2030' }, 'its expiry date is not valid', 'exp as a string'],
    [{ url, key, flag: 'PU' }, 'both a passcode and a direct file', 'flag U with P'],
    [{ url: 'https://other.example/shl/x', key }, 'This link belongs to another host (https://other.example)', 'another host'],
  ];
  const { page, log } = await newPage(browser);
  for (const [fields, words, what] of cases) {
    await page.goto(viewerUrl(host, fields));
    await settled(page);
    check((await text(page, '#problem')).includes(words), `${what}: "${words}"`);
    check(await page.isHidden('#link'), `${what}: no form`);
  }
  await page.goto(`${host.base}/view/#shlink:/%%%not-base64`);
  await settled(page);
  check((await text(page, '#problem')).startsWith('This link is damaged'), 'bad base64: damaged');
  check(!log.requests.some((r) => r.url.includes('/shl/')), 'bad payloads: the host is never asked');
  await page.goto(`${host.base}/view/`);
  await page.waitForSelector('#paste-input');
  check(await page.isVisible('#paste'), 'no fragment: the paste form');
  await page.fill('#paste-input', 'invalid://uri');
  await page.click('#paste-open');
  check((await text(page, '#problem')).startsWith('This is not a SMART Health Link'), 'a pasted non-link: not-a-link');
  await page.fill('#paste-input', `https://some.viewer.example/app#shlink:/${payloadOf({ url, key, label: 'Pasted' })}`);
  await page.click('#paste-open');
  check((await text(page, '#link-label')).includes('Pasted') && await page.isVisible('#recipient'), 'a viewer-prefixed link pastes');
  await page.context().close();
}

async function directLink(browser, host, token) {
  const key = newKey();
  const s = await shareLink(host, token, key, { flag: 'U' }, [await jwe(key, data('carnet-collection.json'))]);
  const { page, log } = await newPage(browser);
  await page.goto(s.url);
  await openRecord(page, 'Dr Direct & Co');
  await settled(page);
  check((await text(page, '.patient-name')) === 'Marie Claire Dupont', 'U: the record shows');
  const calls = log.requests.filter((r) => r.url.includes('/shl/'));
  check(calls.length === 1 && calls[0].method === 'GET' && calls[0].url.endsWith('?recipient=Dr+Direct+%26+Co'),
    `U: one GET with the recipient, no manifest POST (${calls.map((c) => c.method + ' ' + c.url)})`);
  await page.context().close();
}

async function polling(browser, binary) {
  const host = await startViewerHost(binary, viewerDir, ['--min-poll-interval', '120']);
  const token = newToken();
  const key = newKey();
  const s = await shareLink(host, token, key, { flag: 'L' }, [await jwe(key, data('carnet-ips.json'))]);
  const { page } = await newPage(browser);
  await page.goto(s.url);
  await openRecord(page, 'Dr Poll');
  await page.waitForSelector('#records .record');
  await page.click('#refresh');
  await page.waitForSelector('#refresh-status:not([hidden])');
  check(/^The host asks you to wait \d+ seconds before trying again\.$/.test(await text(page, '#refresh-status')), '429: an update too soon waits');
  check(await page.isDisabled('#refresh'), '429: the update button waits');
  await page.reload();
  await openRecord(page, 'Dr Poll');
  await settled(page);
  const status = await text(page, '#form-status');
  check(/^The host asks you to wait \d+ seconds before trying again\.$/.test(status), `429: Retry-After shown (${status})`);
  check(await page.isDisabled('#open'), '429: the button waits');
  await page.reload();
  host.proc.kill('SIGKILL');
  await new Promise((r) => host.proc.once('exit', r));
  await openRecord(page, 'Dr Poll');
  await settled(page);
  check((await text(page, '#form-status')).startsWith('The host could not be reached.'), 'network error: its message');
  await page.context().close();
}

sourceRules();
const browser = await launch();
try {
  const host = await startViewerHost(binary, viewerDir);
  const token = newToken();
  for (const part of [ipsExample, carnetIps, labs, passcode, inactive, payloads, directLink, hostile, refusals, oracles]) {
    await part(browser, host, token, check);
  }
  await polling(browser, binary);
} catch (e) {
  check(false, `test ran to its end (${e.stack})`);
} finally {
  await browser.close();
}
done();
