// SPDX-License-Identifier: GPL-3.0-or-later
// One FHIR resource as a display item (no DOM): its title, its date, labelled fields, member lines
// and attachments. render.js turns items into elements with textContent only.
import { t } from './i18n.js';
import { arr, codeable, coded, date, dateKey, period, quantity, range, value } from './fhirtext.js';

const str = (v) => (typeof v === 'string' ? v : '');

/** The category an entry of a collection Bundle is listed under; null for supporting resources. */
export function categoryOf(r) {
  switch (r?.resourceType) {
  case 'Observation': {
    const cats = arr(r.category).map((c) => arr(c?.coding).map((x) => x?.code)).flat();
    if (cats.includes('laboratory')) return 'labs';
    if (cats.includes('vital-signs')) return 'vitals';
    return 'observations';
  }
  case 'DiagnosticReport': return 'labs';
  case 'Condition': return 'problems';
  case 'AllergyIntolerance': return 'allergies';
  case 'MedicationStatement': case 'MedicationRequest': case 'MedicationAdministration':
  case 'MedicationDispense': return 'medications';
  case 'Immunization': return 'immunizations';
  case 'Procedure': return 'procedures';
  case 'Encounter': return 'encounters';
  case 'DocumentReference': case 'Binary': return 'documents';
  case 'Patient': case 'Composition': case 'Medication': case 'Practitioner': case 'PractitionerRole':
  case 'Organization': case 'Device': case 'Location': case 'RelatedPerson': return null;
  default: return 'other';
  }
}

export const CATEGORY_ORDER = ['labs', 'vitals', 'observations', 'problems', 'allergies', 'medications',
  'immunizations', 'procedures', 'encounters', 'documents', 'other'];

function firstDate(...values) {
  for (const v of values) {
    if (typeof v === 'string' && v) return v;
    if (v && typeof v === 'object' && str(v.start)) return v.start;
  }
  return '';
}

function when(raw, shown = null) {
  return { key: dateKey(raw), text: shown ?? date(raw) };
}

/** "High", "Low", … for an Observation's interpretation; abnormal: true for H, L, A and their kin. */
function interpretation(o) {
  const words = [];
  let abnormal = false;
  for (const cc of arr(o.interpretation)) {
    const code = arr(cc?.coding).map((c) => c?.code).find(Boolean) ?? '';
    if (/^(H|L|HH|LL|A|AA|HU|LU|<|>|POS|R|W)$/.test(code)) abnormal = true;
    words.push(coded(cc));
  }
  return { text: words.filter(Boolean).join(', '), abnormal };
}

function medication(r, res) {
  if (r.medicationCodeableConcept) return codeable(r.medicationCodeableConcept);
  const m = res.get(r.medicationReference);
  return (m && codeable(m.code)) || str(r.medicationReference?.display);
}

function attachmentOf(a) {
  if (!a || typeof a !== 'object') return null;
  return { title: str(a.title), contentType: str(a.contentType), data: str(a.data), url: str(a.url),
    size: typeof a.size === 'number' ? a.size : null };
}

/** One line for a panel member or report result: "title: value (range)". */
function memberLine(o) {
  if (!o) return null;
  const title = codeable(o.code) || t('untitled');
  const v = value(o);
  const rr = arr(o.referenceRange).map(range).filter(Boolean).join('; ');
  const interp = interpretation(o);
  let line = v ? `${title}: ${v}` : title;
  if (rr) line += ` (${t('field.range')}: ${rr})`;
  if (interp.text) line += ` — ${interp.text}`;
  return { text: line, abnormal: interp.abnormal };
}

function observation(r, res) {
  const fields = [];
  const v = value(r);
  if (v) fields.push(['value', v]);
  for (const c of arr(r.component)) {
    const cv = value(c);
    // A component is labelled by its own code ("Systolic blood pressure"), not by a field name.
    if (cv) fields.push([{ label: codeable(c.code) || t('field.component') }, cv]);
  }
  const rr = arr(r.referenceRange).map(range).filter(Boolean);
  if (rr.length) fields.push(['range', rr.join('; ')]);
  const interp = interpretation(r);
  if (interp.text) fields.push(['interpretation', interp.text]);
  const members = arr(r.hasMember).map((m) => memberLine(res.get(m))).filter(Boolean);
  const raw = firstDate(r.effectiveDateTime, r.effectivePeriod, r.effectiveInstant, r.issued);
  return { fields, members, abnormal: interp.abnormal, date: when(raw) };
}

const DESCRIBE = {
  Observation: observation,
  DiagnosticReport(r, res) {
    const fields = [];
    if (str(r.conclusion)) fields.push(['conclusion', r.conclusion]);
    const members = arr(r.result).map((m) => memberLine(res.get(m))).filter(Boolean);
    return { fields, members, date: when(firstDate(r.effectiveDateTime, r.effectivePeriod, r.issued)) };
  },
  Condition(r) {
    const fields = [];
    if (r.clinicalStatus) fields.push(['clinicalStatus', coded(r.clinicalStatus)]);
    if (r.verificationStatus) fields.push(['verificationStatus', coded(r.verificationStatus)]);
    if (r.severity) fields.push(['severity', codeable(r.severity)]);
    const onset = firstDate(r.onsetDateTime, r.onsetPeriod) || str(r.onsetString);
    if (onset) fields.push(['onset', date(onset)]);
    const abated = firstDate(r.abatementDateTime, r.abatementPeriod) || str(r.abatementString);
    if (abated) fields.push(['abatement', date(abated)]);
    return { fields, date: when(firstDate(r.onsetDateTime, r.onsetPeriod, r.recordedDate)) };
  },
  AllergyIntolerance(r) {
    const fields = [];
    if (r.criticality) fields.push(['criticality', coded(r.criticality)]);
    if (r.clinicalStatus) fields.push(['clinicalStatus', coded(r.clinicalStatus)]);
    if (r.verificationStatus) fields.push(['verificationStatus', coded(r.verificationStatus)]);
    if (str(r.type)) fields.push(['allergyType', coded(r.type)]);
    for (const x of arr(r.reaction)) {
      const m = arr(x?.manifestation).map(codeable).filter(Boolean).join(', ');
      const sev = str(x?.severity) ? ` (${coded(x.severity)})` : '';
      if (m) fields.push(['reaction', m + sev]);
    }
    const onset = firstDate(r.onsetDateTime, r.onsetPeriod) || str(r.onsetString);
    if (onset) fields.push(['onset', date(onset)]);
    return { fields, abnormal: r.criticality === 'high', date: when(firstDate(r.onsetDateTime, r.recordedDate)) };
  },
  MedicationStatement: medicationUse,
  MedicationRequest: medicationUse,
  MedicationAdministration: medicationUse,
  MedicationDispense: medicationUse,
  Immunization(r) {
    const fields = [];
    if (str(r.status)) fields.push(['status', coded(r.status)]);
    const dose = arr(r.protocolApplied).map((p) => p?.doseNumberPositiveInt ?? p?.doseNumberString).find((d) => d !== undefined);
    if (dose !== undefined) fields.push(['dose', String(dose)]);
    if (str(r.lotNumber)) fields.push(['lot', r.lotNumber]);
    const raw = str(r.occurrenceDateTime);
    return { title: codeable(r.vaccineCode), fields, date: when(raw, raw ? null : str(r.occurrenceString)) };
  },
  Procedure(r) {
    const fields = [];
    if (str(r.status)) fields.push(['status', coded(r.status)]);
    const sites = arr(r.bodySite).map(codeable).filter(Boolean).join(', ');
    if (sites) fields.push(['bodySite', sites]);
    if (r.outcome) fields.push(['outcome', codeable(r.outcome)]);
    const raw = firstDate(r.performedDateTime, r.performedPeriod);
    return { fields, date: when(raw, raw ? null : str(r.performedString)) };
  },
  Encounter(r, res) {
    const fields = [];
    if (r.class) fields.push(['encounterClass', str(r.class.display) || coded(r.class.code)]);
    if (r.period) fields.push(['period', period(r.period)]);
    const reasons = arr(r.reasonCode).map(codeable).filter(Boolean).join(', ');
    if (reasons) fields.push(['reason', reasons]);
    const where = res.name(r.serviceProvider);
    if (where) fields.push(['provider', where]);
    return { title: codeable(arr(r.type)[0]) || codeable(r.serviceType) || t('type.Encounter'), fields,
      date: when(firstDate(r.period)) };
  },
  DocumentReference(r) {
    const fields = [];
    if (str(r.description)) fields.push(['description', r.description]);
    const cats = arr(r.category).map(codeable).filter(Boolean).join(', ');
    if (cats) fields.push(['category', cats]);
    const attachments = arr(r.content).map((c) => attachmentOf(c?.attachment)).filter(Boolean);
    return { title: codeable(r.type) || t('type.DocumentReference'), fields, attachments, date: when(str(r.date)) };
  },
  Binary(r) {
    const a = { title: '', contentType: str(r.contentType), data: str(r.data), url: '', size: null };
    return { title: t('type.Binary'), fields: [], attachments: [a], date: when('') };
  },
};

function medicationUse(r, res) {
  const fields = [];
  if (str(r.status)) fields.push(['status', coded(r.status)]);
  const doses = [...arr(r.dosage), ...arr(r.dosageInstruction)].map((d) => str(d?.text)).filter(Boolean);
  for (const d of doses) fields.push(['dosage', d]);
  if (r.dosage && !doses.length && r.dosage.dose) fields.push(['dosage', quantity(r.dosage.dose)]);
  const raw = firstDate(r.effectiveDateTime, r.effectivePeriod, r.authoredOn, r.dateAsserted,
    r.whenHandedOver, r.effectivePeriod);
  return { title: medication(r, res), fields, date: when(raw) };
}

/** The display item of one resource. */
export function describe(r, res) {
  const own = Object.hasOwn(DESCRIBE, r.resourceType) ? DESCRIBE[r.resourceType] : null;
  const d = (own ?? (() => ({ fields: [], date: when(firstDate(r.date, r.effectiveDateTime)) })))(r, res);
  const notes = arr(r.note).map((n) => str(n?.text)).filter(Boolean);
  const title = d.title || codeable(r.code) || t('type.' + r.resourceType, {}, r.resourceType);
  return { type: r.resourceType, title, fields: d.fields ?? [], members: d.members ?? [], notes,
    attachments: d.attachments ?? [], abnormal: !!d.abnormal, date: d.date ?? when('') };
}
