// msw in the browser for the elements' tests: one service worker (served at /mockServiceWorker.js by the
// web-test-runner config) answers the API calls under /api; every other request (the test modules) passes through.
import { setupWorker } from 'msw/browser';
import { http, HttpResponse, type RequestHandler } from 'msw';
import {
  calculateFee, defaultCatalog, requirementsFor, type ApplicantProfile, type Catalog, type FeeInputs, type FeeSettingsInput,
  type PermitFeeType,
} from '@satupintu/core';

export const worker = setupWorker();

let started: Promise<unknown> | undefined;

/** Starts the worker once per test page and installs `handlers` for the next test (reset by {@link resetServer}). */
export async function useServer(...handlers: RequestHandler[]): Promise<void> {
  started ??= worker.start({
    quiet: true,
    serviceWorker: { url: '/mockServiceWorker.js' },
    onUnhandledRequest(request, print) {
      if (new URL(request.url).pathname.startsWith('/api/')) print.error();
    },
  });
  await started;
  worker.resetHandlers(...handlers);
}

/** The API base the tests give the elements. */
export const API = '/api';

/** A problem-details response body as the server sends it (RFC 9457 with core's SpError fields). */
export function problem(status: number, code: string, id: string, en: string, path?: string): Response {
  return new Response(JSON.stringify({ type: 'about:blank', title: en, status, detail: en, code, path, message: { id, en } }), {
    status, headers: { 'Content-Type': 'application/problem+json' },
  });
}

/**
 * The service's answer to `POST /fees/quote` with `body`: core's `calculateFee` with `settings` (the municipality's;
 * core's defaults when absent) — 200 with the assessment, else core's coded refusal (code, path) as a 400 problem.
 */
export function feeQuoteResponse(body: unknown, settings?: FeeSettingsInput): Response {
  const { permitType, input } = body as { permitType: PermitFeeType; input: FeeInputs[PermitFeeType] };
  const quoted = calculateFee(permitType, input, settings);
  return quoted.ok
    ? HttpResponse.json(quoted.value)
    : problem(400, quoted.error.code, quoted.error.message.id, quoted.error.message.en, quoted.error.path);
}

/** `POST /fees/quote` answered by {@link feeQuoteResponse}; `seen` receives each request body. */
export function feeQuoteHandler(options: { settings?: FeeSettingsInput; seen?: unknown[] } = {}): RequestHandler {
  return http.post(`${API}/fees/quote`, async ({ request }) => {
    const body = await request.json();
    options.seen?.push(body);
    return feeQuoteResponse(body, options.settings);
  });
}

/**
 * The service's answer to `POST /catalog/{permitType}/requirements` with `body`: core's `requirementsFor` on `catalog`
 * (core's default catalog when absent) — 200 with the list, 404 for a type the catalog lacks, else core's coded
 * refusal of the details as a 422 problem.
 */
export function requirementsResponse(permitType: string, body: unknown, catalog: Catalog = defaultCatalog): Response {
  if (!catalog.permitTypes.some((type) => type.id === permitType)) {
    return problem(404, 'catalog.permit-type-unknown', 'Jenis izin tidak dikenal.', 'Unknown permit type.', 'permitType');
  }
  const { applicant, details } = body as { applicant: ApplicantProfile; details?: Record<string, number | boolean> };
  const list = requirementsFor(permitType, applicant, { catalog, ...(details === undefined ? {} : { details }) });
  return list.ok
    ? HttpResponse.json(list.value)
    : problem(422, list.error.code, list.error.message.id, list.error.message.en, list.error.path);
}
