import { describe, it } from 'node:test';
import { assert } from 'chai';
import { failWithIssues, issue } from './issues.js';

describe('failures that list several problems', () => {
  const a = issue('x.a', 'f.a', 'A tidak sah.', 'A is invalid.');
  const b = issue('x.b', 'f.b', 'B tidak sah.', 'B is invalid.');

  it('one problem is the error itself', () => {
    assert.deepEqual(failWithIssues([a]), { ok: false, error: a });
    assert.deepEqual(failWithIssues([a], () => ({ code: 'x.many', message: { id: '-', en: '-' } })), { ok: false, error: a });
  });

  it('several problems are listed under the summary, or under the first problem without one', () => {
    const summary = { code: 'x.many', path: 'f', message: { id: '2 masalah.', en: '2 problems.' } };
    assert.deepEqual(failWithIssues([a, b], () => summary), { ok: false, error: { ...summary, issues: [a, b] } });
    assert.deepEqual(failWithIssues([a, b]), { ok: false, error: { ...a, issues: [a, b] } });
  });

  it('an empty list is a programming error', () => {
    assert.throws(() => failWithIssues([]), RangeError);
  });
});
