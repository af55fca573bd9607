import type { SpError } from '@satupintu/core';

/**
 * A refused or failed request, carrying a core `SpError` (stable `code`, field `path`, bilingual `message`,
 * `issues`) so an element shows it like any other error. `status` is the HTTP status, 0 when the network failed.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly error: SpError;

  constructor(status: number, error: SpError) {
    super(`${error.code}${error.path ? ` at ${error.path}` : ''}: ${error.message.en}`);
    this.name = 'ApiError';
    this.status = status;
    this.error = error;
  }

  /** True when nothing answered (offline, DNS, connection reset): the request may be retried as is. */
  get isNetworkError(): boolean {
    return this.status === 0;
  }
}

/** The error of a request that got no answer. */
export function networkError(): ApiError {
  return new ApiError(0, {
    code: 'network.unreachable',
    message: {
      id: 'Tidak dapat terhubung ke server. Periksa koneksi internet Anda lalu coba lagi.',
      en: 'Cannot reach the server. Check your internet connection and try again.',
    },
  });
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}

function toSpError(value: unknown, fallback: SpError): SpError {
  if (typeof value !== 'object' || value === null) return fallback;
  const body = value as Record<string, unknown>;
  const message = body.message as Record<string, unknown> | undefined;
  const localized = message && isText(message.id) && isText(message.en)
    ? { id: message.id, en: message.en }
    : isText(body.detail) || isText(body.title)
      ? { id: String(body.detail ?? body.title), en: String(body.detail ?? body.title) }
      : fallback.message;
  const issues = Array.isArray(body.issues)
    ? body.issues.slice(0, 50).map((issue) => toSpError(issue, fallback))
    : undefined;
  return {
    code: isText(body.code) ? body.code : fallback.code,
    message: localized,
    ...(isText(body.path) ? { path: body.path } : {}),
    ...(issues ? { issues } : {}),
  };
}

/**
 * Turns an error response into an {@link ApiError}: an RFC 9457 problem-details body (`application/problem+json`,
 * `{ type, title, status, detail, code, path?, message: { id, en }, issues? }`) becomes its core `SpError`; anything
 * else gets a generic `http.<status>` error. Never throws.
 */
export async function errorFromResponse(response: Response): Promise<ApiError> {
  const fallback: SpError = {
    code: `http.${response.status}`,
    message: {
      id: `Server menolak permintaan (status ${response.status}). Silakan coba lagi nanti.`,
      en: `The server refused the request (status ${response.status}). Please try again later.`,
    },
  };
  let body: unknown;
  try {
    body = /json/i.test(response.headers.get('content-type') ?? '') ? await response.json() : undefined;
  } catch {
    body = undefined;
  }
  return new ApiError(response.status, toSpError(body, fallback));
}
