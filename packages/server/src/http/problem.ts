import type { LocalizedText, Result, SpError } from '@satupintu/core';

/**
 * An RFC 9457 problem details body, as every error of the API answers with (`application/problem+json`): the HTTP
 * `status`, a short `title`, the English `detail`, and core's stable `code`, field `path` and bilingual `message`.
 */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly code: string;
  readonly path?: string;
  readonly message: LocalizedText;
  readonly issues?: readonly SpError[];
}

/** The media type of a problem details body (RFC 9457 section 3). */
export const PROBLEM_MEDIA_TYPE = 'application/problem+json';

/** The base of every problem `type` URI: the code is appended, so each code has its own documented type. */
export const PROBLEM_TYPE_BASE = 'urn:satupintu:problem:';

const TITLES: Readonly<Record<number, string>> = {
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Method Not Allowed',
  406: 'Not Acceptable', 409: 'Conflict', 412: 'Precondition Failed', 413: 'Content Too Large', 415: 'Unsupported Media Type',
  422: 'Unprocessable Content', 428: 'Precondition Required', 429: 'Too Many Requests', 500: 'Internal Server Error',
  503: 'Service Unavailable',
};

/**
 * An error a route throws to answer with problem details: the HTTP status and core's {@link SpError}. The error
 * handler turns it into the body; nothing else about the failure (no stack) reaches the client.
 * @example throw new HttpProblem(404, { code: 'tracking.not-found', path: 'receiptNumber', message: { id: '…', en: '…' } });
 */
export class HttpProblem extends Error {
  /** Headers to add to the answer (`Allow`, `Retry-After`…). */
  readonly headers: Readonly<Record<string, string>>;

  constructor(readonly status: number, readonly error: SpError, headers: Readonly<Record<string, string>> = {}) {
    super(`${status} ${error.code}: ${error.message.en}`);
    this.name = 'HttpProblem';
    this.headers = headers;
  }
}

/** Builds the problem details body of `status` and `error`. */
export function problemDetails(status: number, error: SpError): ProblemDetails {
  return {
    type: `${PROBLEM_TYPE_BASE}${error.code}`,
    title: TITLES[status] ?? (status >= 500 ? 'Server Error' : 'Client Error'),
    status,
    detail: error.message.en,
    code: error.code,
    ...(error.path === undefined ? {} : { path: error.path }),
    message: error.message,
    ...(error.issues === undefined ? {} : { issues: error.issues }),
  };
}

/** A problem with a code and bilingual message (`id` first, then `en`) and an optional field path. */
export function problem(status: number, code: string, id: string, en: string, path?: string): HttpProblem {
  return new HttpProblem(status, { code, message: { id, en }, ...(path === undefined ? {} : { path }) });
}

/**
 * The value of core's result, or a problem with core's error when core refused the input (400 unless `status`
 * says otherwise): the server re-decides nothing, it passes core's code, path and message on.
 */
export function coreValue<T>(result: Result<T>, status = 400): T {
  if (result.ok) return result.value;
  throw new HttpProblem(status, result.error);
}
