import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { openPgClient } from './pg-client.js';
import { openPgliteClient } from './pglite-client.js';
import type { SqlClient } from './sql-client.js';
import { createTestDatabase } from './test-postgres.js';

/** A key-list lookup like the batched reads, whose best plan for each list would otherwise be made on every run. */
const LOOKUP = 'SELECT k.key FROM unnest($1::text[]) WITH ORDINALITY AS k(key, ord) WHERE k.key <> $2 ORDER BY k.ord';

async function plansOfLookup(client: SqlClient): Promise<[generic: number, custom: number][]> {
  return client.transaction(async (tx) => { // one connection: prepared statements belong to it
    for (const size of [1, 9, 2, 30, 5, 7, 1]) await tx.query(LOOKUP, [Array.from({ length: size }, (_, index) => `k${index}`), '']);
    const { rows } = await tx.query('SELECT generic_plans, custom_plans FROM pg_prepared_statements WHERE statement = $1', [LOOKUP]);
    return rows.map((row) => [Number(row.generic_plans), Number(row.custom_plans)]);
  });
}

describe('prepared statements are planned once per connection (PLAN_CACHE_MODE)', () => {
  let dataDir = '';
  let database: { url: string; drop: () => Promise<void> } | undefined;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'satupintu-plans-'));
    database = await createTestDatabase();
  });
  after(async () => {
    await rm(dataDir, { recursive: true, force: true });
    await database?.drop();
  });

  for (const [driver, open] of [
    ['embedded (PGlite)', () => openPgliteClient(dataDir)],
    ['PostgreSQL', () => openPgClient(database!.url)],
  ] as const) {
    it(`${driver}: seven runs of a lookup with lists of 1 to 30 keys use one generic plan, never a plan per run`, async () => {
      const client = await open();
      try {
        assert.deepEqual(await plansOfLookup(client), [[7, 0]]);
      } finally {
        await client.close();
      }
    });
  }
});
