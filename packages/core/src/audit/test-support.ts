// Assertions shared by this folder's tests (not exported from the package).
import type { Result } from '../result.js';

/** The value of a result that must have succeeded; throws with the error code otherwise. */
export function value<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected ok, got ${result.error.code}`);
  return result.value;
}
