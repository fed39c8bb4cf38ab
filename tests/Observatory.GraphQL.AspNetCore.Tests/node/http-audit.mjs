// Runs graphql-http 1.23.1's auditServer against our endpoint and prints the results as JSON:
// [{ id, name, status: 'ok' | 'warn' | 'notice' | 'error', reason }].
// Usage: node http-audit.mjs <endpoint-url>
import { createRequire } from 'node:module';
const require = createRequire(process.env.OBSERVATORY_NODE_MODULES + '/');
const { auditServer } = require('graphql-http');

const results = await auditServer({ url: process.argv[2] });
process.stdout.write(JSON.stringify(results.map((r) => ({
  id: r.id,
  name: r.name,
  status: r.status,
  reason: r.status === 'ok' ? null : r.reason,
}))));
