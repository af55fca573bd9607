/**
 * Where the elements find the API and the credentials, from the most specific to the page-wide:
 *
 * 1. the element's `api` attribute (`<sp-ikm-survey api="https://izin.kota.go.id/api">`);
 * 2. {@link configure} called by the page's own script;
 * 3. `<meta name="sp-api" content="https://izin.kota.go.id/api">` (and `<meta name="sp-csrf-token" content="…">`) —
 *    meta tags need no inline script, so they work under a strict Content-Security-Policy;
 * 4. the page's own origin (`''`).
 */
export interface SpConfig {
  /** Base URL of the API, without a trailing slash. */
  readonly api?: string;
  /** The `csrfToken` from `POST /auth/login`, sent as `X-CSRF-Token` on state-changing requests. */
  readonly csrfToken?: string;
  /** An integrator's bearer token (`POST /auth/tokens`), sent as `Authorization: Bearer …`. */
  readonly token?: string;
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  readonly fetch?: typeof fetch;
}

let pageConfig: SpConfig = {};

/** Sets the page-wide configuration of every element (merged with what was set before). */
export function configure(config: SpConfig): void {
  pageConfig = { ...pageConfig, ...config };
}

/** The page-wide configuration: {@link configure}'s, then the meta tags. */
export function pageSettings(): SpConfig {
  const meta = (name: string): string | undefined =>
    document.querySelector<HTMLMetaElement>(`meta[name="${name}"]`)?.content || undefined;
  const api = pageConfig.api ?? meta('sp-api');
  const csrfToken = pageConfig.csrfToken ?? meta('sp-csrf-token');
  return {
    ...pageConfig,
    ...(api === undefined ? {} : { api }),
    ...(csrfToken === undefined ? {} : { csrfToken }),
  };
}

/** Removes the page-wide configuration (tests). */
export function resetConfiguration(): void {
  pageConfig = {};
}

/** The API base for `element`: its `api` attribute, else the page's setting, else the page's origin. */
export function apiBaseFor(element: Element): string {
  const property = (element as Element & { api?: unknown }).api;
  const own = typeof property === 'string' && property !== '' ? property : element.getAttribute('api');
  const base = own !== null && own !== '' ? own : (pageSettings().api ?? '');
  return base.replace(/\/+$/, '');
}
