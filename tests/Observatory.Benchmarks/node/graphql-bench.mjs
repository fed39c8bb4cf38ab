// graphql-js side of the GraphQL benchmark: parse + execute the same documents against the same
// schema (built from our SDL) and data, N times each, best of 3 rounds after a 1 s warm-up.
// Usage: node graphql-bench.mjs <input.json>   where input = { sdl, data, documents: [{name, query, variables}], iterations }
// Prints JSON: [{ name, ms }] (total milliseconds for the measured iterations).
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
const require = createRequire(process.env.OBSERVATORY_NODE_MODULES + '/');
const { buildSchema, parse, execute } = require('graphql');

const input = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const schema = buildSchema(input.sdl);
const { metiers, territories, values } = input.data;
const territoryByCode = new Map(territories.map((t) => [t.code, t]));
const valuesByMetier = new Map();
for (const v of values) {
  if (!valuesByMetier.has(v.metier)) valuesByMetier.set(v.metier, []);
  valuesByMetier.get(v.metier).push({ ...v, territory: territoryByCode.get(v.territory) });
}
const metierObjects = metiers.map((m) => ({
  ...m,
  values: ({ limit }) => valuesByMetier.get(m.code).slice(0, limit ?? 10),
}));
const rootValue = {
  metiers: ({ sector }) => (sector == null ? metierObjects : metierObjects.filter((m) => m.sector === sector)),
  metier: ({ code }) => metierObjects.find((m) => m.code === code) ?? null,
  territories: () => territories,
};

function run(doc) {
  const result = execute({ schema, document: parse(doc.query), rootValue, variableValues: doc.variables ?? undefined });
  if (result.errors) throw new Error(doc.name + ': ' + result.errors[0].message);
  return result;
}

const out = [];
for (const doc of input.documents) {
  const warmUpEnd = Date.now() + 1000;
  while (Date.now() < warmUpEnd) run(doc);
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < input.iterations; i++) run(doc);
    best = Math.min(best, Number(process.hrtime.bigint() - start) / 1e6);
  }
  out.push({ name: doc.name, ms: best });
}
process.stdout.write(JSON.stringify(out));
