// msw in the browser for the elements' tests: one service worker (served at /mockServiceWorker.js by the
// web-test-runner config) answers the API calls under /api; every other request (the test modules) passes through.
import { setupWorker } from 'msw/browser';
import type { RequestHandler } from 'msw';

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
