// Validates every document in data/ against its JSON Schema (ajv, all errors).
import Ajv from 'ajv';
import { readFileSync, readdirSync } from 'node:fs';

const dir = new URL('../data/', import.meta.url);
const ajv = new Ajv({ allErrors: true, strict: true });
for (const file of readdirSync(new URL('schemas/', dir)).filter((name) => name.endsWith('.schema.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(new URL(`schemas/${file}`, dir), 'utf8')));
}
let failed = 0;
const documents = readdirSync(dir).filter((name) => name.endsWith('.json'));
for (const file of documents) {
  const schemaId = file.replace(/\.json$/, '.schema.json');
  const validate = ajv.getSchema(schemaId);
  if (!validate) {
    console.error(`data/${file}: no schema data/schemas/${schemaId}`);
    failed += 1;
    continue;
  }
  const data = JSON.parse(readFileSync(new URL(file, dir), 'utf8'));
  if (validate(data)) {
    console.log(`data/${file}: valid`);
  } else {
    failed += 1;
    for (const error of validate.errors) console.error(`data/${file}: ${error.instancePath || '/'} ${error.message} ${JSON.stringify(error.params)}`);
  }
}
if (failed) process.exit(1);
