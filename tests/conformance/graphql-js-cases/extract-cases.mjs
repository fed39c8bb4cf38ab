// Ports graphql-js validation test cases as data: runs a graphql-js rule test file (`*-test.ts`) with stand-ins
// for mocha and for the test harness, and records each check (the document, the schema it extends or is validated
// against, the rule, and the errors the test expects) instead of running it. The test code itself is not kept.
//
//   node extract-cases.mjs <label> <out.json> <test-file.ts> [sdl|executable|all]
//
// <label> names the graphql-js version the file comes from (e.g. "graphql-js 16.x.x a7db60b"). The mode keeps only
// SDL checks (expectSDLValidationErrors), only checks against an explicit schema (expectValidationErrorsWithSchema),
// or both; checks against graphql-js's own test schema (expectValidationErrors) are always left out.
// graphql is resolved from eng/node (installed by `bash eng/fetch-node-tools.sh`) or GRAPHQL_NODE_MODULES.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const base = process.env.GRAPHQL_NODE_MODULES
  ? join(process.env.GRAPHQL_NODE_MODULES, 'noop.js')
  : new URL('../../../eng/node/package.json', import.meta.url);
const graphql = createRequire(base)('graphql');

const [label, outFile, testFile, mode = 'all'] = process.argv.slice(2);
if (!label || !outFile || !testFile || !['sdl', 'executable', 'all'].includes(mode)) {
  console.error('usage: node extract-cases.mjs <label> <out.json> <test-file.ts> [sdl|executable|all]');
  process.exit(2);
}

// The SDL a schema was built from, so that a case can name the schema it runs against as text.
const schemaSources = new WeakMap();
const buildSchema = (sdl) => {
  const schema = graphql.buildSchema(sdl);
  schemaSources.set(schema, sdl);
  return schema;
};
const extendSchema = (schema, document) => {
  const extended = graphql.extendSchema(schema, document);
  schemaSources.set(extended, null);
  return extended;
};
const testSchema = buildSchema('type Query { dummy: String }');
schemaSources.set(testSchema, null);

const cases = [];
const suites = [];
let current = null;

function record(kind, schema, rule, document) {
  return {
    toDeepEqual(expected) {
      if (kind === 'harness' || (mode !== 'all' && mode !== kind)) return;
      const schemaSdl = schema == null ? null : schemaSources.get(schema);
      if (schema != null && schemaSdl == null) return; // a schema not built from SDL (graphql-js's test schema)
      current.checks += 1;
      cases.push({
        name: current.name + (current.checks > 1 ? ` (${current.checks})` : ''),
        rule: rule.name,
        mode: kind,
        schema: schemaSdl,
        document,
        errors: expected.map((error) => ({
          message: error.message,
          locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
        })),
      });
    },
  };
}

const standIns = {
  describe: (name, body) => {
    suites.push(name);
    body();
    suites.pop();
  },
  it: (name, body) => {
    current = { name: [...suites, name].join(' > '), checks: 0 };
    body();
    current = null;
  },
  buildSchema,
  extendSchema,
  parse: graphql.parse,
  testSchema,
  expectSDLValidationErrors: (schema, rule, sdl) => record('sdl', schema, rule, sdl),
  expectValidationErrorsWithSchema: (schema, rule, query) => record('executable', schema, rule, query),
  expectValidationErrors: () => record('harness'),
};

let source = readFileSync(testFile, 'utf8');
// Drop the imports (stand-ins and rule stubs replace them) and the TypeScript annotations these files use.
const imported = [];
source = source.replace(/import\s+(type\s+)?\{([^}]*)\}\s*from\s*'[^']*';/g, (_, isType, names) => {
  if (!isType) imported.push(...names.split(',').map((n) => n.trim()).filter(Boolean));
  return '';
});
source = source
  .replace(/(\w+)\??:\s*(string|GraphQLSchema|ObjMap<[^>]*>|ReadonlyArray<[^>]*>|FieldDetailsList)(?=[,)=])/g, '$1')
  .replace(/\):\s*\w+(<[^>]*>)?\s*\{/g, ') {');

const bindings = {};
for (const name of imported) {
  if (name in standIns) {
    bindings[name] = standIns[name];
  } else if (/Rule$/.test(name)) {
    bindings[name] = { [name]: () => undefined }[name]; // only the rule's name is recorded
  } else {
    throw new Error(`no stand-in for import ${name} of ${basename(testFile)}`);
  }
}

new Function(...Object.keys(bindings), source)(...Object.values(bindings));

const output = { source: `${label} src/validation/__tests__/${basename(testFile)}`, cases };
// One location per line is hard to read: print each location, and each list of them, on one line.
const text = JSON.stringify(output, null, 2)
  .replace(/\{\s+"line": (\d+),\s+"column": (\d+)\s+\}/g, '{ "line": $1, "column": $2 }')
  .replace(/"locations": \[\s+([^\]]*?)\s+\]/g, (_, list) => `"locations": [${list.replace(/,\s+/g, ', ')}]`);
writeFileSync(outFile, text + '\n');
console.log(`${basename(testFile)}: ${cases.length} cases -> ${outFile}`);
