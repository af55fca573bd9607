import { apiBaseFor, pageSettings, type SpConfig } from './config.js';
import { ApiError, errorFromResponse, networkError } from './errors.js';

/** Options of one request. */
export interface RequestOptions {
  readonly signal?: AbortSignal;
  /** Sent as `Idempotency-Key` (for `POST /applications/{id}/submit` and the outbox). */
  readonly idempotencyKey?: string;
  /** Sent as `If-Match` (optimistic concurrency on `PATCH` and events). */
  readonly ifMatch?: string | number;
  /** Extra headers. */
  readonly headers?: Readonly<Record<string, string>>;
}

/** The HTTP methods that change state and so carry the CSRF token. */
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * The one way elements talk to the server. Every request is `fetch` with `credentials: 'include'` (the session cookie
 * also works cross-origin from an allowed portal), JSON in and out, `X-CSRF-Token` on state-changing requests when a
 * token is configured, `Authorization: Bearer` when an integrator token is. Error answers become an
 * {@link ApiError} carrying a core `SpError`; no answer at all becomes an `ApiError` with status 0.
 *
 * @example
 * ```ts
 * const client = new ApiClient({ api: 'https://izin.kota.go.id/api' });
 * const report = await client.get<IkmReport>('/ikm/report', { unit, from, to });
 * ```
 */
export class ApiClient {
  readonly base: string;
  private readonly config: SpConfig;

  constructor(config: SpConfig = {}) {
    this.config = config;
    this.base = (config.api ?? '').replace(/\/+$/, '');
  }

  /** A client for `element`: its `api` attribute or the page's configuration (see `config.ts`). */
  static for(element: Element): ApiClient {
    return new ApiClient({ ...pageSettings(), api: apiBaseFor(element) });
  }

  /** The URL of `path` with the query parameters that are not `undefined`. */
  url(path: string, query: Readonly<Record<string, string | number | undefined>> = {}): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) if (value !== undefined) params.set(key, String(value));
    const search = params.toString();
    return `${this.base}${path}${search ? `?${search}` : ''}`;
  }

  get<T>(path: string, query: Readonly<Record<string, string | number | undefined>> = {}, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('GET', this.url(path, query), undefined, options);
  }

  post<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('POST', this.url(path), body, options);
  }

  put<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PUT', this.url(path), body, options);
  }

  patch<T>(path: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    return this.request<T>('PATCH', this.url(path), body, options);
  }

  /** Sends one request to an absolute or base-relative `url`; resolves with the parsed JSON body (or `undefined`). */
  async request<T>(method: string, url: string, body: unknown, options: RequestOptions = {}): Promise<T> {
    const response = await this.fetchRaw(method, url, body, options);
    if (!response.ok) throw await errorFromResponse(response);
    if (response.status === 204) return undefined as T;
    const text = await response.text();
    return (text === '' ? undefined : JSON.parse(text)) as T;
  }

  /** Like {@link request} but hands back the `Response` whatever its status; throws only when nothing answered. */
  async fetchRaw(method: string, url: string, body: unknown, options: RequestOptions = {}): Promise<Response> {
    const headers = new Headers({ Accept: 'application/json, application/problem+json', ...options.headers });
    if (body !== undefined) headers.set('Content-Type', 'application/json');
    if (STATE_CHANGING.has(method) && this.config.csrfToken) headers.set('X-CSRF-Token', this.config.csrfToken);
    if (this.config.token) headers.set('Authorization', `Bearer ${this.config.token}`);
    if (options.idempotencyKey) headers.set('Idempotency-Key', options.idempotencyKey);
    if (options.ifMatch !== undefined) headers.set('If-Match', String(options.ifMatch));
    const doFetch = this.config.fetch ?? fetch;
    try {
      return await doFetch(url, {
        method,
        headers,
        credentials: 'include',
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (options.signal?.aborted) throw error;
      throw networkError();
    }
  }
}

export { ApiError };
