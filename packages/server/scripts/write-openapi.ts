// Writes the OpenAPI 3.1 document of the server to packages/server/openapi.json, from the routes' own schemas,
// for the widgets' client generator. Run: node --import tsx packages/server/scripts/write-openapi.ts
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveConfig } from '../src/config.js';
import { createServer } from '../src/server.js';

const dataDir = mkdtempSync(join(tmpdir(), 'satupintu-openapi-'));
const server = await createServer(resolveConfig({ port: 0, dataDir, logLevel: 'silent' }), { logger: false });
try {
  await server.app.ready();
  const target = join(dirname(fileURLToPath(import.meta.url)), '..', 'openapi.json');
  writeFileSync(target, `${JSON.stringify(server.app.swagger(), null, 2)}\n`);
  process.stdout.write(`Wrote ${target}\n`);
} finally {
  await server.close();
  rmSync(dataDir, { recursive: true, force: true });
}
