// SPDX-License-Identifier: GPL-3.0-or-later
// Helpers of the viewer's browser test: a real carnet-share-host whose public URL is its own
// loopback port (the viewer's CSP only lets it reach its own origin), links made over the owner API
// with jose JWEs, and a headless Chromium driven by playwright-core.
import net from 'node:net';
import { chromium } from 'playwright-core';
import { b64u, makeLink, startHost } from '../host/hostutil.mjs';

async function freePort() {
  return await new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** A host listening on a port of its own, with that port in its public URL. */
export async function startViewerHost(binary, viewerDir, extra = []) {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    try {
      const host = await startHost(binary, 'sqlite',
        ['--listen', `127.0.0.1:${port}`, '--public-url', `http://127.0.0.1:${port}`, ...extra], viewerDir);
      if (host.port !== port) throw new Error(`host listens on ${host.port}, not ${port}`);
      return host;
    } catch (e) {
      if (attempt >= 3) throw e;
    }
  }
}

/** The payload text (base64url JSON) of a link's fields. */
export function payloadOf(fields) {
  return b64u(Buffer.from(JSON.stringify(fields)));
}

/** The viewer address handed to people: <public-base>/view/#shlink:/<payload>. */
export function viewerUrl(host, fields) {
  return `${host.base}/view/#shlink:/${payloadOf(fields)}`;
}

/**
 * Makes a link at the host with files (each {jwe}); returns {link, fields, url} where fields is the
 * payload (url, key, flag, label, exp) and url the viewer address.
 */
export async function shareLink(host, token, key, { flag = '', label, exp, passcode, maxFailures } = {}, jwes = []) {
  const body = { flag };
  if (label !== undefined) body.label = label;
  if (exp !== undefined) body.exp = exp;
  if (passcode !== undefined) body.passcode = passcode;
  if (maxFailures !== undefined) body.maxFailures = maxFailures;
  const files = jwes.length ? jwes.map((jwe) => ({ contentType: 'application/fhir+json', jwe })) : null;
  const link = await makeLink(host, token, body, files);
  const fields = { url: link.url, key: b64u(key) };
  if (flag) fields.flag = flag;
  if (label !== undefined) fields.label = label;
  if (exp !== undefined) fields.exp = exp;
  return { link, fields, url: viewerUrl(host, fields) };
}

export async function launch() {
  return await chromium.launch({ executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/**
 * A page in a fresh context that records every request, console error and page error.
 * opts: locale, colorScheme, viewport.
 */
export async function newPage(browser, { locale = 'en-GB', colorScheme = 'light', viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ locale, colorScheme, viewport, acceptDownloads: true });
  const page = await context.newPage();
  const log = { requests: [], errors: [] };
  page.on('request', (r) => log.requests.push({ method: r.method(), url: r.url() }));
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('console', (m) => { if (m.type() === 'error') log.errors.push(m.text()); });
  return { page, context, log };
}

/** Fills the recipient (and passcode) and opens the record. */
export async function openRecord(page, recipient, passcode = null) {
  await page.fill('#recipient', recipient);
  if (passcode !== null) await page.fill('#passcode', passcode);
  await page.click('#open');
}

/** Waits until the page shows a record, a form status, a file problem or a link problem. */
export async function settled(page) {
  await page.waitForFunction(() => {
    const visible = (id) => { const e = document.getElementById(id); return e && !e.hidden && e.textContent; };
    return document.querySelector('#records .record') || document.querySelector('.file-problem') ||
      visible('form-status') || visible('problem');
  }, null, { timeout: 15000 });
}

export async function text(page, selector) {
  const all = await page.$$eval(selector, (els) => els.map((e) => e.textContent));
  return all.join('\n');
}
