import { describe, it } from 'node:test';
import { assert } from 'chai';
import { TrackingCache } from './tracking-cache.js';

describe('TrackingCache', () => {
  const R = 'MJK-20260302-000017-K';

  it('answers a cached view until it expires, and a new day makes a new view', async () => {
    let clock = 0;
    let loads = 0;
    const cache = new TrackingCache<string>(1000, 10, () => clock);
    const load = async () => `view ${++loads}`;
    assert.equal(await cache.get(R, '2026-03-02', load), 'view 1');
    assert.equal(await cache.get(R, '2026-03-02', load), 'view 1');
    assert.equal(await cache.get(R, '2026-03-03', load), 'view 2');
    clock = 1001;
    assert.equal(await cache.get(R, '2026-03-03', load), 'view 3');
  });

  it('peek answers a fresh view of that day only, and never loads one', async () => {
    let clock = 0;
    const cache = new TrackingCache<string>(1000, 10, () => clock);
    assert.isUndefined(cache.peek(R, '2026-03-02'));
    await cache.get(R, '2026-03-02', async () => 'view');
    assert.equal(cache.peek(R, '2026-03-02'), 'view');
    assert.isUndefined(cache.peek(R, '2026-03-03'), 'another day');
    cache.invalidate([R]);
    assert.isUndefined(cache.peek(R, '2026-03-02'), 'invalidated');
    await cache.get(R, '2026-03-02', async () => 'view 2');
    clock = 1000;
    assert.isUndefined(cache.peek(R, '2026-03-02'), 'expired');
  });

  it('never keeps a miss', async () => {
    let loads = 0;
    const cache = new TrackingCache<string>(1000);
    const load = async () => { loads++; return undefined; };
    await cache.get(R, '2026-03-02', load);
    await cache.get(R, '2026-03-02', load);
    assert.equal(loads, 2);
  });

  it('a lookup that read before an invalidation does not put its older view back', async () => {
    const cache = new TrackingCache<string>(60_000);
    let release: () => void = () => undefined;
    const slow = cache.get(R, '2026-03-02', () => new Promise((resolve) => { release = () => resolve('old'); }));
    cache.invalidate([R]);
    release();
    assert.equal(await slow, 'old');
    assert.equal(await cache.get(R, '2026-03-02', async () => 'new'), 'new');
  });

  it('drops the least recently used receipt numbers beyond its size', async () => {
    const cache = new TrackingCache<string>(60_000, 2);
    for (const receipt of ['A', 'B']) await cache.get(receipt, 'd', async () => `${receipt}1`);
    await cache.get('A', 'd', async () => 'A2'); // A is now the most recently used
    await cache.get('C', 'd', async () => 'C1');
    assert.equal(await cache.get('A', 'd', async () => 'A3'), 'A1');
    assert.equal(await cache.get('B', 'd', async () => 'B2'), 'B2');
  });
});
