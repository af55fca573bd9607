import { describe, it } from 'node:test';
import { assert } from 'chai';
import fc from 'fast-check';
import { sortByKeys } from './sort-by-keys.js';

function reference(count: number, columns: Float64Array[], tieBreak: (a: number, b: number) => number): number[] {
  return Array.from({ length: count }, (_, i) => i).sort((a, b) => {
    for (const column of columns) {
      const x = column[a] as number;
      const y = column[b] as number;
      if (x !== y) return x < y ? -1 : 1;
    }
    return tieBreak(a, b);
  });
}

const value = fc.oneof(
  fc.integer({ min: -3, max: 3 }),
  fc.constant(Infinity),
  fc.integer({ min: -1e12, max: 1e12 }),
  fc.double({ min: -1e6, max: 1e6, noNaN: true, noDefaultInfinity: true }),
);

describe('priority sort', () => {
  it('SUP-05 orders by the key columns in turn, then by the tie-break, like a plain comparator sort', () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 300 }), fc.infiniteStream(value), (width, count, values) => {
      const columns = Array.from({ length: width }, () => Float64Array.from({ length: count }, () => values.next().value as number));
      const tieBreak = (a: number, b: number) => (a % 7) - (b % 7) || a - b;
      assert.deepEqual(Array.from(sortByKeys(count, columns, tieBreak)), reference(count, columns, tieBreak));
    }), { numRuns: 300 });
  });

  it('SUP-05 still sorts correctly when the keys do not fit in 53 bits (comparator fallback)', () => {
    const count = 3000;
    const columns = Array.from({ length: 4 }, (_, c) => Float64Array.from({ length: count }, (_, i) => Math.sin(i * (c + 1)) * 1e6));
    const tieBreak = (a: number, b: number) => a - b;
    assert.deepEqual(Array.from(sortByKeys(count, columns, tieBreak)), reference(count, columns, tieBreak));
  });
});
