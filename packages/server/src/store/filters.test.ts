import assert from 'node:assert/strict';
import { test } from 'node:test';
import { filtered } from './filters.js';

test('filtered: only the filters with a value become conditions, numbered in order, before parameters added later', () => {
  const query = filtered([[(p) => `owner_id = ${p}`, 'acc-1'], [(p) => `state = ANY(${p}::text[])`, undefined], [(p) => `permit_type = ${p}`, 'tdg']]);
  assert.equal(query.where, 'WHERE owner_id = $1 AND permit_type = $2');
  assert.equal(query.add(100), '$3');
  assert.deepEqual(query.params, ['acc-1', 'tdg', 100]);
});

test('filtered: no filter with a value gives no WHERE clause; null is a value (IS NULL is the caller\'s condition)', () => {
  assert.equal(filtered([[(p) => `status = ${p}`, undefined]]).where, '');
  assert.deepEqual(filtered([[(p) => `revoked_at IS NOT DISTINCT FROM ${p}`, null]]).params, [null]);
});
