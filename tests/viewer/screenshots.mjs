// SPDX-License-Identifier: GPL-3.0-or-later
// Screenshots of the viewer (scripts/viewer-screenshots.sh): the passcode prompt, the IPS view and a lab
// list, at 390x844 and 1280x800, light and dark, English and French, against a real carnet-share-host.
// Usage: node screenshots.mjs CARNET_SHARE_HOST VIEWER_DIR OUTDIR
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { jwe, newKey, newToken } from '../host/hostutil.mjs';
import { launch, newPage, openRecord, shareLink, startViewerHost } from './viewerutil.mjs';

const [binary, viewerDir, out] = process.argv.slice(2);
mkdirSync(out, { recursive: true });
const data = (name) => readFileSync(new URL(`../data/shl/${name}`, import.meta.url), 'utf8');
const host = await startViewerHost(binary, viewerDir);
const token = newToken();
const key = newKey();
const ips = await shareLink(host, token, key, { flag: 'P', passcode: 'tulip-4821', maxFailures: 100,
  label: 'Summary for the emergency department' }, [await jwe(key, data('carnet-ips.json'))]);
const labs = await shareLink(host, token, key, { flag: 'L', label: 'Lab results 2026' },
  [await jwe(key, data('carnet-collection.json'))]);
const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1280, height: 800 } };
const browser = await launch();
for (const [size, viewport] of Object.entries(sizes)) {
  for (const theme of ['light', 'dark']) {
    for (const lang of ['en', 'fr']) {
      const name = (what) => join(out, `${size}-${theme}-${lang}-${what}.png`);
      const { page, context } = await newPage(browser, { locale: lang === 'fr' ? 'fr-FR' : 'en-GB', colorScheme: theme, viewport });
      await page.goto(ips.url);
      await page.fill('#recipient', 'Dr Anne Martin, Hôpital Nord');
      await page.screenshot({ path: name('passcode') });
      await page.fill('#passcode', 'tulip-4821');
      await page.click('#open');
      await page.waitForSelector('#records .record');
      await page.screenshot({ path: name('ips') });
      await page.goto('about:blank');
      await page.goto(labs.url);
      await openRecord(page, 'Dr Anne Martin');
      await page.waitForSelector('#records .record');
      await page.$eval('.category-labs', (e) => e.scrollIntoView());
      await page.screenshot({ path: name('labs') });
      await context.close();
      console.log(`${size} ${theme} ${lang}`);
    }
  }
}
await browser.close();
process.exit(0);
