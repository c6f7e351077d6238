// SPDX-License-Identifier: GPL-3.0-or-later
// A FHIR R4 Bundle as elements: an IPS (or other) document by its Composition's sections in order,
// any other Bundle by category, newest first. Record data only ever goes in through textContent.
import { t } from './i18n.js';
import { arr, codeable, codeOf, coded, date, humanName, narrativeText, Resolver } from './fhirtext.js';
import { CATEGORY_ORDER, categoryOf, describe } from './items.js';

/** An element with a class and text (textContent, never markup). */
export function el(tag, className = '', text = null, children = []) {
  const e = document.createElement(tag);
  if (className) e.className = className;
  if (text !== null && text !== undefined) e.textContent = String(text);
  for (const c of children) if (c) e.append(c);
  return e;
}

const EXTENSIONS = { 'application/pdf': 'pdf', 'text/plain': 'txt', 'text/html': 'html', 'application/xml': 'xml',
  'text/xml': 'xml', 'application/json': 'json', 'application/fhir+json': 'json', 'image/jpeg': 'jpg',
  'image/png': 'png', 'text/csv': 'csv', 'application/dicom': 'dcm' };

function fileName(a) {
  const base = (a.title || 'document').replace(/[^\p{L}\p{N} ._-]/gu, '_').replace(/^[.\s]+/, '').slice(0, 60) || 'document';
  const ext = EXTENSIONS[a.contentType.split(';')[0].trim().toLowerCase()] ?? 'bin';
  return /\.[A-Za-z0-9]{1,5}$/.test(base) ? base : `${base}.${ext}`;
}

function base64Bytes(text) {
  const bin = atob(text.replace(/\s+/g, ''));
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** A download button for an attachment's inline data; the bytes are saved, never opened or rendered. */
function attachment(a) {
  const box = el('div', 'attachment');
  if (a.contentType) box.append(el('span', 'attachment-type', a.contentType));
  if (a.data) {
    const name = fileName(a);
    const button = el('button', 'download', t('download', { name }));
    button.type = 'button';
    button.addEventListener('click', () => {
      let bytes;
      try {
        bytes = base64Bytes(a.data);
      } catch {
        button.disabled = true;
        return;
      }
      const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
      const link = el('a');
      link.href = url;
      link.download = name;
      link.rel = 'noopener';
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60000);
    });
    box.append(button, el('span', 'hint', t('download.note')));
  } else if (a.url) {
    box.append(el('span', 'remote', t('attachment.remote', { url: a.url })));
  } else {
    box.append(el('span', 'hint', t('attachment.none')));
  }
  return box;
}

function itemElement(item) {
  const card = el('article', 'item' + (item.abnormal ? ' abnormal' : ''));
  card.dataset.type = item.type;
  const head = el('div', 'item-head', null, [el('h4', 'item-title', item.title)]);
  if (item.date.text) head.append(el('span', 'item-date', item.date.text));
  card.append(head);
  if (item.fields.length) {
    const dl = el('dl', 'fields');
    for (const [key, text] of item.fields) {
      const named = typeof key === 'string';
      const row = el('div', named ? 'field field-' + key : 'field field-component', null,
        [el('dt', '', named ? t('field.' + key) : key.label), el('dd', '', text)]);
      dl.append(row);
    }
    card.append(dl);
  }
  if (item.members.length) {
    const ul = el('ul', 'members');
    for (const m of item.members) ul.append(el('li', m.abnormal ? 'abnormal' : '', m.text));
    card.append(ul);
  }
  for (const n of item.notes) card.append(el('p', 'note', n));
  for (const a of item.attachments) card.append(attachment(a));
  return card;
}

/** The record's header card: what it is (kind, title, date, author), then whom it is about. */
function recordHeader(p, kind, lines = []) {
  const header = el('header', 'patient');
  header.append(el('p', 'document-kind', kind));
  const name = p ? humanName(p.name) : '';
  header.append(el('h2', 'patient-name', name || t('patient.unknown')));
  const facts = el('p', 'patient-facts');
  if (p?.birthDate) facts.append(el('span', 'born', t('patient.born', { date: date(p.birthDate) })));
  if (typeof p?.gender === 'string') facts.append(el('span', 'gender', t('patient.gender', { gender: t('gender.' + p.gender, {}, p.gender) })));
  for (const id of arr(p?.identifier).slice(0, 3)) {
    if (typeof id?.value === 'string') facts.append(el('span', 'identifier', t('patient.id', { id: id.value })));
  }
  if (facts.childNodes.length) header.append(facts);
  if (lines.length) header.append(el('div', 'document-meta', null, lines));
  return header;
}

const objects = (v) => arr(v).filter((x) => x && typeof x === 'object' && !Array.isArray(x));

function section(s, res, depth) {
  const box = el('section', 'section');
  const code = codeOf(s.code);
  if (code) box.dataset.code = code;
  box.append(el(depth === 0 ? 'h3' : 'h4', 'section-title', s.title || codeable(s.code) || t('untitled')));
  const refs = arr(s.entry);
  const found = refs.map((r) => res.get(r)).filter(Boolean);
  for (const r of found) box.append(itemElement(describe(r, res)));
  if (found.length < refs.length) box.append(el('p', 'hint', t('record.unresolved', { n: refs.length - found.length })));
  if (!refs.length) {
    if (s.emptyReason) {
      const reason = (typeof s.emptyReason.text === 'string' && s.emptyReason.text) || coded(s.emptyReason);
      box.append(el('p', 'empty-reason', t('record.emptyReason', { reason })));
    }
    const text = narrativeText(s.text?.div);
    if (text) box.append(el('p', 'narrative-label', t('record.narrative')), el('p', 'narrative', text));
    else if (!s.emptyReason && !arr(s.section).length) box.append(el('p', 'empty-reason', t('record.empty')));
  }
  for (const sub of objects(s.section)) box.append(section(sub, res, depth + 1));
  return box;
}

function documentView(bundle, comp, res, out) {
  const ips = arr(comp.type?.coding).some((c) => c?.system === 'http://loinc.org' && c?.code === '60591-5');
  const lines = [];
  if (typeof comp.title === 'string') lines.push(el('p', 'document-title', comp.title));
  if (comp.date) lines.push(el('p', 'document-date', t('record.composed', { date: date(comp.date) })));
  const authors = arr(comp.author).map((a) => res.name(a)).filter(Boolean);
  if (authors.length) lines.push(el('p', 'document-author', t('record.author', { name: authors.join(', ') })));
  const kind = ips ? t('record.summary') : codeable(comp.type) || t('record.records');
  out.append(recordHeader(res.get(comp.subject), kind, lines));
  for (const s of objects(comp.section)) out.append(section(s, res, 0));
}

function collectionView(bundle, res, out) {
  const resources = arr(bundle.entry).map((e) => e?.resource).filter((r) => r && typeof r.resourceType === 'string');
  out.append(recordHeader(resources.find((r) => r.resourceType === 'Patient'), t('record.records')));
  // Observations a panel or a report lists are shown inside it, not again on their own.
  const members = new Set();
  for (const r of resources) {
    for (const m of [...arr(r.hasMember), ...arr(r.result)]) {
      const target = res.get(m);
      if (target && target !== r) members.add(target);
    }
  }
  const groups = new Map();
  for (const r of resources) {
    const cat = categoryOf(r);
    if (!cat || members.has(r)) continue;
    if (!groups.has(cat)) groups.set(cat, []);
    groups.get(cat).push(describe(r, res));
  }
  for (const cat of CATEGORY_ORDER) {
    const items = groups.get(cat);
    if (!items) continue;
    items.sort((a, b) => b.date.key - a.date.key);
    const box = el('section', 'section category-' + cat);
    box.dataset.category = cat;
    box.append(el('h3', 'section-title', null, [el('span', '', t('cat.' + cat)), el('span', 'count', String(items.length))]));
    for (const item of items) box.append(itemElement(item));
    out.append(box);
  }
}

/** Renders one decrypted file (a FHIR Bundle) into a new element. */
export function renderBundle(bundle, lastUpdated) {
  const out = el('article', 'record');
  const res = new Resolver(bundle);
  const first = arr(bundle.entry)[0]?.resource;
  if (bundle.type === 'document' && first?.resourceType === 'Composition') documentView(bundle, first, res, out);
  else collectionView(bundle, res, out);
  if (lastUpdated) out.append(el('p', 'record-updated hint', t('record.updated', { date: date(lastUpdated) })));
  return out;
}
