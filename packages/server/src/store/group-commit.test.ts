import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { GroupCommit, type TransactionRunner } from './group-commit.js';
import { openStore } from './open-store.js';
import type { Repositories, Store } from './types.js';

describe('group commit (on the embedded store)', () => {
  let dataDir = '';
  let store: Store;
  before(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'satupintu-group-'));
    store = await openStore({ dataDir });
  });
  after(async () => {
    await store.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** The store's transactions, counted. */
  function counted(): { runner: TransactionRunner<Repositories>; count: () => number } {
    let transactions = 0;
    return { runner: (fn) => { transactions++; return store.transaction(fn); }, count: () => transactions };
  }

  it('units arriving before a transaction holds its connection share it, and each resolves with its own result', async () => {
    const { runner, count } = counted();
    const group = new GroupCommit(runner);
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => group.run(async (tx) => (await tx.counters.next('grouped')) * 100 + i)));
    assert.deepEqual(results, Array.from({ length: 20 }, (_, i) => (i + 1) * 100 + i));
    assert.equal(count(), 1, 'all 20 were waiting when the transaction began');
  });

  it('keeps a group to its largest size', async () => {
    const { runner, count } = counted();
    const group = new GroupCommit(runner, 4);
    await Promise.all(Array.from({ length: 9 }, () => group.run((tx) => tx.counters.next('small-groups'))));
    assert.equal(count(), 3, '4 + 4 + 1');
  });

  it('a failing unit runs alone and fails alone; the units after it are not lost', async () => {
    const { runner, count } = counted();
    const group = new GroupCommit(runner);
    const outcomes = await Promise.allSettled(Array.from({ length: 6 }, (_, i) => group.run(async (tx) => {
      const n = await tx.counters.next('with-failure');
      if (i === 3) throw new Error('refused');
      return n;
    })));
    assert.deepEqual(outcomes.map((outcome) => outcome.status), ['fulfilled', 'fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    const numbers = outcomes.flatMap((outcome) => outcome.status === 'fulfilled' ? [outcome.value] : []).sort((a, b) => a - b);
    assert.deepEqual(numbers, [1, 2, 3, 4, 5], 'the failed unit\'s number rolled back: no gap');
    // 6 together, rolled back at unit 3; unit 3 alone; the 5 others together.
    assert.equal(count(), 3);
  });

  it('when the group\'s held-back writes fail, each unit runs alone, in order, and only the one at fault fails', async () => {
    const { runner, count } = counted();
    const faulty = new WeakSet<Repositories>();
    const group = new GroupCommit<Repositories>(runner, 64, async (tx) => {
      if (faulty.has(tx)) throw new Error('held-back write refused');
    });
    const outcomes = await Promise.allSettled(Array.from({ length: 5 }, (_, i) => group.run(async (tx) => {
      if (i === 2) faulty.add(tx);
      return tx.counters.next('with-failing-settle');
    })));
    assert.deepEqual(outcomes.map((outcome) => outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message),
      [1, 2, 'held-back write refused', 3, 4], 'the group rolled back; alone, unit 2\'s number rolled back too');
    assert.equal(count(), 6, 'the group, then 5 alone');
  });

  it('a failing commit is every unit\'s error, as for a transaction of its own', async () => {
    const group = new GroupCommit<Repositories>(async (fn) => {
      await store.transaction(fn);
      throw new Error('commit failed');
    });
    const outcomes = await Promise.allSettled([1, 2, 3].map(() => group.run(async () => 'done')));
    assert.deepEqual(outcomes.map((outcome) => outcome.status === 'rejected' && (outcome.reason as Error).message), ['commit failed', 'commit failed', 'commit failed']);
  });

  it('a transaction that cannot begin is the error of the units waiting for it, and the next units run', async () => {
    let begins = 0;
    const group = new GroupCommit<Repositories>((fn) => (++begins === 1 ? Promise.reject(new Error('no connection')) : store.transaction(fn)));
    const outcomes = await Promise.allSettled([1, 2].map(() => group.run(async () => 'done')));
    assert.deepEqual(outcomes.map((outcome) => outcome.status === 'rejected' && (outcome.reason as Error).message), ['no connection', 'no connection']);
    assert.equal(await group.run(async () => 'later'), 'later');
  });
});
