import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { startTestServer, type TestServer } from '../http/test-support.js';
import { imbAwaitingPayment, imbAwaitingSurvey, imbFiled, storeAll, testClock, wib } from './test-fixtures.js';

/** The JSON lines the log channel wrote. */
function logLines(server: TestServer): { channel: string; to: string; message: { id: string; en: string }; subjectId?: string }[] {
  try {
    return readFileSync(join(server.server.config.dataDir, 'notifications.log'), 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l));
  } catch {
    return [];
  }
}

describe('the scheduler in the server (embedded store, injected clock)', () => {
  const clock = testClock(wib('2026-03-05', '10:00'));
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ scheduler: { intervalSeconds: 3600 } }, { now: clock.now });
  });
  after(async () => server?.close());

  const lifecycle = () => server.server.config.municipality.context;
  const round = async (instant: string) => {
    clock.set(instant);
    await server.server.background?.runNow();
  };

  it('is started by createServer and stopped with it; off when the interval is 0', async () => {
    assert.isDefined(server.server.background);
    const off = await startTestServer({ scheduler: { intervalSeconds: 0 } });
    assert.isUndefined(off.server.background);
    await off.close();
  });

  it('APP-08 CAL-04 survey reminders every 2 calendar days, 3 times, then suspension; each sent once', async () => {
    await storeAll(server.server.store, [imbAwaitingSurvey('IMB-S-1', 101, '2026-04-09', lifecycle())]);
    const reminders = (): number => logLines(server).filter((l) => l.subjectId === 'IMB-S-1' && l.message.en.startsWith('Reminder')).length;
    await round(wib('2026-04-10', '08:00'));
    assert.equal(reminders(), 0, 'nothing on the first day');
    for (const [day, expected] of [['2026-04-11', 2], ['2026-04-12', 2], ['2026-04-13', 4], ['2026-04-14', 4], ['2026-04-15', 6]] as const) {
      await round(wib(day, '08:00'));
      await round(wib(day, '17:00'));
      assert.equal(reminders(), expected, `after ${day}: one SMS and one e-mail per reminder, never repeated`);
    }
    let stored = await server.server.store.applications.get('IMB-S-1');
    assert.equal(stored?.application.state, 'awaiting-survey');
    assert.lengthOf(stored?.application.survey.remindersSent ?? [], 3);
    await round(wib('2026-04-15', '23:59'));
    assert.equal((await server.server.store.applications.get('IMB-S-1'))?.application.state, 'awaiting-survey');
    await round(wib('2026-04-16', '00:05'));
    await round(wib('2026-04-17', '09:00'));
    stored = await server.server.store.applications.get('IMB-S-1');
    assert.equal(stored?.application.state, 'suspended-survey');
    const lines = logLines(server).filter((l) => l.subjectId === 'IMB-S-1');
    assert.deepEqual(lines.map((l) => `${l.channel} ${l.message.en.slice(0, 10)}`), [
      'sms Reminder 1', 'email Reminder 1', 'sms Reminder 2', 'email Reminder 2', 'sms Reminder 3', 'email Reminder 3',
      'sms Processing', 'email Processing',
    ]);
    assert.deepEqual(lines.map((l) => l.to), ['+6281234567890', 'siti@example.id', '+6281234567890', 'siti@example.id', '+6281234567890', 'siti@example.id', '+6281234567890', 'siti@example.id']);
    const audit = await server.server.store.audit.entriesFor('application', 'IMB-S-1');
    assert.deepEqual(audit.map((e) => e.action), [...Array(3).fill('application.send-survey-reminder'), 'application.suspend-for-survey']);
    assert.isTrue(audit.every((e) => e.actor.role === 'system'));
  });

  it('APP-06 an SKRD unpaid after its 10 working days lapses, the day after the due date and not before', async () => {
    await storeAll(server.server.store, [imbAwaitingPayment('IMB-P-1', 102, lifecycle())]);
    const due = (await server.server.store.applications.get('IMB-P-1'))?.application.skrd?.dueDate;
    assert.equal(due, '2026-03-26');
    await round(wib('2026-03-20'));
    await round(wib('2026-03-26', '23:59'));
    assert.equal((await server.server.store.applications.get('IMB-P-1'))?.application.state, 'awaiting-payment');
    await round(wib('2026-03-27', '00:01'));
    await round(wib('2026-03-27', '12:00'));
    assert.equal((await server.server.store.applications.get('IMB-P-1'))?.application.state, 'payment-lapsed');
    const lapse = logLines(server).filter((l) => l.subjectId === 'IMB-P-1');
    assert.deepEqual(lapse.map((l) => l.channel), ['sms', 'email']);
    assert.include(lapse[0]?.message.en, 'lapsed');
    assert.deepEqual((await server.server.store.audit.entriesFor('application', 'IMB-P-1')).map((e) => e.action), ['application.lapse-payment']);
  });

  it('each round also upkeeps the embedded store: a table grown since is vacuumed and analysed', async () => {
    const { store } = server.server;
    const upkeep = store.upkeep.bind(store);
    const upkept: string[] = [];
    store.upkeep = async () => {
      const done = await upkeep();
      upkept.push(...done.tables.map((table) => table.table));
      return done;
    };
    await storeAll(store, Array.from({ length: 200 }, (_, i) => imbFiled(`IMB-U-${i}`, 500 + i, lifecycle())));
    await round(wib('2026-04-20', '08:00'));
    assert.include(upkept, 'applications');
    assert.deepEqual((await upkeep()).tables, [], 'done by the round');
  });
});
