// SPDX-License-Identifier: GPL-3.0-or-later
// The viewer's words in English and French, chosen by navigator.language (French for "fr…",
// English otherwise). t(key, {name: value}) fills "{name}" places.
import { FR } from './i18n-fr.js';

const EN = {
  'app.title': 'Health record shared with you',
  'app.tagline': 'A SMART Health Link opened in your browser. Nothing is stored on this device.',
  'link.label': 'Shared as: {label}',
  'link.expires': 'The link expires on {date}.',
  'link.long': 'This link can be updated by the patient.',
  'paste.title': 'Open a SMART Health Link',
  'paste.hint': 'Paste the link you received (it starts with shlink:/ or contains #shlink:/).',
  'paste.field': 'Link',
  'paste.open': 'Open link',
  'form.recipient': 'Your name or organisation',
  'form.recipientHint': 'Required by the host. It is kept in the patient’s access log, which the patient can read.',
  'form.passcode': 'Passcode',
  'form.passcodeHint': 'The patient gave you this passcode with the link. Wrong attempts are counted and limited.',
  'form.open': 'Open the record',
  'form.opening': 'Opening…',
  'form.needRecipient': 'Enter your name or organisation (1 to 200 characters).',
  'form.needPasscode': 'Enter the passcode.',
  'err.not-a-link': 'This is not a SMART Health Link: no “shlink:/” part was found.',
  'err.damaged': 'This link is damaged: its content could not be read. Ask the patient for the link again.',
  'err.bad-url': 'This link is damaged: its address is not a valid https address.',
  'err.bad-key': 'This link is damaged: its key must be 43 characters (32 bytes). Ask the patient for the link again.',
  'err.bad-exp': 'This link is damaged: its expiry date is not valid.',
  'err.bad-flag': 'This link is damaged: it asks for both a passcode and a direct file, which is not allowed.',
  'err.newer-version': 'This link was made for a newer version of SMART Health Links. It was not opened.',
  'err.expired': 'This link expired on {date}. Ask the patient for a new link.',
  'err.other-host': 'This link belongs to another host ({origin}). Open it with that host’s viewer.',
  'err.wrong-passcode': 'Wrong passcode: {n} attempts left.',
  'err.wrong-passcode-1': 'Wrong passcode: 1 attempt left.',
  'err.no-attempts': 'Wrong passcode: no attempts left. The link is now disabled; ask the patient for a new link.',
  'err.inactive': 'This link is no longer active: revoked, expired or used up. Ask the patient for a new link.',
  'err.retry-after': 'The host asks you to wait {n} seconds before trying again.',
  'err.refused': 'The host refused the request (check your name: 1 to 200 characters).',
  'err.too-large': 'The request or the record is larger than this viewer or the host accepts.',
  'err.unavailable': 'The host is unavailable for now. Try again in a few minutes.',
  'err.network': 'The host could not be reached. Check your connection and try again.',
  'err.bad-answer': 'The host’s answer could not be read ({what}). Try again later.',
  'err.file-gone': 'A file of this record is no longer available (its address expired). Open the link again.',
  'err.jwe-damaged': 'A file of this record is damaged or was not made with this link’s key. It was not shown.',
  'err.jwe-unsupported': 'A file of this record uses an encryption this viewer does not accept. It was not shown.',
  'err.jwe-too-large': 'A file of this record is too large to open. It was not shown.',
  'err.not-fhir': 'A file of this record is not a FHIR Bundle. It was not shown.',
  'err.not-shown': 'A file of this record could not be shown: its FHIR content is malformed.',
  'err.skipped': 'A file of type {type} was not shown: this viewer shows FHIR records only.',
  'err.empty': 'The link holds no file.',
  'record.summary': 'Patient summary',
  'record.records': 'Health records',
  'record.composed': 'Document date: {date}',
  'record.author': 'Author: {name}',
  'record.updated': 'Last updated: {date}',
  'record.print': 'Print',
  'record.refresh': 'Check for updates',
  'record.refreshed': 'Checked for updates: {time}.',
  'record.empty': 'No entries.',
  'record.emptyReason': 'No entries: {reason}',
  'record.narrative': 'As written in the document:',
  'record.unresolved': '{n} entries of this section were not found in the document.',
  'patient.born': 'Born {date}',
  'patient.gender': 'Gender: {gender}',
  'patient.id': 'Identifier: {id}',
  'patient.unknown': 'Patient not named in the record',
  'download': 'Download {name}',
  'download.note': 'The file is saved to your device, not opened here.',
  'attachment.remote': 'Stored elsewhere, not fetched by this viewer: {url}',
  'attachment.none': 'No file content in the record.',
  'untitled': 'Untitled entry',
  'yes': 'yes',
  'no': 'no',
  'since': 'since {date}',
  'until': 'until {date}',
  'abnormal': 'outside the reference range',
  'cat.labs': 'Laboratory results', 'cat.vitals': 'Vital signs', 'cat.observations': 'Other observations',
  'cat.problems': 'Problems', 'cat.allergies': 'Allergies and intolerances', 'cat.medications': 'Medications',
  'cat.immunizations': 'Immunizations', 'cat.procedures': 'Procedures', 'cat.encounters': 'Encounters',
  'cat.documents': 'Documents', 'cat.other': 'Other entries',
  'field.value': 'Value', 'field.component': 'Component', 'field.range': 'Reference range',
  'field.interpretation': 'Interpretation', 'field.conclusion': 'Conclusion', 'field.clinicalStatus': 'Status',
  'field.verificationStatus': 'Verification', 'field.severity': 'Severity', 'field.onset': 'Onset',
  'field.abatement': 'Ended', 'field.criticality': 'Criticality', 'field.allergyType': 'Type',
  'field.reaction': 'Reaction', 'field.status': 'Status', 'field.dosage': 'Dosage', 'field.dose': 'Dose number',
  'field.lot': 'Lot', 'field.bodySite': 'Body site', 'field.outcome': 'Outcome', 'field.encounterClass': 'Class',
  'field.period': 'Period', 'field.reason': 'Reason', 'field.provider': 'Provider',
  'field.description': 'Description', 'field.category': 'Category', 'field.date': 'Date', 'field.note': 'Note',
  'field.results': 'Results',
  'type.Encounter': 'Encounter', 'type.DocumentReference': 'Document', 'type.Binary': 'File',
  'gender.male': 'male', 'gender.female': 'female', 'gender.other': 'other', 'gender.unknown': 'unknown',
  'code.low': 'low risk', 'code.high': 'high risk', 'code.unable-to-assess': 'unable to assess',
  'code.active': 'active', 'code.recurrence': 'recurrence', 'code.relapse': 'relapse', 'code.inactive': 'inactive',
  'code.remission': 'remission', 'code.resolved': 'resolved', 'code.unconfirmed': 'unconfirmed',
  'code.provisional': 'provisional', 'code.differential': 'differential', 'code.confirmed': 'confirmed',
  'code.refuted': 'refuted', 'code.entered-in-error': 'entered in error', 'code.completed': 'completed',
  'code.intended': 'intended', 'code.stopped': 'stopped', 'code.on-hold': 'on hold', 'code.not-taken': 'not taken',
  'code.not-done': 'not done', 'code.allergy': 'allergy', 'code.intolerance': 'intolerance',
  'code.mild': 'mild', 'code.moderate': 'moderate', 'code.severe': 'severe',
  'code.H': 'high', 'code.L': 'low', 'code.HH': 'critically high', 'code.LL': 'critically low', 'code.N': 'normal',
  'code.A': 'abnormal', 'code.AA': 'critically abnormal', 'code.POS': 'positive', 'code.NEG': 'negative',
  'code.in-progress': 'in progress', 'code.finished': 'finished', 'code.cancelled': 'cancelled',
  // IPS absent/unknown codes (http://hl7.org/fhir/uv/ips/CodeSystem/absent-unknown-uv-ips).
  'code.no-known-allergies': 'No known allergies',
  'code.no-known-medication-allergies': 'No known medication allergies',
  'code.no-known-environmental-allergies': 'No known environmental allergies',
  'code.no-known-food-allergies': 'No known food allergies',
  'code.no-allergy-info': 'No information about allergies',
  'code.no-known-problems': 'No known problems',
  'code.no-problem-info': 'No information about problems',
  'code.no-known-medications': 'No known medications',
  'code.no-medication-info': 'No information about medications',
  'code.no-known-procedures': 'No known procedures',
  'code.no-procedure-info': 'No information about past history of procedures',
  'code.no-known-immunizations': 'No known immunizations',
  'code.no-immunization-info': 'No information about immunizations',
  'code.no-known-devices': 'No known devices in use',
  'code.no-device-info': 'No information about devices',
  'code.AMB': 'ambulatory', 'code.EMER': 'emergency', 'code.IMP': 'inpatient', 'code.VR': 'virtual',
};

let current = null;

/** "fr" or "en". */
export function lang() {
  if (current === null) {
    const wanted = (typeof navigator !== 'undefined' && navigator.language) || 'en';
    current = wanted.toLowerCase().startsWith('fr') ? 'fr' : 'en';
  }
  return current;
}

/** The locale for dates and numbers: the browser's own when it is of the chosen language. */
export function locale() {
  const wanted = (typeof navigator !== 'undefined' && navigator.language) || '';
  return wanted.toLowerCase().startsWith(lang()) ? wanted : lang();
}

/** The words for key; fallback when the key is unknown (the key itself when no fallback is given). */
export function t(key, params = {}, fallback = undefined) {
  const table = lang() === 'fr' ? FR : EN;
  let s = table[key] ?? EN[key];
  if (s === undefined) return fallback === undefined ? key : fallback;
  for (const [k, v] of Object.entries(params)) s = s.split(`{${k}}`).join(String(v));
  return s;
}

export const EN_WORDS = EN;
