// SPDX-License-Identifier: GPL-3.0-or-later
// FHIR R4 data types as plain text (no DOM): codeable concepts, quantities, ranges, names, dates,
// and reference resolution inside one Bundle. Every result is a string for textContent.
import { locale, t } from './i18n.js';

const str = (v) => (typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v)
  : v instanceof Decimal ? v.lexeme : '');
export const arr = (v) => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]);

/** A CodeableConcept's words: its text, else the first coding's display, else its code. */
export function codeable(cc) {
  if (!cc || typeof cc !== 'object') return '';
  if (str(cc.text)) return str(cc.text);
  for (const c of arr(cc.coding)) if (c && str(c.display)) return str(c.display);
  // A bare code: the viewer's words for it when it knows it (the IPS absent/unknown codes), else the code.
  for (const c of arr(cc.coding)) if (c && str(c.code)) return t('code.' + str(c.code), {}, str(c.code));
  return '';
}

/** The first coding's code of a CodeableConcept (or a plain code string). */
export function codeOf(cc) {
  if (typeof cc === 'string') return cc;
  for (const c of arr(cc?.coding)) if (c && str(c.code)) return str(c.code);
  return '';
}

/** A status-like code in words (translated when the viewer knows it), else its display or code. */
export function coded(cc) {
  const code = codeOf(cc);
  if (code) {
    const words = t('code.' + code, {}, null);
    if (words !== null) return words;
  }
  return typeof cc === 'string' ? cc : codeable(cc);
}

/** A decimal as written in the JSON ("4.50" keeps its two places); JSON.parse alone would give 4.5. */
export class Decimal {
  constructor(value, lexeme) {
    this.value = value;
    this.lexeme = lexeme;
  }
}

/**
 * Parses FHIR JSON text. Where the browser gives the reviver the source text (JSON.parse source
 * text access), numbers with a fraction become Decimals keeping their written places.
 */
export function parseFhir(text) {
  return JSON.parse(text, (key, v, context) => {
    if (typeof v === 'number' && typeof context?.source === 'string' && /^-?\d+\.\d+$/.test(context.source)) {
      return new Decimal(v, context.source);
    }
    return v;
  });
}

function number(v) {
  if (v instanceof Decimal) {
    const places = v.lexeme.split('.')[1].length;
    return v.value.toLocaleString(locale(), { minimumFractionDigits: places, maximumFractionDigits: places });
  }
  if (typeof v !== 'number' || !Number.isFinite(v)) return '';
  return v.toLocaleString(locale(), { maximumFractionDigits: 10 });
}

export function quantity(q) {
  if (!q || typeof q !== 'object') return '';
  const n = number(q.value);
  if (!n) return '';
  const unit = str(q.unit) || str(q.code);
  return [str(q.comparator), n, unit].filter(Boolean).join(' ').replace(/^([<>]=?) /, '$1 ');
}

export function range(r) {
  if (!r || typeof r !== 'object') return '';
  const low = quantity(r.low);
  const high = quantity(r.high);
  let text = '';
  if (low && high) {
    const lu = str(r.low.unit) || str(r.low.code);
    const hu = str(r.high.unit) || str(r.high.code);
    text = lu && lu === hu ? `${number(r.low.value)}–${number(r.high.value)} ${lu}` : `${low} – ${high}`;
  } else if (low) text = `≥ ${low}`;
  else if (high) text = `≤ ${high}`;
  const words = str(r.text);
  if (text && words) return `${text} (${words})`;
  return text || words;
}

function ratio(r) {
  const n = quantity(r?.numerator);
  const d = quantity(r?.denominator);
  return n && d ? `${n} / ${d}` : n;
}

/** An Observation-like value[x] as text. */
export function value(o) {
  if (!o || typeof o !== 'object') return '';
  if (o.valueQuantity) return quantity(o.valueQuantity);
  if (o.valueCodeableConcept) return codeable(o.valueCodeableConcept);
  if (typeof o.valueString === 'string') return o.valueString;
  if (typeof o.valueBoolean === 'boolean') return t(o.valueBoolean ? 'yes' : 'no');
  if (typeof o.valueInteger === 'number') return number(o.valueInteger);
  if (o.valueRange) return range(o.valueRange);
  if (o.valueRatio) return ratio(o.valueRatio);
  if (typeof o.valueDateTime === 'string') return date(o.valueDateTime);
  if (typeof o.valueTime === 'string') return o.valueTime;
  if (o.valuePeriod) return period(o.valuePeriod);
  if (o.dataAbsentReason) return codeable(o.dataAbsentReason);
  return '';
}

/** A FHIR date or dateTime at its own precision, in the page's language. */
export function date(s) {
  s = str(s);
  if (/^\d{4}$/.test(s)) return s;
  if (/^\d{4}-\d{2}$/.test(s)) {
    const d = new Date(`${s}-01T00:00:00Z`);
    return isNaN(d) ? s : new Intl.DateTimeFormat(locale(), { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(d);
  }
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) {
    const d = new Date(`${s}T00:00:00Z`);
    return isNaN(d) ? s : new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeZone: 'UTC' }).format(d);
  }
  const d = new Date(s);
  if (!s || isNaN(d)) return s;
  return new Intl.DateTimeFormat(locale(), { dateStyle: 'medium', timeStyle: 'short' }).format(d);
}

export function period(p) {
  if (!p || typeof p !== 'object') return '';
  const a = date(p.start);
  const b = date(p.end);
  if (a && b) return `${a} – ${b}`;
  return a ? t('since', { date: a }) : b ? t('until', { date: b }) : '';
}

/** A sortable number for a FHIR date or dateTime (missing: -Infinity, so it sorts last). */
export function dateKey(s) {
  s = str(s);
  if (!s) return -Infinity;
  const full = /^\d{4}$/.test(s) ? `${s}-01-01` : /^\d{4}-\d{2}$/.test(s) ? `${s}-01` : s;
  const ms = Date.parse(full);
  return Number.isNaN(ms) ? -Infinity : ms;
}

export function humanName(names) {
  const list = arr(names).filter((n) => n && typeof n === 'object');
  const n = list.find((x) => x.use === 'official') ?? list.find((x) => x.use !== 'old') ?? list[0];
  if (!n) return '';
  if (str(n.text)) return str(n.text);
  return [...arr(n.prefix), ...arr(n.given), str(n.family), ...arr(n.suffix)].map(str).filter(Boolean).join(' ');
}

/** Words naming a Practitioner, Organization, Device, Patient or RelatedPerson. */
export function partyName(r) {
  if (!r || typeof r !== 'object') return '';
  if (r.resourceType === 'Organization' || r.resourceType === 'Location') return str(r.name);
  if (r.resourceType === 'Device') {
    const dn = arr(r.deviceName).find((d) => d && str(d.name));
    return dn ? str(dn.name) : codeable(r.type);
  }
  if (r.resourceType === 'PractitionerRole') return codeable(arr(r.code)[0]);
  return humanName(r.name);
}

/** Resolves references inside one Bundle: by fullUrl, by "Type/id", or by a fullUrl ending in "/Type/id". */
export class Resolver {
  constructor(bundle) {
    this.byUrl = new Map();
    this.byTypeId = new Map();
    for (const e of arr(bundle?.entry)) {
      const r = e?.resource;
      if (!r || typeof r !== 'object' || typeof r.resourceType !== 'string') continue;
      if (str(e.fullUrl)) this.byUrl.set(e.fullUrl, r);
      if (str(r.id)) this.byTypeId.set(`${r.resourceType}/${r.id}`, r);
    }
  }

  get(ref) {
    const s = str(ref?.reference ?? ref);
    if (!s) return null;
    if (this.byUrl.has(s)) return this.byUrl.get(s);
    const m = /([A-Za-z]+\/[A-Za-z0-9\-.]{1,64})(\/_history\/[^/]+)?$/.exec(s);
    return m ? this.byTypeId.get(m[1]) ?? null : null;
  }

  /** The words for a reference: the resolved resource's name, else the reference's display. */
  name(ref) {
    const r = this.get(ref);
    return (r && partyName(r)) || str(ref?.display);
  }
}

/**
 * A narrative's words without its markup: the XHTML is parsed into an inert document (nothing in
 * it runs or loads) and only its text is kept, one line per block element.
 */
export function narrativeText(div) {
  if (typeof div !== 'string' || !div) return '';
  const doc = new DOMParser().parseFromString(div, 'text/html');
  const out = [];
  const walk = (node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) out.push(child.nodeValue);
      else if (child.nodeType === Node.ELEMENT_NODE) {
        const name = child.nodeName.toLowerCase();
        if (name === 'script' || name === 'style' || name === 'template') continue;
        const block = /^(p|div|br|li|tr|h[1-6]|ul|ol|table|section)$/.test(name);
        if (block) out.push('\n');
        walk(child);
        if (name === 'td' || name === 'th') out.push(' ');
        if (block) out.push('\n');
      }
    }
  };
  walk(doc.body);
  return out.join('').split('\n').map((l) => l.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n');
}
