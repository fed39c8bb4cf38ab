// Opens a warehouse build read-only with the official DuckDB 1.1.2 bindings (the oldest DuckDB a build must stay
// readable by; the linux-x64 package of @duckdb/node-bindings, loaded directly as its own duckdb.js does) and reads each
// named table whole, chunk by chunk, counting its rows.
// Usage: node duckdb-compat.mjs <build.duckdb> <schema.table>...
// Prints {"version": "v1.1.2", "tables": {"pub.x": rows, ...}} on stdout; exits 1 with DuckDB's message if it cannot.
import { createRequire } from 'node:module';

const duckdb = createRequire(import.meta.url)('@duckdb/node-bindings-linux-x64/duckdb.node');

const [path, ...tables] = process.argv.slice(2);
if (!path) {
  console.error('usage: node duckdb-compat.mjs <build.duckdb> <schema.table>...');
  process.exit(2);
}

try {
  const config = duckdb.create_config();
  duckdb.set_config(config, 'access_mode', 'READ_ONLY');
  const database = await duckdb.open(path, config);
  const connection = await duckdb.connect(database);
  const counts = {};
  for (const table of tables) {
    const result = await duckdb.query(connection, `select * from ${table}`);
    let rows = 0;
    for (;;) {
      const chunk = await duckdb.fetch_chunk(result);
      const size = chunk ? duckdb.data_chunk_get_size(chunk) : 0;
      if (size === 0) break;
      rows += size;
    }
    counts[table] = rows;
  }
  console.log(JSON.stringify({ version: duckdb.library_version(), tables: counts }));
} catch (error) {
  console.error(String(error?.message ?? error));
  process.exit(1);
}
