// Run in a child process by data-dir.ts: creates a PGlite data folder (slow, memory-hungry
// initdb) and exits, so the serving process never pays for it. Usage: node init-data-dir.mjs DIR
import { PGlite } from '@electric-sql/pglite';

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: init-data-dir.mjs DIR\n');
  process.exit(2);
}
const db = await PGlite.create(dir);
await db.close();
