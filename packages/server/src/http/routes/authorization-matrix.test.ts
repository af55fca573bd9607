import { after, before, describe, it } from 'node:test';
import { assert } from 'chai';
import { createDraft, PDF, startApplicationServer, TDG_DRAFT, type ApplicationServer, type Caller } from '../application-test-support.js';

type Who = 'anonymous' | 'owner' | 'other-applicant' | 'admin-officer' | 'technical-officer' | 'signing-official' | 'head-of-office' | 'supervisor';
const WHO: readonly Who[] = ['anonymous', 'owner', 'other-applicant', 'admin-officer', 'technical-officer', 'signing-official', 'head-of-office', 'supervisor'];

/** One request of an endpoint, built for an application id. */
interface Endpoint {
  readonly name: string;
  request(id: string): { path: string; init: RequestInit & { json?: unknown } };
  /** `A` allowed, `-` denied, in the order of {@link WHO}. */
  readonly expected: string;
}

const json = (method: string, body: unknown, headers: Record<string, string> = {}) => ({ method, json: body, headers });

// anonymous, owner, other applicant, admin officer, technical officer, signing official, head of office, supervisor
const MATRIX: readonly Endpoint[] = [
  { name: 'POST /applications', expected: '-AA-----', request: () => ({ path: '/applications', init: json('POST', TDG_DRAFT) }) },
  { name: 'GET /applications', expected: '-AAAAAAA', request: () => ({ path: '/applications', init: {} }) },
  { name: 'GET /applications/{id}', expected: '-A-AAAAA', request: (id) => ({ path: `/applications/${id}`, init: {} }) },
  { name: 'PATCH /applications/{id}', expected: '-A------', request: (id) => ({ path: `/applications/${id}`, init: json('PATCH', { details: { nuisanceActApplies: false } }, { 'if-match': '"999"' }) }) },
  { name: 'PUT /applications/{id}/documents/{key}', expected: '-A------', request: (id) => ({ path: `/applications/${id}/documents/director-id`, init: { method: 'PUT', body: PDF, headers: { 'content-type': 'application/pdf' } } }) },
  { name: 'GET /applications/{id}/documents/{key}', expected: '-A-AAAAA', request: (id) => ({ path: `/applications/${id}/documents/director-id`, init: {} }) },
  { name: 'POST /applications/{id}/submit', expected: '-A------', request: (id) => ({ path: `/applications/${id}/submit`, init: json('POST', { declaration: false }, { 'idempotency-key': `k-${Math.random()}` }) }) },
  { name: 'POST /applications/{id}/events', expected: '---AAAAA', request: (id) => ({ path: `/applications/${id}/events`, init: json('POST', { type: 'verify' }, { 'if-match': '1' }) }) },
  {
    name: 'POST /applications/{id}/manual-records', expected: '---AAAAA',
    request: (id) => ({ path: `/applications/${id}/manual-records`, init: json('POST', { type: 'verify', at: '2026-03-03T10:00:00+07:00', officerId: 'x', manualRecord: 'Buku agenda 1' }, { 'if-match': '1' }) }),
  },
  { name: 'GET /applications/{id}/permit', expected: '-A-AAAAA', request: (id) => ({ path: `/applications/${id}/permit`, init: {} }) },
  { name: 'POST /applications/{id}/signing-pin', expected: '-----AA-', request: (id) => ({ path: `/applications/${id}/signing-pin`, init: { method: 'POST' } }) },
  { name: 'POST /applications/{id}/survey', expected: '-A------', request: (id) => ({ path: `/applications/${id}/survey`, init: json('POST', { answers: [4, 4, 4, 4, 4, 4, 4, 4, 4] }) }) },
  { name: 'GET /ikm/report', expected: '------A-', request: () => ({ path: '/ikm/report?from=2026-01-01&to=2026-12-31', init: {} }) },
  { name: 'GET /reports/service-level', expected: '------A-', request: () => ({ path: '/reports/service-level?from=2026-01-01&to=2026-12-31', init: {} }) },
  { name: 'GET /audit/entries', expected: '---AAAAA', request: () => ({ path: '/audit/entries', init: {} }) },
  { name: 'GET /audit/key', expected: 'AAAAAAAA', request: () => ({ path: '/audit/key', init: {} }) },
  { name: 'GET /audit/entries/{seq}/proof', expected: '---AAAAA', request: () => ({ path: '/audit/entries/0/proof', init: {} }) },
  { name: 'GET /audit/checkpoint', expected: 'AAAAAAAA', request: () => ({ path: '/audit/checkpoint', init: {} }) },
  { name: 'GET /audit/consistency', expected: 'AAAAAAAA', request: () => ({ path: '/audit/consistency?from=1', init: {} }) },
];

/** The codes of a refusal by the access rules (anything else got past them: core or the store answered). */
const DENIALS = new Set(['auth.required', 'auth.forbidden', 'application.not-found']);

describe('ACC-03 APP-04 authorization matrix: every role × every application endpoint', () => {
  let app: ApplicationServer;
  let id: string;
  before(async () => {
    app = await startApplicationServer();
    ({ id } = await createDraft(app));
    await app.server.request(`/applications/${id}/documents/director-id`, { method: 'PUT', headers: app.as.applicant.headers({ 'content-type': 'application/pdf' }), body: PDF });
  });
  after(async () => { await app.close(); });

  function callerOf(who: Who): Caller | undefined {
    if (who === 'anonymous') return undefined;
    return who === 'owner' ? app.as.applicant : app.as[who];
  }

  it('each cell answers as the table says (allowed: past the access rules; denied: 401, 403 or the 404 of a foreign id)', async () => {
    const mismatches: string[] = [];
    for (const endpoint of MATRIX) {
      for (const [column, who] of WHO.entries()) {
        const { path, init } = endpoint.request(id);
        const caller = callerOf(who);
        const headers = { ...(init.headers as Record<string, string> | undefined), ...(caller?.headers() ?? {}) };
        const response = await app.server.request(path, { ...init, headers });
        const text = await response.text();
        const code = response.status >= 400 ? (JSON.parse(text) as { code: string }).code : undefined;
        const denied = code !== undefined && DENIALS.has(code);
        const expectedDenied = endpoint.expected[column] === '-';
        if (denied !== expectedDenied) mismatches.push(`${endpoint.name} as ${who}: ${response.status} ${code ?? ''}`);
        if (denied && who === 'anonymous') assert.equal(response.status, 401, `${endpoint.name} anonymous`);
        if (denied && who === 'other-applicant' && endpoint.expected.startsWith('-A')) assert.include([403, 404], response.status);
      }
    }
    assert.deepEqual(mismatches, []);
  });

  it('ACC-03 a forged role in the request body does not count: roles come from the stored account', async () => {
    const response = await app.server.request(`/applications/${id}/events`, {
      method: 'POST', headers: app.as.applicant.headers({ 'if-match': '1' }), json: { type: 'verify', actingAs: 'admin-officer' },
    });
    assert.equal(response.status, 403);
    const staffForging = await app.server.request(`/applications/${id}/events`, {
      method: 'POST', headers: app.as['technical-officer'].headers({ 'if-match': '1' }), json: { type: 'verify', actingAs: 'admin-officer' },
    });
    assert.equal(staffForging.status, 403);
    assert.equal((await staffForging.json()).code, 'auth.forbidden');
  });
});
