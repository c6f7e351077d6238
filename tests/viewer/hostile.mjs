// SPDX-License-Identifier: GPL-3.0-or-later
// A record whose strings hold markup and scripts: the viewer shows them as text and runs nothing,
// in names, codes, notes, narratives and an HTML attachment (offered as a download, never shown).
import { jwe, newKey } from '../host/hostutil.mjs';
import { newPage, openRecord, settled, shareLink, text } from './viewerutil.mjs';

const IMG = '<img src=x onerror="window.__pwned=1">';
const SCRIPT = '<script>window.__pwned=2</script>';

function hostileBundle() {
  const patient = { resourceType: 'Patient', id: 'x', name: [{ text: IMG }], gender: 'other' };
  const obs = { resourceType: 'Observation', status: 'final',
    category: [{ coding: [{ system: 'http://terminology.hl7.org/CodeSystem/observation-category', code: 'laboratory' }] }],
    code: { text: SCRIPT }, effectiveDateTime: '2026-01-01', valueString: '<b onclick="window.__pwned=3">bold</b>',
    note: [{ text: '<iframe src="javascript:window.__pwned=4"></iframe>' }] };
  const html = Buffer.from('<html><body><script>window.__pwned=5</script>hello</body></html>').toString('base64');
  const doc = { resourceType: 'DocumentReference', status: 'current', type: { text: 'Letter <svg onload="window.__pwned=6">' },
    content: [{ attachment: { contentType: 'text/html', title: '../../evil"<x>.html', data: html } }] };
  return { resourceType: 'Bundle', type: 'collection', entry: [patient, obs, doc].map((resource) => ({ resource })) };
}

function hostileDocument() {
  const patient = { resourceType: 'Patient', id: 'p', name: [{ family: SCRIPT }] };
  const comp = { resourceType: 'Composition', status: 'final', title: IMG, date: '2026-01-01',
    type: { coding: [{ system: 'http://loinc.org', code: '60591-5' }] }, subject: { reference: 'Patient/p' },
    section: [{ title: 'Plan <img src=x onerror="window.__pwned=7">', code: { coding: [{ system: 'http://loinc.org', code: '18776-5' }] },
      text: { status: 'generated', div: `<div xmlns="http://www.w3.org/1999/xhtml"><p>Rest</p>${SCRIPT}<img src="x" onerror="window.__pwned=8"><p>Walk daily</p></div>` } }] };
  return { resourceType: 'Bundle', type: 'document', entry: [{ resource: comp }, { resource: patient }] };
}

export async function hostile(browser, host, token, check) {
  const key = newKey();
  const s = await shareLink(host, token, key, { label: '<img src=x onerror="window.__pwned=9">' },
    [await jwe(key, JSON.stringify(hostileBundle())), await jwe(key, JSON.stringify(hostileDocument()))]);
  const { page, log } = await newPage(browser);
  await page.goto(s.url);
  check((await text(page, '#link-label')).includes('<img src=x'), 'hostile: the label is text');
  await openRecord(page, '<script>alert(1)</script>');
  await settled(page);
  await page.waitForFunction(() => document.querySelectorAll('#records .record').length === 2);
  await page.waitForTimeout(300);
  check(await page.evaluate(() => window.__pwned === undefined), 'hostile: no record string ran');
  const markup = await page.$$eval('#records img, #records script, #records iframe, #records svg, #records b',
    (els) => els.length);
  check(markup === 0, 'hostile: no element made from record strings');
  const shown = await text(page, '#records');
  check(shown.includes(IMG) && shown.includes(SCRIPT) && shown.includes('<b onclick='), 'hostile: record strings shown as written');
  check(shown.includes('Rest\nWalk daily') || (shown.includes('Rest') && shown.includes('Walk daily')), 'hostile: a narrative keeps its words');
  check(!shown.includes('window.__pwned=2</script>Walk'), 'hostile: a narrative drops its script');
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('button.download')]);
  const name = download.suggestedFilename();
  check(!name.includes('/') && !name.includes('"') && !name.includes('<') && name.endsWith('.html'), `hostile: a safe file name (${name})`);
  check(await page.evaluate(() => window.__pwned === undefined) && page.url().includes('/view/'), 'hostile: the HTML attachment is saved, not opened');
  check(log.errors.every((e) => !e.includes('pwned')), 'hostile: nothing tried to run');
  await page.context().close();
}
