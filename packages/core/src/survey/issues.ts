import type { Failure, SpError } from '../result.js';

/** How many problems one failed call lists at most, so garbage input cannot make a huge error. */
export const MAX_ISSUES = 50;

/** One problem with an input field. */
export function issue(code: string, path: string, id: string, en: string): SpError {
  return { code, path, message: { id, en } };
}

/**
 * A failure for one or more problems: the first problem is the error itself (its code and path), and when there
 * are several, `issues` lists them all (up to {@link MAX_ISSUES}).
 */
export function failWithIssues(problems: readonly SpError[]): Failure {
  const [first, ...rest] = problems;
  if (first === undefined) throw new RangeError('failWithIssues needs at least one problem');
  return { ok: false, error: rest.length === 0 ? first : { ...first, issues: problems.slice(0, MAX_ISSUES) } };
}
