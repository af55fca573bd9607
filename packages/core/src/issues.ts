import type { Failure, SpError } from './result.js';

/** One problem with an input field: its code, the field path and a message in Bahasa Indonesia and English. */
export function issue(code: string, path: string, id: string, en: string): SpError {
  return { code, path, message: { id, en } };
}

/** The code, path and message of the error that stands for several problems at once. */
export type IssuesSummary = Omit<SpError, 'issues'>;

/**
 * A failure for one or more problems found in one input. One problem is the error itself; several are listed in
 * `issues` under `summary(issues)`, or under the first problem's code, path and message when no summary is given.
 * There must be at least one problem.
 *
 * @example
 * ```ts
 * failWithIssues(problems, (all) => ({ code: 'catalog.details-invalid', path: 'details',
 *   message: { id: `${all.length} detail permohonan tidak sah.`, en: `${all.length} details are invalid.` } }));
 * ```
 */
export function failWithIssues(issues: readonly SpError[], summary?: (issues: readonly SpError[]) => IssuesSummary): Failure {
  const [first] = issues;
  if (first === undefined) throw new RangeError('failWithIssues needs at least one problem');
  if (issues.length === 1) return { ok: false, error: first };
  const { issues: _nested, ...firstAlone } = first;
  return { ok: false, error: { ...(summary ? summary(issues) : firstAlone), issues } };
}
