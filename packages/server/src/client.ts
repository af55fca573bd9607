import createClient, { type Client } from 'openapi-fetch';
import type { paths } from './openapi-types.js';

/** Options of {@link createSatupintuClient}. */
export interface SatupintuClientOptions {
  /** The API's URL, e.g. `https://perizinan.kota.go.id/api`. */
  readonly baseUrl: string;
  /** A fetch to use instead of the global one (tests, service workers). */
  readonly fetch?: (request: Request) => Promise<Response>;
}

/** The typed API client: openapi-fetch's `GET`/`POST`/… over the generated paths, plus the session's CSRF token. */
export interface SatupintuClient extends Client<paths> {
  /** The CSRF token sent on writes; captured from `POST /auth/login` and `GET /me`, cleared on logout. */
  csrfToken(): string | undefined;
  /** Sets the CSRF token (e.g. restored after a reload). */
  setCsrfToken(token: string | undefined): void;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** Reads `csrfToken` from a JSON answer of the sign-in or /me routes. */
async function csrfFrom(response: Response): Promise<string | undefined> {
  try {
    const body: unknown = await response.clone().json();
    const token = typeof body === 'object' && body !== null ? (body as { csrfToken?: unknown }).csrfToken : undefined;
    return typeof token === 'string' ? token : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A small typed client for the Satupintu API, generated from its OpenAPI document (openapi-typescript) and driven
 * by openapi-fetch: requests carry credentials (the session cookie, across origins), and every state-changing
 * request sends the session's CSRF token in `X-CSRF-Token`.
 * @example
 * ```ts
 * const api = createSatupintuClient({ baseUrl: 'https://perizinan.kota.go.id/api' });
 * await api.POST('/auth/login', { body: { email, password } });
 * const { data } = await api.GET('/me');
 * ```
 */
export function createSatupintuClient(options: SatupintuClientOptions): SatupintuClient {
  let csrf: string | undefined;
  const client = createClient<paths>({
    baseUrl: options.baseUrl,
    credentials: 'include',
    ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
  });
  client.use({
    onRequest({ request }) {
      if (csrf !== undefined && !SAFE_METHODS.has(request.method)) request.headers.set('X-CSRF-Token', csrf);
      return request;
    },
    async onResponse({ request, response }) {
      const path = new URL(request.url).pathname;
      if (response.ok && (path.endsWith('/auth/login') || path.endsWith('/me'))) csrf = (await csrfFrom(response)) ?? csrf;
      if (path.endsWith('/auth/logout') && response.ok) csrf = undefined;
      return response;
    },
  });
  return Object.assign(client, {
    csrfToken: () => csrf,
    setCsrfToken: (token: string | undefined) => {
      csrf = token;
    },
  });
}
