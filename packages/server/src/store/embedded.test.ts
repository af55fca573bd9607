import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe } from 'node:test';
import { openStore } from './open-store.js';
import { storeConformance } from './store.conformance.js';

describe('embedded store (PGlite in a fresh temp dir)', () => {
  let dataDir = '';
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'satupintu-store-'));
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });
  storeConformance({ open: () => openStore({ dataDir }), sharedInstances: false });
});
