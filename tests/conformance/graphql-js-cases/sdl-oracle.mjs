// SDL validation oracle: graphql-js 16.15.0's validateSDL over the ported SDL cases of this folder.
//
//   node sdl-oracle.mjs <cases-dir>
//
// prints [{file, name, rule, single: [{message, locations}], all: [...]}]: `single` runs the case's own rule (what
// graphql-js's test expects), `all` runs specifiedSDLRules (what buildASTSchema runs before building). A case's
// schema, when it has one, is built with buildSchema and passed as the schema the document extends.
// graphql is resolved from eng/node (installed by `bash eng/fetch-node-tools.sh`) or GRAPHQL_NODE_MODULES.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const base = process.env.GRAPHQL_NODE_MODULES
  ? join(process.env.GRAPHQL_NODE_MODULES, 'noop.js')
  : new URL('../../../eng/node/package.json', import.meta.url);
const require = createRequire(base);
const graphql = require('graphql');
const { validateSDL } = require('graphql/validation/validate');
const { specifiedSDLRules } = require('graphql/validation/specifiedRules');

if (graphql.version !== '16.15.0') {
  console.error(`expected graphql 16.15.0, found ${graphql.version}`);
  process.exit(2);
}

const args = process.argv.slice(2);
if (args.length !== 1) {
  console.error('usage: node sdl-oracle.mjs <cases-dir>');
  process.exit(2);
}

// Two rules have an SDL-only variant that the package index does not export.
const rules = {
  ...graphql,
  ...require('graphql/validation/rules/KnownArgumentNamesRule'),
  ...require('graphql/validation/rules/ProvidedRequiredArgumentsRule'),
};
const shape = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

const results = [];
for (const file of readdirSync(args[0]).filter((name) => name.endsWith('.json')).sort()) {
  const { cases } = JSON.parse(readFileSync(join(args[0], file), 'utf8'));
  for (const testCase of cases.filter((c) => c.mode === 'sdl')) {
    const rule = rules[testCase.rule];
    if (typeof rule !== 'function') throw new Error(`graphql exports no rule ${testCase.rule}`);
    const schema = testCase.schema === null ? undefined : graphql.buildSchema(testCase.schema);
    const document = graphql.parse(testCase.document);
    results.push({
      file,
      name: testCase.name,
      rule: testCase.rule,
      single: validateSDL(document, schema, [rule]).map(shape),
      all: validateSDL(document, schema, specifiedSDLRules).map(shape),
    });
  }
}

process.stdout.write(JSON.stringify(results, null, 1));
