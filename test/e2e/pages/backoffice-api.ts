// The parts of a back-office journey that happen outside the officers' pages, over the demo's own HTTP API: the
// applicant's draft, upload and submission, the bank's payment and the applicant's IKM survey.
import { randomUUID } from 'node:crypto';
import type { DemoStack } from '../../support/stack.js';

/** A signed-in cookie session against the demo's /api (same origin as the pages). */
export interface ApiSession {
  request(path: string, init?: { method?: string; json?: unknown; body?: BodyInit; headers?: Record<string, string> }): Promise<Response>;
}

/** The smallest bytes that pass the service's PDF content check. */
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** A TDG (warehouse registration) draft of a person: one upload, fee-bearing (FEE-04). */
export const TDG_DRAFT = {
  permitType: 'tdg',
  applicant: { kind: 'person', name: 'Siti Rahma', nik: '3578015208900003', phone: '0812-3456-7890', email: 'siti@example.id' },
  details: { nuisanceActApplies: false },
} as const;

/** Signs `role`'s demo account in through the demo site's /api, as a browser would (same origin). */
export async function apiSession(stack: DemoStack, role: string): Promise<ApiSession> {
  const account = stack.accounts.get(role);
  if (!account) throw new Error(`seed-demo printed no ${role} account`);
  const base = `${stack.url}api`;
  const origin = new URL(stack.url).origin;
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json', origin }, body: JSON.stringify({ email: account.email, password: account.password }),
  });
  if (!login.ok) throw new Error(`sign-in of ${role} refused: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('sp_session=')) ?? '').split(';')[0] ?? '';
  return {
    request(path, init = {}) {
      const headers: Record<string, string> = { cookie, 'x-csrf-token': csrfToken, origin, ...init.headers };
      let body = init.body;
      if (init.json !== undefined) {
        headers['content-type'] = 'application/json';
        body = JSON.stringify(init.json);
      }
      return fetch(`${base}${path}`, { method: init.method ?? 'GET', headers, ...(body === undefined ? {} : { body }) });
    },
  };
}

async function expectOk(response: Response, what: string): Promise<unknown> {
  const text = await response.text();
  if (!response.ok) throw new Error(`${what}: ${response.status} ${text}`);
  return text === '' ? undefined : JSON.parse(text);
}

/** A submitted application as the service answers it. */
export interface SubmittedApplication {
  readonly id: string;
  readonly receiptNumber: string;
  readonly version: number;
}

/** The demo applicant drafts a TDG application, uploads its document and submits it (APP-02, APP-03). */
export async function submitApplication(stack: DemoStack, draft: object = TDG_DRAFT): Promise<SubmittedApplication> {
  const applicant = await apiSession(stack, 'applicant');
  const { id } = (await expectOk(await applicant.request('/applications', { method: 'POST', json: draft }), 'draft')) as { id: string };
  await expectOk(await applicant.request(`/applications/${id}/documents/director-id`, {
    method: 'PUT', body: PDF, headers: { 'content-type': 'application/pdf', 'x-file-name': 'ktp-direktur.pdf' },
  }), 'upload');
  const submitted = (await expectOk(await applicant.request(`/applications/${id}/submit`, {
    method: 'POST', json: { declaration: true }, headers: { 'idempotency-key': randomUUID() },
  }), 'submit')) as { receiptNumber: string; application: { version: number } };
  return { id, receiptNumber: submitted.receiptNumber, version: submitted.application.version };
}

/** The application as `role` reads it now. */
export async function readApplication(stack: DemoStack, id: string, role = 'admin-officer'): Promise<{ state: string; version: number; skrd?: { number: string; amount: number } }> {
  const session = await apiSession(stack, role);
  return (await expectOk(await session.request(`/applications/${id}`), 'read')) as { state: string; version: number };
}

/** The demo bank pays the application's SKRD (its signed callback records the payment, APP-06). */
export async function payThroughDemoBank(stack: DemoStack, id: string): Promise<void> {
  const { skrd } = await readApplication(stack, id);
  if (!skrd) throw new Error('the application has no SKRD to pay');
  await expectOk(await fetch(`${stack.url}demo-bank/pay`, {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ applicationId: id, skrdNumber: skrd.number, amount: skrd.amount }),
  }), 'demo bank');
}

/** The applicant fills in the IKM survey (APP-08), which lets the handover happen. */
export async function answerSurvey(stack: DemoStack, id: string): Promise<void> {
  const applicant = await apiSession(stack, 'applicant');
  await expectOk(await applicant.request(`/applications/${id}/survey`, { method: 'POST', json: { answers: [4, 3, 3, 4, 3, 4, 4, 3, 2] } }), 'survey');
}
