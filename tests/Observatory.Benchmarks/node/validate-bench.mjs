// graphql-js side of the validation benchmark: validate the same parsed documents against the same schema
// (built from our SDL), N times each after a warm-up.
// Usage: node validate-bench.mjs <input.json>   where input = { sdl, documents: [text], iterations }
// Prints JSON: { ms, errors } (total milliseconds of the measured iterations; errors found in one pass).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(process.env.OBSERVATORY_NODE_MODULES + '/');
const { buildSchema, parse, validate, assertValidSchema } = require('graphql');

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const schema = buildSchema(input.sdl);
assertValidSchema(schema);
const documents = input.documents.map((text) => parse(text));

function pass() {
  let errors = 0;
  for (const document of documents) errors += validate(schema, document).length;
  return errors;
}

const errors = pass();
for (let i = 0; i < Math.min(20, input.iterations); i++) pass();
const start = process.hrtime.bigint();
for (let i = 0; i < input.iterations; i++) pass();
process.stdout.write(JSON.stringify({ ms: Number(process.hrtime.bigint() - start) / 1e6, errors }));
