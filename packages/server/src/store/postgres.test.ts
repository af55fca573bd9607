import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { MIGRATIONS } from './migrations.js';
import { openStore } from './open-store.js';
import { storeConformance } from './store.conformance.js';
import { createTestDatabase } from './test-postgres.js';

describe('PostgreSQL store (a fresh database on 127.0.0.1:5432)', () => {
  let database: { url: string; drop: () => Promise<void> } | undefined;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    await database?.drop();
  });

  it('two instances starting together on an empty database apply each migration once', async () => {
    const stores = await Promise.all([openStore({ databaseUrl: database!.url }), openStore({ databaseUrl: database!.url })]);
    try {
      const versions = MIGRATIONS.map((migration) => migration.version);
      for (const store of stores) assert.deepEqual(await store.migrations(), versions);
      assert.equal(stores[0]!.kind, 'postgres');
      assert.notEqual(stores[0]!.instanceId, stores[1]!.instanceId);
    } finally {
      await Promise.all(stores.map((store) => store.close()));
    }
  });

  describe('conformance', () => {
    storeConformance({ open: () => openStore({ databaseUrl: database!.url }), sharedInstances: true });
  });
});
