import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { findDelegation } from '@satupintu/core';
import { addStaff } from './commands/add-staff.js';
import { ConfigError } from './config-error.js';
import { loadConfig } from './config.js';
import { createServer } from './server.js';
import { withSigningMandates } from './signing-mandates.js';
import { openStore } from './store/index.js';
import type { Store } from './store/types.js';

const MANDATES = JSON.stringify([
  { official: 'Penandatangan@Kota.example', permitTypes: ['tdg', 'siup'], from: '2026-01-01', until: '2026-12-31', mandate: '800/12/2026' },
]);

describe('signing mandates from the configuration (APP-07)', () => {
  let dir: string;
  let store: Store;
  let officialId: string;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'satupintu-mandates-'));
    store = await openStore({ dataDir: join(dir, 'store') });
    const official = await addStaff(store, {
      email: 'penandatangan@kota.example', name: 'Pejabat Penandatangan', roles: ['signing-official'], password: 'k7Qw-Zp2x-Lm9v-Rt4n',
    }, '2026-01-05T01:00:00.000Z');
    officialId = official.id;
  });
  after(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('APP-07 a mandate named by e-mail becomes core\'s delegation of that account, for its types and days only', async () => {
    const config = await withSigningMandates(loadConfig({ SATUPINTU_DATA_DIR: dir, SATUPINTU_SIGNING_MANDATES: MANDATES }), store);
    const table = config.municipality.context.delegations;
    assert.lengthOf(table, 1);
    const found = findDelegation(table, officialId, 'tdg', '2026-06-01');
    assert.isTrue(found.ok);
    if (found.ok) assert.deepEqual(found.value.source, { regulation: 'T11', article: 'Pasal 10' });
    assert.isFalse(findDelegation(table, officialId, 'imb', '2026-06-01').ok, 'a type outside the mandate');
    assert.isFalse(findDelegation(table, officialId, 'tdg', '2027-01-01').ok, 'a day after it ends');
  });

  it('APP-07 the server refuses to start on a mandate that names no staff account', async () => {
    const config = loadConfig({ SATUPINTU_DATA_DIR: dir, SATUPINTU_SIGNING_MANDATES: JSON.stringify([{ official: 'siapa@kota.example', permitTypes: 'all', from: '2026-01-01', mandate: '1' }]) });
    const refused = await createServer(config, { store }).then(() => undefined, (error: unknown) => error);
    assert.instanceOf(refused, ConfigError);
    assert.include((refused as ConfigError).message, 'siapa@kota.example');
  });

  it('badly shaped mandates are refused with the setting to fix', () => {
    const bad = [
      '{}', '[{"permitTypes":"all","from":"2026-01-01","mandate":"1"}]',
      '[{"official":"a@b.example","permitTypes":["no-such-type"],"from":"2026-01-01","mandate":"1"}]',
      '[{"official":"a@b.example","permitTypes":"all","from":"2026-02-30","mandate":"1"}]',
      '[{"official":"a@b.example","permitTypes":"all","from":"2026-03-01","until":"2026-02-01","mandate":"1"}]',
      '[{"official":"a@b.example","permitTypes":"all","from":"2026-03-01","mandate":" "}]',
    ];
    for (const value of bad) {
      assert.throws(() => loadConfig({ SATUPINTU_SIGNING_MANDATES: value }), ConfigError, /SATUPINTU_SIGNING_MANDATES/, value);
    }
  });
});
