import { describe, it } from 'node:test';
import { assert } from 'chai';
import { deepFreeze } from './deep-freeze.js';

describe('deep freezing of shared tables', () => {
  it('freezes every object and array reachable from the value', () => {
    const table = deepFreeze({ rows: [{ rate: 2, source: { article: 'Pasal 1' } }], name: 'x' });
    assert.isTrue(Object.isFrozen(table));
    assert.isTrue(Object.isFrozen(table.rows));
    assert.isTrue(Object.isFrozen(table.rows[0]));
    assert.isTrue(Object.isFrozen(table.rows[0]?.source));
  });

  it('also freezes the children of an object that was only frozen shallowly', () => {
    const inner = { rate: 1 };
    const outer = Object.freeze({ inner });
    deepFreeze(outer);
    assert.isTrue(Object.isFrozen(inner));
  });

  it('ends on a cyclic value and returns primitives as they are', () => {
    const node: { self?: unknown } = {};
    node.self = node;
    assert.strictEqual(deepFreeze(node), node);
    assert.isTrue(Object.isFrozen(node));
    assert.equal(deepFreeze(5), 5);
    assert.isNull(deepFreeze(null));
  });
});
