// Fetches our server's introspection with graphql-js's own queries (the default one GraphiQL
// sends, and the maximal one), builds a client schema from each, validates it and prints it.
// Usage: node introspection-roundtrip.mjs <endpoint-url>
// Prints one JSON document: { default: {sdl, errors}, maximal: {sdl, errors}, get: {ok} }.
import { createRequire } from 'node:module';
const require = createRequire(process.env.OBSERVATORY_NODE_MODULES + '/');
const { getIntrospectionQuery, buildClientSchema, validateSchema, printSchema } = require('graphql');

const url = process.argv[2];

async function post(query, operationName) {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ query, operationName }),
  });
  return response.json();
}

async function roundTrip(options) {
  const result = await post(getIntrospectionQuery(options), 'IntrospectionQuery');
  if (result.errors) {
    return { sdl: null, errors: result.errors.map((e) => e.message) };
  }
  const schema = buildClientSchema(result.data);
  const errors = validateSchema(schema).map((e) => e.message);
  return { sdl: printSchema(schema), errors };
}

const maximal = {
  descriptions: true,
  specifiedByUrl: true,
  directiveIsRepeatable: true,
  schemaDescription: true,
  inputValueDeprecation: true,
  oneOf: true,
};

const getResponse = await fetch(url + '?query=' + encodeURIComponent(getIntrospectionQuery()), {
  headers: { accept: 'application/graphql-response+json' },
});
const getBody = await getResponse.json();

process.stdout.write(JSON.stringify({
  default: await roundTrip({}),
  maximal: await roundTrip(maximal),
  get: { status: getResponse.status, ok: !!getBody.data && !getBody.errors },
}));
