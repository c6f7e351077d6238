// SPDX-License-Identifier: GPL-3.0-or-later
// An independent checker of International Patient Summary documents, written from the HL7 IPS IG's
// rules (Bundle-uv-ips, Composition-uv-ips, ips-comp-1) and FHIR R4's document and reference rules,
// not from Carnet's code. Usage: node ips-check.mjs FILE...
// Prints one JSON line per file: {"file","ok","errors":["…"]}. Exit 0 when every file was read, 2 otherwise.
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

const LOINC = 'http://loinc.org';
const EMPTY_REASON = 'http://terminology.hl7.org/CodeSystem/list-empty-reason';
const EMPTY_CODES = new Set(['nilknown', 'notasked', 'withheld', 'unavailable', 'notstarted', 'closed']);
const REQUIRED = { '11450-4': 'Problems', '48765-2': 'Allergies and intolerances', '10160-0': 'Medication summary' };
const SECTION_TYPES = {
  '11450-4': ['Condition', 'DocumentReference'],
  '48765-2': ['AllergyIntolerance', 'DocumentReference'],
  '10160-0': ['MedicationStatement', 'MedicationRequest', 'MedicationAdministration', 'MedicationDispense', 'DocumentReference'],
  '11369-6': ['Immunization', 'DocumentReference'],
  '30954-2': ['Observation', 'DiagnosticReport', 'DocumentReference'],
  '47519-4': ['Procedure', 'DocumentReference'],
  '8716-3': ['Observation'],
  '11348-0': ['Condition'],
};
const RESTFUL = /^(https?:\/\/.+\/)([A-Z][A-Za-z]+)\/([A-Za-z0-9\-.]{1,64})(\/_history\/[A-Za-z0-9\-.]{1,64})?$/;

/** The entry a reference in the entry with `fromUrl` points at (FHIR R4 §2.36.0.4), or undefined. */
function resolve(byUrl, ref, fromUrl) {
  if (typeof ref !== 'string' || ref === '') return undefined;
  if (/^[a-z][a-z0-9+.-]*:/i.test(ref)) return byUrl.get(ref);
  const m = RESTFUL.exec(fromUrl ?? '');
  if (!m) return undefined;
  return byUrl.get(m[1] + ref);
}

const hasCoding = (cc, system, code) => Array.isArray(cc?.coding) && cc.coding.some((c) => c.system === system && c.code === code);

function check(bundle) {
  const errors = [];
  const err = (m) => errors.push(m);
  if (bundle?.resourceType !== 'Bundle') return ['not a Bundle'];
  if (bundle.type !== 'document') err('Bundle.type is not document');
  if (!bundle.identifier?.system || !bundle.identifier?.value) err('Bundle.identifier missing');
  if (typeof bundle.timestamp !== 'string') err('Bundle.timestamp missing');
  const entries = Array.isArray(bundle.entry) ? bundle.entry : [];
  const byUrl = new Map();
  for (const [i, e] of entries.entries()) {
    if (typeof e.fullUrl !== 'string') err(`entry ${i} has no fullUrl`);
    else if (byUrl.has(e.fullUrl)) err(`fullUrl ${e.fullUrl} is repeated`);
    else byUrl.set(e.fullUrl, e);
    if (typeof e.resource?.resourceType !== 'string') err(`entry ${i} has no resource`);
    const m = RESTFUL.exec(e.fullUrl ?? '');
    if (m && e.resource && (m[2] !== e.resource.resourceType || m[3] !== e.resource.id)) err(`entry ${i}: fullUrl does not match its resource`);
  }
  const first = entries[0];
  const comp = first?.resource;
  if (comp?.resourceType !== 'Composition') return [...errors, 'the first entry is not a Composition'];
  if (comp.status !== 'final') err('Composition.status is not final');
  if (!hasCoding(comp.type, LOINC, '60591-5')) err('Composition.type is not LOINC 60591-5');
  if (typeof comp.date !== 'string') err('Composition.date missing');
  if (typeof comp.title !== 'string' || comp.title === '') err('Composition.title missing');
  if (comp.confidentiality !== undefined && !['U', 'L', 'M', 'N', 'R', 'V'].includes(comp.confidentiality)) err('Composition.confidentiality is not a v3 code');
  const subject = resolve(byUrl, comp.subject?.reference, first.fullUrl);
  if (subject?.resource?.resourceType !== 'Patient') err('Composition.subject does not resolve to a Patient');
  if (!Array.isArray(comp.author) || comp.author.length === 0) err('Composition.author missing');
  for (const a of comp.author ?? [])
    if (!resolve(byUrl, a.reference, first.fullUrl)) err(`author ${a.reference} does not resolve`);
  const seen = new Set();
  for (const [i, s] of (comp.section ?? []).entries()) {
    const code = (s.code?.coding ?? []).find((c) => c.system === LOINC)?.code;
    const name = `section ${i} (${code ?? 'no LOINC code'})`;
    if (!code) { err(`${name} has no LOINC code`); continue; }
    if (seen.has(code)) err(`${name} is repeated`);
    seen.add(code);
    if (typeof s.title !== 'string' || s.title === '') err(`${name} has no title`);
    if (!s.text?.status || typeof s.text?.div !== 'string' || !s.text.div.startsWith('<div xmlns="http://www.w3.org/1999/xhtml"'))
      err(`${name} has no XHTML narrative`);
    const refs = s.entry ?? [];
    if (refs.length === 0 && !s.emptyReason) err(`${name} has neither entries nor emptyReason`);
    if (refs.length > 0 && s.emptyReason) err(`${name} has entries and an emptyReason`);
    if (s.emptyReason && !(s.emptyReason.coding ?? []).some((c) => c.system === EMPTY_REASON && EMPTY_CODES.has(c.code)))
      err(`${name}: emptyReason is not a list-empty-reason code`);
    for (const r of refs) {
      const target = resolve(byUrl, r.reference, first.fullUrl);
      if (!target) { err(`${name}: reference ${r.reference} does not resolve`); continue; }
      const allowed = SECTION_TYPES[code];
      if (allowed && !allowed.includes(target.resource.resourceType)) err(`${name}: ${target.resource.resourceType} does not belong here`);
      const who = target.resource.subject ?? target.resource.patient;
      if (who?.reference !== undefined && resolve(byUrl, who.reference, target.fullUrl) !== subject)
        err(`${name}: ${r.reference} is about someone other than the summary's subject`);
    }
  }
  for (const [code, label] of Object.entries(REQUIRED)) if (!seen.has(code)) err(`the required section ${label} (${code}) is missing`);
  return errors;
}

let status = 0;
const files = process.argv.slice(2);
if (files.length === 0) { console.error('usage: ips-check.mjs FILE...'); process.exit(2); }
for (const file of files) {
  let errors;
  try { errors = check(JSON.parse(readFileSync(file, 'utf8'))); } catch (e) { errors = [`unreadable: ${e.message}`]; status = 2; }
  console.log(JSON.stringify({ file: basename(file), ok: errors.length === 0, errors }));
}
process.exit(status);
