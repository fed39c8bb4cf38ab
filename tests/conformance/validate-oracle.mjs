// Differential validation oracle: graphql-js 16.15.0's validate() over the corpus, against our schema.
//
//   node validate-oracle.mjs --introspection-query      prints the introspection query our engine must run
//   node validate-oracle.mjs <introspection.json> <corpus-dir>
//                                                       prints [{file, parseError?, errors: [{message, locations}]}]
//
// graphql is resolved from eng/node (installed by `bash eng/fetch-node-tools.sh`) or GRAPHQL_NODE_MODULES.
import { createRequire } from 'node:module';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const base = process.env.GRAPHQL_NODE_MODULES
  ? join(process.env.GRAPHQL_NODE_MODULES, 'noop.js')
  : new URL('../../eng/node/package.json', import.meta.url);
const require = createRequire(base);
const {
  buildClientSchema, getIntrospectionQuery, parse, validate, validateSchema, version,
} = require('graphql');

const introspectionOptions = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

const args = process.argv.slice(2);
if (args[0] === '--introspection-query') {
  process.stdout.write(getIntrospectionQuery(introspectionOptions));
  process.exit(0);
}

if (args.length !== 2) {
  console.error('usage: node validate-oracle.mjs <introspection.json> <corpus-dir>');
  process.exit(2);
}

if (version !== '16.15.0') {
  console.error(`expected graphql 16.15.0, found ${version}`);
  process.exit(2);
}

const introspection = JSON.parse(readFileSync(args[0], 'utf8'));
const schema = buildClientSchema(introspection.data ?? introspection);
const schemaErrors = validateSchema(schema);
if (schemaErrors.length > 0) {
  console.error('invalid schema:\n' + schemaErrors.map((e) => e.message).join('\n'));
  process.exit(3);
}

const shape = (error) => ({
  message: error.message,
  locations: (error.locations ?? []).map(({ line, column }) => ({ line, column })),
});

const results = readdirSync(args[1])
  .filter((name) => name.endsWith('.graphql'))
  .sort()
  .map((file) => {
    const text = readFileSync(join(args[1], file), 'utf8');
    let document;
    try {
      document = parse(text);
    } catch (error) {
      return { file, parseError: shape(error), errors: [] };
    }
    try {
      return { file, errors: validate(schema, document).map(shape) };
    } catch (error) {
      return { file, threw: String(error.message ?? error), errors: [] };
    }
  });

process.stdout.write(JSON.stringify(results, null, 1));
