// SPDX-License-Identifier: GPL-3.0-or-later
// The viewer's flow: read the link from the fragment (or a pasted link), ask for the recipient's
// name and the passcode, fetch, decrypt and show the record. Nothing is stored (no localStorage,
// no cookies); nothing leaves the page but the manifest and file requests to the link's own host.
import { lang, locale, t } from './i18n.js';
import { date, parseFhir } from './fhirtext.js';
import { decryptCompact, JweError } from './jwe.js';
import { fetchFiles, fetchLocation, HostError } from './net.js';
import { el, renderBundle } from './render.js';
import { LinkError, parsePayload, payloadText } from './shlink.js';

const $ = (id) => document.getElementById(id);
const FHIR = 'application/fhir+json';
let current = null;
// The recipient and passcode of the opened link, in this page's memory only, for an L link's updates.
let session = null;

function show(id, on = true) {
  $(id).hidden = !on;
}

function problem(text) {
  $('problem').textContent = text;
  show('problem', !!text);
}

function formStatus(text) {
  $('form-status').textContent = text;
  show('form-status', !!text);
}

function expiryText(exp) {
  return date(new Date(exp * 1000).toISOString());
}

function linkMessage(e) {
  if (e.code === 'expired') return t('err.expired', { date: expiryText(e.detail) });
  return t('err.' + e.code);
}

function hostMessage(e) {
  switch (e.code) {
  case 'wrong-passcode':
    if (e.detail === 0) return t('err.no-attempts');
    return e.detail === 1 ? t('err.wrong-passcode-1') : t('err.wrong-passcode', { n: e.detail });
  case 'retry-after': return t('err.retry-after', { n: e.detail });
  case 'bad-answer': return t('err.bad-answer', { what: e.detail ?? '?' });
  default: return t('err.' + e.code);
  }
}

function words() {
  document.documentElement.lang = lang();
  document.title = t('app.title');
  const texts = {
    title: 'app.title', tagline: 'app.tagline', 'paste-title': 'paste.title', 'paste-label': 'paste.field',
    'paste-hint': 'paste.hint', 'paste-open': 'paste.open', 'recipient-label': 'form.recipient',
    'recipient-hint': 'form.recipientHint', 'passcode-label': 'form.passcode', 'passcode-hint': 'form.passcodeHint',
    open: 'form.open', print: 'record.print', refresh: 'record.refresh',
  };
  for (const [id, key] of Object.entries(texts)) $(id).textContent = t(key);
}

/** Reads a link; shows its form, or says what is wrong with it. */
function openLink(text) {
  current = null;
  session = null;
  problem('');
  formStatus('');
  $('records').replaceChildren();
  $('notices').replaceChildren();
  show('actions', false);
  show('refresh-status', false);
  show('link', false);
  let link;
  try {
    link = parsePayload(text);
  } catch (e) {
    if (!(e instanceof LinkError)) throw e;
    problem(linkMessage(e));
    show('paste', e.code === 'not-a-link');
    return;
  }
  if (link.origin !== window.location.origin) {
    problem(t('err.other-host', { origin: link.origin }));
    return;
  }
  current = link;
  show('paste', false);
  $('link-label').textContent = link.label ? t('link.label', { label: link.label }) : '';
  show('link-label', !!link.label);
  $('link-exp').textContent = link.exp ? t('link.expires', { date: expiryText(link.exp) }) : '';
  show('link-exp', !!link.exp);
  show('link-long', link.flag.includes('L'));
  $('link-long').textContent = t('link.long');
  show('passcode-row', link.flag.includes('P'));
  $('open').disabled = false;
  show('link');
  $('recipient').focus();
}

function notice(text) {
  $('notices').append(el('p', 'file-problem', text));
}

async function showFile(f, link) {
  let jwe = f.jwe;
  if (f.contentType !== null && f.contentType !== FHIR) {
    notice(t('err.skipped', { type: f.contentType }));
    return false;
  }
  try {
    if (jwe === undefined) jwe = await fetchLocation(f.location);
    const { cty, plaintext } = await decryptCompact(jwe, link.key);
    if (cty !== FHIR) {
      notice(t('err.skipped', { type: cty ?? '?' }));
      return false;
    }
    let bundle;
    try {
      bundle = parseFhir(new TextDecoder('utf-8', { fatal: true }).decode(plaintext));
    } catch {
      bundle = null;
    }
    if (!bundle || typeof bundle !== 'object' || bundle.resourceType !== 'Bundle') {
      notice(t('err.not-fhir'));
      return false;
    }
    let record;
    try {
      record = renderBundle(bundle, f.lastUpdated);
    } catch {
      notice(t('err.not-shown'));
      return false;
    }
    $('records').append(record);
    return true;
  } catch (e) {
    if (e instanceof JweError) notice(t('err.jwe-' + e.code));
    else if (e instanceof HostError) notice(hostMessage(e));
    else notice(t('err.jwe-damaged'));
    return false;
  }
}

async function submit(event) {
  event.preventDefault();
  const link = current;
  if (!link) return;
  const recipient = $('recipient').value.trim();
  const passcode = $('passcode').value;
  if (!recipient || recipient.length > 200) return formStatus(t('form.needRecipient'));
  if (link.flag.includes('P') && !passcode) return formStatus(t('form.needPasscode'));
  formStatus('');
  const button = $('open');
  button.disabled = true;
  button.textContent = t('form.opening');
  let files;
  try {
    files = await fetchFiles(link, recipient, passcode);
  } catch (e) {
    button.textContent = t('form.open');
    if (!(e instanceof HostError)) throw e;
    formStatus(hostMessage(e));
    if (e.code === 'wrong-passcode') $('passcode').value = '';
    const final = e.code === 'inactive' || (e.code === 'wrong-passcode' && e.detail === 0);
    if (e.code === 'retry-after') setTimeout(() => { button.disabled = false; }, e.detail * 1000);
    else button.disabled = final;
    return;
  }
  button.textContent = t('form.open');
  $('passcode').value = '';
  if (!files.length) {
    button.disabled = false;
    return formStatus(t('err.empty'));
  }
  show('link', false);
  session = { link, recipient, passcode };
  await showFiles(files, link);
}

async function showFiles(files, link) {
  $('records').replaceChildren();
  $('notices').replaceChildren();
  let shown = 0;
  for (const f of files) if (await showFile(f, link)) shown++;
  show('actions', shown > 0);
  show('refresh', shown > 0 && link.flag.includes('L'));
}

/** An L link's update: the manifest again, with the same recipient and passcode. */
async function refresh() {
  const s = session;
  if (!s) return;
  const button = $('refresh');
  const status = $('refresh-status');
  button.disabled = true;
  try {
    const files = await fetchFiles(s.link, s.recipient, s.passcode);
    await showFiles(files, s.link);
    status.textContent = t('record.refreshed', { time: new Date().toLocaleTimeString(locale()) });
    status.className = 'hint';
    button.disabled = false;
  } catch (e) {
    if (!(e instanceof HostError)) throw e;
    status.textContent = hostMessage(e);
    status.className = 'status';
    if (e.code === 'retry-after') setTimeout(() => { button.disabled = false; }, e.detail * 1000);
    else button.disabled = e.code === 'inactive' || e.code === 'wrong-passcode';
  }
  status.hidden = false;
}

function start() {
  words();
  $('access').addEventListener('submit', (e) => {
    submit(e).catch(() => formStatus(t('err.network')));
  });
  $('paste-form').addEventListener('submit', (e) => {
    e.preventDefault();
    openLink(payloadText($('paste-input').value));
  });
  $('print').addEventListener('click', () => window.print());
  $('refresh').addEventListener('click', () => { refresh().catch(() => {}); });
  window.addEventListener('hashchange', () => openLink(payloadText(window.location.hash)));
  const text = payloadText(window.location.hash);
  if (text === null) {
    problem('');
    show('paste');
  } else {
    openLink(text);
  }
}

start();
