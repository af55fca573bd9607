// Assertions shared by this folder's tests (not exported from the package).
import { assert } from 'chai';
import type { Result } from '../result.js';

/** The value of a result that must have succeeded; fails the test with the error's code, path and message. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) assert.fail(`${result.error.code} at ${result.error.path}: ${result.error.message.en}`);
  return result.value;
}

/** Asserts a refusal with `code` (and `path` when given) and a message in both languages. */
export function failure<T>(result: Result<T>, code: string, path?: string): void {
  assert.isFalse(result.ok, `expected ${code}`);
  if (!result.ok) {
    assert.equal(result.error.code, code);
    if (path !== undefined) assert.equal(result.error.path, path);
    assert.isNotEmpty(result.error.message.id);
    assert.isNotEmpty(result.error.message.en);
  }
}
