/** A text shown to people, in Bahasa Indonesia (`id`, the default) and English (`en`). */
export interface LocalizedText {
  readonly id: string;
  readonly en: string;
}

/**
 * Why an input was refused: a stable `code` for programs, the `path` of the offending field (dot notation,
 * e.g. `applicant.nik` or `lines.2.amount`) and a `message` for people. `issues` lists every problem when one
 * call found several (a catalog with many faults, a form with many fields).
 */
export interface SpError {
  readonly code: string;
  readonly path?: string;
  readonly message: LocalizedText;
  readonly issues?: readonly SpError[];
}

/** The outcome of every operation that can refuse its input. */
export type Result<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: SpError };

/** A failed {@link Result}. */
export type Failure = Extract<Result<never>, { ok: false }>;

/** Wraps a value as a successful {@link Result}. */
export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

/** A failed {@link Result} with one error. */
export function fail(code: string, message: LocalizedText, path?: string): Failure {
  return { ok: false, error: path === undefined ? { code, message } : { code, path, message } };
}

/** Puts a failure's field path under a parent field: `atPath(r, 'applicant')` turns `nik` into `applicant.nik`. */
export function atPath<T>(result: Result<T>, parent: string): Result<T> {
  if (result.ok) return result;
  const path = result.error.path ? `${parent}.${result.error.path}` : parent;
  return { ok: false, error: { ...result.error, path } };
}

/**
 * The error thrown by the few APIs that return a plain value (such as `WorkCalendar.addWorkingDays`) when their
 * input is invalid. It carries the same `code`, `path` and bilingual message as a failed {@link Result}.
 */
export class SatupintuError extends Error {
  readonly code: string;
  readonly path: string | undefined;
  readonly localized: LocalizedText;
  readonly issues: readonly SpError[] | undefined;

  constructor(error: SpError) {
    super(`${error.code}${error.path ? ` at ${error.path}` : ''}: ${error.message.en}`);
    this.name = 'SatupintuError';
    this.code = error.code;
    this.path = error.path;
    this.localized = error.message;
    this.issues = error.issues;
  }

  /** The error as plain data, as it appears in a failed {@link Result}. */
  toJSON(): SpError {
    return {
      code: this.code,
      message: this.localized,
      ...(this.path === undefined ? {} : { path: this.path }),
      ...(this.issues === undefined ? {} : { issues: this.issues }),
    };
  }
}

/** The value of a successful result; throws {@link SatupintuError} for a failed one. */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new SatupintuError(result.error);
}
