import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { resolveConfig } from '../config.js';
import { TEST_CONFIG } from '../http/test-support.js';
import { openStore } from '../store/open-store.js';
import { createTestDatabase } from '../store/test-postgres.js';
import type { Store } from '../store/types.js';
import { actionKey, DUE_ACTION_JOB } from './due-work.js';
import { createScheduler } from './scheduler.js';
import { imbAwaitingSurvey, storeAll, testClock, wib } from './test-fixtures.js';

const lifecycle = resolveConfig({ ...TEST_CONFIG, dataDir: '/nonexistent' }).municipality.context;

/** Survey reminders per application in the outbox (SMS and e-mail count apart). */
async function reminderCounts(store: Store): Promise<Map<string, number>> {
  const counts = new Map<string, number>();
  for (const message of await store.outbox.list({ limit: 1000 })) {
    if (!message.message.en.startsWith('Reminder')) continue;
    const key = `${message.subjectId} ${message.channel} ${message.message.en.slice(0, 10)}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('the scheduler on PostgreSQL: several instances, restarts', () => {
  let database: { readonly url: string; readonly drop: () => Promise<void> };
  const stores: Store[] = [];
  const open = async (instanceId: string) => {
    const store = await openStore({ databaseUrl: database.url, instanceId, maxConnections: 4 });
    stores.push(store);
    return store;
  };
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    for (const store of stores) await store.close();
    await database?.drop();
  });

  it('APP-08 two instances on one database never send the same reminder twice', async () => {
    const [a, b] = [await open('instance-a'), await open('instance-b')];
    const ids = Array.from({ length: 6 }, (_, i) => `IMB-TWO-${i}`);
    await storeAll(a, ids.map((id, i) => imbAwaitingSurvey(id, 200 + i, '2026-04-09', lifecycle)));
    const clock = testClock(wib('2026-04-10'));
    const schedulers = [a, b].map((store) => createScheduler({ store, lifecycle, now: clock.now, batchSize: 2 }));
    let applied = 0;
    for (const day of ['2026-04-11', '2026-04-12', '2026-04-13', '2026-04-15', '2026-04-16']) {
      for (const time of ['08:00', '08:00', '13:00']) {
        clock.set(wib(day, time));
        const reports = await Promise.all([...schedulers, ...schedulers].map((s) => s.tick()));
        applied += reports.reduce((sum, r) => sum + r.applied, 0);
      }
    }
    assert.equal(applied, ids.length * 4, '3 reminders and 1 suspension per application, each applied once');
    const counts = await reminderCounts(a);
    assert.equal(counts.size, ids.length * 3 * 2);
    assert.isTrue([...counts.values()].every((n) => n === 1), 'every reminder message exactly once');
    for (const id of ids) {
      const stored = await b.applications.get(id);
      assert.equal(stored?.application.state, 'suspended-survey');
      assert.lengthOf(stored?.application.survey.remindersSent ?? [], 3);
      assert.lengthOf(await a.audit.entriesFor('application', id), 4);
    }
  });

  it('APP-08 a restart in the middle, or an instance dying with a claimed job, repeats nothing', async () => {
    const first = await open('before-restart');
    await storeAll(first, [imbAwaitingSurvey('IMB-RESTART', 300, '2026-04-09', lifecycle)]);
    const clock = testClock(wib('2026-04-11'));
    assert.equal((await createScheduler({ store: first, lifecycle, now: clock.now }).tick()).applied, 1);
    await first.close();

    const second = await open('after-restart');
    const scheduler = createScheduler({ store: second, lifecycle, now: clock.now });
    clock.set(wib('2026-04-12'));
    assert.equal((await scheduler.tick()).applied, 0, 'reminder 1 is not sent again after the restart');
    clock.set(wib('2026-04-13'));
    // An instance claims reminder 2 and dies before doing it: its lease (1 minute) blocks the others, then lapses.
    const dying = await open('dies-holding-a-claim');
    const key = actionKey('IMB-RESTART', { kind: 'send-survey-reminder', reminder: 2 });
    await dying.jobs.enqueue({ kind: DUE_ACTION_JOB, key: `${key}@2026-04-13`, payload: { applicationId: 'IMB-RESTART', kind: 'send-survey-reminder', reminder: 2 }, runAt: clock.now() });
    assert.lengthOf(await dying.jobs.claimDue(clock.now(), 10, 'dies-holding-a-claim', 60_000), 1);
    assert.equal((await scheduler.tick()).applied, 0, 'the claimed job is left alone while its lease holds');
    clock.set(wib('2026-04-13', '09:02'));
    assert.equal((await scheduler.tick()).applied, 1, 'taken over after the lease lapsed');
    assert.equal((await scheduler.tick()).applied, 0);
    assert.isFalse(await second.jobs.markActionDone(key, clock.now()), 'the action is recorded done');
    const counts = await reminderCounts(second);
    assert.deepEqual([...counts.entries()].filter(([k]) => k.startsWith('IMB-RESTART')).map(([, n]) => n), [1, 1, 1, 1]);
  });
});
